import type { Db } from '../db/client';
import type { ConfigService } from '../app/config/configService';
import type { Logger } from './logging/logger';
import type { SessionService } from '../app/sessions/sessionService';
import type { RoleService } from '../app/roles/roleService';
import type { EventBus } from './events/bus';
import type { FileStore } from './storage/types';

/** What every handler and app operation can reach: one per server process. */
export interface ServerContext {
  readonly db: Db;
  readonly dbKind: 'pglite' | 'postgres';
  readonly config: ConfigService;
  readonly sessions: SessionService;
  readonly roles: RoleService;
  /** WebSocket events and cluster invalidations: publish after commit. */
  readonly events: EventBus;
  /** File storage (FileSettings: local directory or S3), following config changes. */
  readonly files: FileStore;
  readonly diagnosticId: string;
  /** The spec this server serves (generated/openapi.json). */
  readonly spec: Record<string, unknown>;
  readonly startedAt: number;
  /** The server log (LogSettings: console and mattermost.log). */
  readonly log: Logger;
}
