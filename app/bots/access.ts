/**
 * Mattermost's SessionHasPermissionToUserOrBot, for the personal access token endpoints (and
 * anything else that acts for a user id that may be a bot's):
 *  - a bot: its owner needs manage_bots, anyone else manage_others_bots (the rule of
 *    SessionHasPermissionToManageBot, which also hides the bot from those who may not read it);
 *  - not a bot at all: the rule for users (SessionHasPermissionToUser).
 * A bot the caller may not even read is refused outright; it does not fall back to the user
 * rule (Mattermost falls back only when the bot store finds no bot).
 */
import type { ServerContext } from '../../server/context';
import { getBotWithUser } from '../../db/queries/bots';
import { isValidId } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_BOTS, MANAGE_OTHERS_BOTS } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { canEditUser } from '../users/access';

export async function sessionHasPermissionToUserOrBot(server: ServerContext, session: Session, userId: string): Promise<boolean> {
  const found = isValidId(userId) ? await getBotWithUser(server.db, userId, true) : undefined;
  if (!found) return canEditUser(server, session, userId);
  const needed = found.bot.ownerId === session.user_id ? MANAGE_BOTS : MANAGE_OTHERS_BOTS;
  return hasSystemPermission(server, session, needed);
}
