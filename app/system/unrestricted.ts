import type { ServerContext } from '../../server/context';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import type { Session } from '../sessions/types';

/** Mattermost's SessionHasPermissionToAndNotRestrictedAdmin, failing with its permission error. */
export function requireUnrestrictedPermission(server: ServerContext, session: Session | null, permission: string): void {
  if (!hasSystemPermission(server, session, permission) || server.config.get().ExperimentalSettings.RestrictSystemAdmin) {
    throw Errors.permission(permission);
  }
}
