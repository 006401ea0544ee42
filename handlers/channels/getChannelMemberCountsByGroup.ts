import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** GET /channels/{channel_id}/member_counts_by_group: needs a licence (LDAP groups); Team Edition answers 403. */
export const getChannelMemberCountsByGroup: Handler<'GetChannelMemberCountsByGroup'> = async () => {
  throw new AppError('api.channel.channel_member_counts_by_group.license.error', 'Your license does not support groups', 403);
};
