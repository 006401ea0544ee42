/**
 * Start-up time to the first answered request, and idle memory, of the built server:
 *   npm run build && npx tsx scripts/bench/startup.ts            (embedded PGlite)
 *   DATABASE_URL=postgres://... npx tsx scripts/bench/startup.ts   (PostgreSQL)
 * Runs a cold start (new data directory) and a warm start (same directory again).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 18065;

async function firstAnswer(env: NodeJS.ProcessEnv): Promise<{ ms: number; rssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/v4/system/ping`);
        if (res.ok) break;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 1000));
    const rssMb = await rssOf(child.pid!);
    return { ms, rssMb };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function rssOf(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const dataDir = mkdtempSync(join(tmpdir(), 'mmts-start-'));
const env = { MM_DATA_DIR: dataDir };
const label = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const cold = await firstAnswer(env);
const warm = await firstAnswer(env);
console.log(`${label}: cold start ${Math.round(cold.ms)} ms, warm start ${Math.round(warm.ms)} ms to the first answered request; idle RSS ${warm.rssMb} MB`);
rmSync(dataDir, { recursive: true, force: true });
