import type { Session } from '../../app/sessions/types';
import type { ServerContext } from '../context';
import { Errors } from '../http/appError';

/** Whether the session's system roles grant the permission (system scope). */
export function hasSystemPermission(server: ServerContext, session: Session | null, permission: string): boolean {
  return session !== null && server.roles.hasPermission(session.roles, permission);
}

/** Throws Mattermost's 403 permission AppError unless the session holds the permission. */
export function requireSystemPermission(server: ServerContext, session: Session | null, permission: string): void {
  if (!hasSystemPermission(server, session, permission)) throw Errors.permission(permission);
}
