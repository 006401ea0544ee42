import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { resolveUserId } from '../params';

/** Guest accounts need a licence: Team Edition refuses before anything else. */
export const demoteUserToGuest: Handler<'DemoteUserToGuest'> = (ctx) => {
  resolveUserId(ctx.params.user_id, ctx.session);
  throw new AppError('api.team.demote_user_to_guest.license.error', 'Your license does not support guest accounts', 501);
};
