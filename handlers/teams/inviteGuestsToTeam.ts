import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** Guest accounts need a licence: an unlicensed server refuses first of all. */
export const inviteGuestsToTeam: Handler<'InviteGuestsToTeam'> = () => {
  throw new AppError('api.team.invite_guests_to_channels.license.error', 'Your license does not support guest accounts', 501);
};
