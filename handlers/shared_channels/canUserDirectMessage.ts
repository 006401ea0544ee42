import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { getUserById } from '../../db/queries/users';
import { standInSession } from '../../app/sessions/types';
import { canSeeUser } from '../../app/users/access';

/**
 * GET /sharedchannels/users/{user_id}/can_dm/{other_user_id}: whether the first user may
 * message the second, i.e. whether they can see each other (no permission check, as in
 * Mattermost). The remote-user rule needs the shared channel service, which Team Edition does
 * not run, so visibility decides alone.
 */
export const canUserDirectMessage: Handler<'CanUserDirectMessage'> = async (ctx) => {
  const userId = ctx.params.user_id === 'me' ? ctx.session.user_id : ctx.params.user_id;
  if (!isValidId(userId)) throw Errors.invalidUrlParam('user_id');
  const otherId = ctx.params.other_user_id;
  if (!isValidId(otherId)) throw Errors.invalidUrlParam('other_user_id');
  return ctx.json(200, { can_dm: await canSee(ctx.server, userId, otherId) } as never);
};

async function canSee(server: Parameters<typeof canSeeUser>[0], userId: string, otherId: string): Promise<boolean> {
  if (userId === otherId) return true;
  const user = await getUserById(server.db, userId);
  if (!user) return false;
  return canSeeUser(server, standInSession(user), otherId);
}
