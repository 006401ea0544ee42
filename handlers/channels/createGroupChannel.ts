import type { Handler } from '../../server/http/handler';
import { payloadParseError, userCanSeeOtherUser } from '../../app/channels/access';
import { getOrCreateGroupChannel } from '../../app/channels/direct';
import { toApiChannel } from '../../app/channels/serialize';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { CREATE_GROUP_CHANNEL, VIEW_MEMBERS } from '../../server/permissions/permissionIds';

/**
 * POST /channels/group [user ids]: the group channel of these users and the caller (added when
 * absent), 3 to 8 people; the same people always get the same channel (201 either way).
 */
export const createGroupChannel: Handler<'CreateGroupChannel'> = async (ctx) => {
  const { server, session } = ctx;
  const body: unknown = ctx.body;
  if (!Array.isArray(body) || body.some((v) => typeof v !== 'string')) throw payloadParseError();
  const ids = [...new Set(body as string[])].sort();
  if (ids.length === 0) throw Errors.invalidBodyParam('user_ids');
  if (ids.some((id) => !isValidId(id))) throw Errors.invalidBodyParam('user_id');
  if (!ids.includes(session.user_id)) ids.push(session.user_id);

  requireSystemPermission(server, session, CREATE_GROUP_CHANNEL);
  for (const id of ids) {
    if (id !== session.user_id && !(await userCanSeeOtherUser(server, session, id))) throw Errors.permission(VIEW_MEMBERS);
  }
  const channel = await getOrCreateGroupChannel(server, ids);
  return ctx.json(201, toApiChannel(channel));
};
