import { fileURLToPath } from 'node:url';

/**
 * The project root. This file sits one level below it in the sources (server/) and is
 * bundled one level below it too (dist/main.js), so `..` is the root either way.
 */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const migrationsFolder = `${projectRoot}db/migrations`;
export const generatedFolder = `${projectRoot}generated`;
