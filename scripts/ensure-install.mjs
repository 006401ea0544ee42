// Runs before `npm start` and `npm test`: on a fresh clone, installs the dependencies first,
// so that each of the README's two commands works on its own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('node_modules missing: running npm ci (first run only)');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
