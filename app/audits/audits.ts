/**
 * Mattermost's Audits rows (c.LogAudit / c.LogAuditWithUserId): who did what, from where, with
 * which session. `action` is the request path, `extra_info` a short note ("success",
 * "attempt - login_id=...", ...). Writing an audit never fails the request it records.
 */
import type { Context } from 'hono';
import type { AuditRow } from '../../db/schema';
import { insertAudit, listAudits } from '../../db/queries/audits';
import type { ServerContext } from '../../server/context';
import { remoteAddress } from '../../server/http/rateLimitGate';
import { newId, nowMillis } from '../../server/ids';
import type { Session } from '../sessions/types';

export interface ApiAudit {
  id: string;
  create_at: number;
  user_id: string;
  action: string;
  extra_info: string;
  ip_address: string;
  session_id: string;
}

/** What an audited request is: its path, the caller's address, its session. */
export interface AuditSource {
  hono: Context;
  session: Session | null;
}

const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

/** The client's address: the first trusted proxy header present, else the socket's peer. */
export function clientIp(server: ServerContext, c: Context): string {
  for (const header of server.config.get().ServiceSettings.TrustedProxyIPHeader ?? []) {
    const value = c.req.header(header);
    if (value) return value.split(',')[0].trim();
  }
  return remoteAddress(c);
}

/**
 * Records one audit row for the request. `userId` defaults to the session's user (LogAudit);
 * pass it for actions taken before or without a session (LogAuditWithUserId).
 */
export async function audit(server: ServerContext, source: AuditSource, extraInfo: string, userId?: string): Promise<void> {
  const row: AuditRow = {
    id: newId(),
    createAt: nowMillis(),
    userId: clip(userId ?? source.session?.user_id ?? '', 26),
    action: clip(source.hono.req.path, 512),
    extraInfo: clip(extraInfo, 1024),
    ipAddress: clip(clientIp(server, source.hono), 64),
    sessionId: clip(source.session?.id ?? '', 26),
  };
  try {
    await insertAudit(server.db, row);
  } catch {
    // Mattermost logs and carries on when an audit cannot be stored.
  }
}

export function toApiAudit(row: AuditRow): ApiAudit {
  return {
    id: row.id,
    create_at: row.createAt,
    user_id: row.userId,
    action: row.action,
    extra_info: row.extraInfo,
    ip_address: row.ipAddress,
    session_id: row.sessionId,
  };
}

/** Mattermost's GetAuditsPage: newest first, `userId` empty for every user. */
export async function auditsPage(server: ServerContext, userId: string, page: number, perPage: number): Promise<ApiAudit[]> {
  return (await listAudits(server.db, userId, page * perPage, perPage)).map(toApiAudit);
}
