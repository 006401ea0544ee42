import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { openDatabase } from '../db/client';
import { ensureSystemValue } from '../db/queries/system';
import { ConfigService } from '../app/config/configService';
import { RoleService } from '../app/roles/roleService';
import { SessionService } from '../app/sessions/sessionService';
import { handlers } from '../handlers';
import type { ServerContext } from './context';
import { createHttpApp } from './http/app';
import { OperationRouter } from './http/router';
import { RequestValidator } from './http/validation';
import { RateLimitGate } from './http/rateLimitGate';
import { generatedFolder, migrationsFolder } from './paths';
import { newId } from './ids';

export interface ServerOptions {
  /** postgres:// URL; absent means embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; absent (with no databaseUrl) means in-memory. */
  dataDir?: string;
  /** Environment used for MM_* configuration overrides. */
  env?: Record<string, string | undefined>;
  log?: (msg: string, err?: unknown) => void;
}

export interface RunningServer {
  context: ServerContext;
  app: Hono;
  spec: Record<string, unknown>;
  close(): Promise<void>;
}

let cachedSpec: Record<string, unknown> | undefined;

/** The served spec, loaded once per process from generated/openapi.json. */
export function loadSpec(): Record<string, unknown> {
  cachedSpec ??= JSON.parse(readFileSync(`${generatedFolder}/openapi.json`, 'utf8'));
  return cachedSpec!;
}

export async function createServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((msg, err) => console.error(msg, err ?? ''));
  const spec = loadSpec();
  const [database, validator] = await Promise.all([
    openDatabase({ url: opts.databaseUrl, dataDir: opts.dataDir, migrationsFolder }),
    RequestValidator.create(spec),
  ]);
  const { db } = database;
  const config = new ConfigService(db, opts.env ?? {});
  await config.load();
  const roles = new RoleService(db);
  await roles.seedAndLoad();
  const sessions = new SessionService(db, () => config.get().ServiceSettings.SessionCacheInMinutes);
  const diagnosticId = await ensureSystemValue(db, 'DiagnosticId', newId());

  const context: ServerContext = { db, dbKind: database.kind, config, sessions, roles, diagnosticId, spec, startedAt: Date.now() };
  const app = createHttpApp({ server: context, router: new OperationRouter(), validator, handlers, rateLimit: new RateLimitGate(context) }, log);
  return { context, app, spec, close: () => database.close() };
}
