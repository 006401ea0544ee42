import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { getGroupChannelMembers } from '../../db/queries/users';
import { isAdminSession } from '../../app/users/access';
import { toApiUser } from '../../app/users/serialize';
import type { ApiUser } from '../../app/users/types';

export const getUsersByGroupChannelIds: Handler<'GetUsersByGroupChannelIds'> = async (ctx) => {
  const { server, session } = ctx;
  const ids = ctx.body as unknown;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) throw Errors.invalidBodyParam('channel_ids');
  const view = isAdminSession(server, session) ? 'admin' : 'other';
  const config = server.config.get();
  const out: Record<string, ApiUser[]> = {};
  for (const { channelId, user } of await getGroupChannelMembers(server.db, session.user_id, ids as string[])) {
    (out[channelId] ??= []).push(toApiUser(user, view, config));
  }
  return ctx.json(200, out as never);
};
