/**
 * Mattermost's SessionHasPermissionToUserOrBot: what the personal access token endpoints check
 * for a user id that may be a bot's (its owner with manage_bots, or manage_others_bots, may act
 * for it). For handlers/users to use; not every caller there does yet (see the report).
 */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import type { Session } from '../sessions/types';
import { canEditUser } from '../users/access';
import { requireManageBot } from './bots';

export async function sessionHasPermissionToUserOrBot(server: ServerContext, session: Session, userId: string): Promise<boolean> {
  try {
    await requireManageBot(server, session, userId);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.id === 'store.sql_bot.get.missing.app_error') {
      // not a bot (or not one the caller may see): the rule for users applies
      return canEditUser(server, session, userId);
    }
    return false;
  }
}
