/**
 * Entry point: `npm start`. Listens on PORT (or MM_SERVICESETTINGS_LISTENADDRESS, default
 * :8065), on PostgreSQL when DATABASE_URL is set, else on embedded PGlite under MM_DATA_DIR.
 */
import { serve } from '@hono/node-server';
import { createServer } from './createServer';

const startedAt = performance.now();

function listenPort(env: NodeJS.ProcessEnv): { port: number; hostname?: string } {
  if (env.PORT) return { port: Number(env.PORT) };
  const address = env.MM_SERVICESETTINGS_LISTENADDRESS ?? ':8065';
  const idx = address.lastIndexOf(':');
  const hostname = address.slice(0, idx) || undefined;
  return { port: Number(address.slice(idx + 1) || 8065), hostname };
}

const env = process.env;
const dataDir = env.MM_DATA_DIR ?? './data';
const running = await createServer({ redisUrl: env.REDIS_URL || undefined, databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATABASE_URL ? undefined : `${dataDir}/db`, filesDir: `${dataDir}/files`, env });
const { port, hostname } = listenPort(env);
const server = serve({ fetch: running.app.fetch, port, hostname }, (info) => {
  running.attachWebSocket(server as never);
  const db = running.context.dbKind === 'postgres' ? 'PostgreSQL' : `PGlite at ${dataDir}/db`;
  running.context.log.info(`listening on ${info.address}:${info.port} (${db}), ready in ${Math.round(performance.now() - startedAt)} ms`);
});
// Keep-alive connections stay open ServiceSettings.IdleTimeout seconds (Mattermost: 60), not
// Node's 5 s, which races with clients reusing a pooled connection (ECONNRESET).
const idleMs = running.context.config.get().ServiceSettings.IdleTimeout * 1000;
if (idleMs > 0) Object.assign(server, { keepAliveTimeout: idleMs, headersTimeout: idleMs + 1000 });

async function shutdown(signal: string) {
  running.context.log.info(`${signal}: shutting down`);
  server.close();
  await running.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
