/**
 * "Someone is typing": Mattermost's PublishUserTyping, shared by the WebSocket `user_typing`
 * action (server/ws/actions.ts, which throttles it per connection) and
 * POST /users/{user_id}/typing. The event goes to the channel's members but the typist.
 */
import type { Session } from './sessions/types';
import type { ServerContext } from '../server/context';
import { getUserById } from '../db/queries/users';
import { hasChannelPermission } from '../server/permissions/authorization';
import { CREATE_POST } from '../server/permissions/permissionIds';

export function publishUserTyping(server: ServerContext, userId: string, channelId: string, parentId: string): void {
  server.events.publish({
    event: 'typing',
    data: { parent_id: parentId, user_id: userId },
    broadcast: { channel_id: channelId, omit_users: { [userId]: true } },
  });
}

/**
 * Mattermost's HasPermissionToChannel(userId, …, create_post) for the typist: the session's own
 * roles when it is the caller, else the user's stored roles (an admin typing on their behalf).
 */
export async function userMayTypeIn(server: ServerContext, session: Session, userId: string, channelId: string): Promise<boolean> {
  if (userId === session.user_id) return hasChannelPermission(server, session, channelId, CREATE_POST);
  const user = await getUserById(server.db, userId);
  if (!user || user.deleteAt !== 0) return false;
  const asUser: Session = { ...session, id: '', token: '', user_id: user.id, roles: user.roles, props: {}, is_oauth: false };
  return hasChannelPermission(server, asUser, channelId, CREATE_POST);
}
