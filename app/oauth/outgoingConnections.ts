/**
 * Outgoing OAuth connections (Mattermost's api4/outgoing_oauth_connection.go) are an Enterprise
 * feature: after the permission check, a server with the setting off answers
 * configuration_disabled, and one without an Enterprise licence (this one) upgrade_needed.
 */
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_OUTGOING_OAUTH_CONNECTIONS, MANAGE_OUTGOING_WEBHOOKS, MANAGE_SLASH_COMMANDS } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';

export async function requireReadConnections(server: ServerContext, session: Session, teamId: string): Promise<void> {
  if (hasSystemPermission(server, session, MANAGE_OUTGOING_OAUTH_CONNECTIONS)) return;
  if (teamId && (await hasTeamPermission(server, session, teamId, MANAGE_OUTGOING_WEBHOOKS))) return;
  if (teamId && (await hasTeamPermission(server, session, teamId, MANAGE_SLASH_COMMANDS))) return;
  throw Errors.permission(`${MANAGE_OUTGOING_WEBHOOKS}, ${MANAGE_SLASH_COMMANDS}`);
}

export function requireWriteConnections(server: ServerContext, session: Session): void {
  if (!hasSystemPermission(server, session, MANAGE_OUTGOING_OAUTH_CONNECTIONS)) throw Errors.permission(MANAGE_OUTGOING_OAUTH_CONNECTIONS);
}

export function connectionsUnavailable(server: ServerContext): AppError {
  if (!server.config.get().ServiceSettings.EnableOutgoingOAuthConnections) {
    return new AppError('api.context.outgoing_oauth_connection.not_available.configuration_disabled', 'Outgoing OAuth connections are disabled in the configuration.', 501);
  }
  return new AppError('api.license.upgrade_needed.app_error', 'Feature requires an upgrade to Enterprise Edition.', 501);
}
