/**
 * The WebSocket events user changes publish, as Mattermost's app/user.go and api4/user.go do.
 * Callers publish after their writes are committed, never before or inside a transaction.
 *
 *   event                          broadcast                       data
 *   new_user                       everyone                        {user_id}
 *   user_updated (admin copy)      each system admin, by user_id    {user: profile as admins see it}
 *   user_updated (others' copy)    everyone but the admins & user   {user: profile as the privacy settings allow}
 *   user_updated (own copy)        the user                         {user: the user as GET /users/me shows it}
 *   user_updated (profile image)   everyone                         {user: profile as the privacy settings allow}
 *   user_role_updated              the user                         {user_id, roles}
 *   user_activation_status_change  everyone                         {}
 *
 * Mattermost sends user_updated as three events: one flagged "sensitive" that its hub delivers
 * only to connections whose session may manage_system, one flagged "sanitized" that it delivers
 * to every other connection, and one to the user. Our hub filters by broadcast fields only, so
 * the admin copy is addressed to each admin (users whose system roles grant manage_system) and
 * the sanitised copy omits them, which delivers the same frames to the same people. The own
 * copy is the user as its owner reads it (Mattermost's copy is its unsanitised in-memory user;
 * secrets are never sent here).
 */
import type { UserRow } from '../../db/schema';
import { getUserIdsWithAnyRole } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { errorFields } from '../../server/logging/logger';
import { toApiUser } from './serialize';

/** System role names that grant manage_system (system_admin, plus any role given it). */
function adminRoleNames(server: ServerContext): string[] {
  return server.roles
    .all()
    .filter((r) => server.roles.permissionsOf(r.name).has('manage_system'))
    .map((r) => r.name);
}

/** Ids of the active users who would receive Mattermost's "sensitive" copies. */
export async function systemAdminIds(server: ServerContext): Promise<string[]> {
  return getUserIdsWithAnyRole(server.db, adminRoleNames(server));
}

/** new_user: someone signed up or was created; every connection is told. */
export function publishNewUser(server: ServerContext, userId: string): void {
  server.events.publish({ event: 'new_user', data: { user_id: userId }, broadcast: {} });
}

/** Mattermost's sendUpdatedUserEvent: the admin copy, everyone else's copy and the user's own. */
export async function publishUserUpdated(server: ServerContext, row: UserRow): Promise<void> {
  const config = server.config.get();
  let admins: string[];
  try {
    admins = (await systemAdminIds(server)).filter((id) => id !== row.id);
  } catch (err) {
    // The change is already committed: it is not undone (nor answered with an error) for this.
    server.log.error('user_updated not published', errorFields(err));
    return;
  }
  const omit: Record<string, boolean> = { [row.id]: true };
  for (const id of admins) omit[id] = true;
  const forAdmins = toApiUser(row, 'admin', config);
  for (const id of admins) server.events.publish({ event: 'user_updated', data: { user: forAdmins }, broadcast: { user_id: id } });
  server.events.publish({ event: 'user_updated', data: { user: toApiUser(row, 'other', config) }, broadcast: { omit_users: omit } });
  server.events.publish({ event: 'user_updated', data: { user: toApiUser(row, 'self', config) }, broadcast: { user_id: row.id } });
}

/**
 * A new or reset profile image (Mattermost's invalidateUserCacheAndPublish and
 * SetDefaultProfileImage): one user_updated to everyone, sanitised as for any other user.
 */
export function publishProfileImageUpdated(server: ServerContext, row: UserRow): void {
  server.events.publish({ event: 'user_updated', data: { user: toApiUser(row, 'other', server.config.get()) }, broadcast: {} });
}

/** user_role_updated: the user's system roles changed; only they are told. */
export function publishUserRoleUpdated(server: ServerContext, userId: string, roles: string): void {
  server.events.publish({ event: 'user_role_updated', data: { user_id: userId, roles }, broadcast: { user_id: userId } });
}

/** user_activation_status_change (PUT /users/{id}/active): everyone refreshes its user lists. */
export function publishActivationStatusChange(server: ServerContext): void {
  server.events.publish({ event: 'user_activation_status_change', data: {}, broadcast: {} });
}
