import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
import { createLogger, errorFields } from './logging/logger';
import { VERSION_ID } from './version';
import { newId } from './ids';
import { EventBus } from './events/bus';
import { installIntegrations } from '../app/integrations/postHooks';
import { startPostReminderScheduler } from '../app/posts/reminders';
import { createRedisTransport } from './events/redisTransport';
import { attachWebSocket, type WebSocketOptions, type WebSocketService } from './ws';
import { createFileStore } from './storage';
import { specForRequestValidation } from './http/dispatch';
import type { Server as HttpServer } from 'node:http';

export interface ServerOptions {
  /** postgres:// URL; absent means embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; absent (with no databaseUrl) means in-memory. */
  dataDir?: string;
  /** redis:// URL; when set, events and invalidations travel between server processes. */
  redisUrl?: string;
  /**
   * Local file storage root (FileSettings.Directory at its default). Absent: `<dataDir>/../files`
   * with a PGlite data directory, `$MM_DATA_DIR/files` when the env sets it, else a temporary
   * directory removed on close (tests).
   */
  filesDir?: string;
  /** Environment used for MM_* configuration overrides. */
  env?: Record<string, string | undefined>;
  log?: (msg: string, err?: unknown) => void;
  /** Whether the server log also goes to the console (LogSettings.EnableConsole); tests turn it off. */
  logToConsole?: boolean;
}

export interface RunningServer {
  context: ServerContext;
  app: Hono;
  spec: Record<string, unknown>;
  /** Serves the WebSocket protocol on a listening HTTP server (once). */
  attachWebSocket(http: HttpServer, opts?: WebSocketOptions): WebSocketService;
  close(): Promise<void>;
}

let cachedSpec: Record<string, unknown> | undefined;

/** The served spec, loaded once per process from generated/openapi.json. */
export function loadSpec(): Record<string, unknown> {
  cachedSpec ??= JSON.parse(readFileSync(`${generatedFolder}/openapi.json`, 'utf8'));
  return cachedSpec!;
}

export async function createServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const spec = loadSpec();
  const [database, validator] = await Promise.all([
    openDatabase({ url: opts.databaseUrl, dataDir: opts.dataDir, migrationsFolder }),
    RequestValidator.create(specForRequestValidation(spec)),
  ]);
  const { db } = database;
  const config = new ConfigService(db, opts.env ?? {});
  await config.load();
  const logger = createLogger(() => config.get(), { console: opts.logToConsole ?? true });
  const log = opts.log ?? ((msg: string, err?: unknown) => logger.error(msg, errorFields(err)));
  logger.info('Server is starting', { version: VERSION_ID, database: database.kind });
  const roles = new RoleService(db);
  await roles.seedAndLoad();
  const sessions = new SessionService(db, () => config.get().ServiceSettings.SessionCacheInMinutes, {
    userAccessTokensEnabled: () => config.get().ServiceSettings.EnableUserAccessTokens,
  });
  const diagnosticId = await ensureSystemValue(db, 'DiagnosticId', newId());

  const events = new EventBus(opts.redisUrl ? await createRedisTransport(opts.redisUrl) : undefined);
  wireInvalidations(events, sessions, roles);

  const filesDir = opts.filesDir ?? (opts.dataDir ? join(dirname(opts.dataDir), 'files') : opts.env?.MM_DATA_DIR ? join(opts.env.MM_DATA_DIR, 'files') : undefined);
  const tempFilesDir = filesDir ? undefined : mkdtempSync(join(tmpdir(), 'mm-files-'));
  const files = createFileStore(() => config.get().FileSettings, { defaultDir: filesDir ?? tempFilesDir! });

  const context: ServerContext = { db, dbKind: database.kind, config, sessions, roles, events, files, diagnosticId, spec, startedAt: Date.now(), log: logger };
  installIntegrations(context);
  const reminders = startPostReminderScheduler(context, { log });
  const app = createHttpApp({ server: context, router: new OperationRouter(), validator, handlers, rateLimit: new RateLimitGate(context) }, log);
  let ws: WebSocketService | undefined;
  return {
    context,
    app,
    spec,
    attachWebSocket: (http, wsOpts) => (ws ??= attachWebSocket(http, context, wsOpts)),
    close: async () => {
      ws?.close();
      await reminders.stop();
      await events.close();
      await database.close();
      await logger.close();
      if (tempFilesDir) rmSync(tempFilesDir, { recursive: true, force: true });
    },
  };
}

/** Session and role caches follow changes made here or, through the bus, on other nodes. */
function wireInvalidations(events: EventBus, sessions: SessionService, roles: RoleService): void {
  sessions.onInvalidate((userId) => events.invalidate({ kind: 'user_sessions', userId }));
  events.onInvalidation((inv) => {
    if (inv.kind === 'user_sessions' || inv.kind === 'session_revoked') sessions.evictUser(inv.userId);
    else if (inv.kind === 'role_permissions') roles.applyPermissions(inv.roleId, inv.permissions, inv.updateAt);
  });
}
