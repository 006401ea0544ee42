import type { Handler } from '../../server/http/handler';
import { payloadParseError, userCanSeeOtherUser } from '../../app/channels/access';
import { getOrCreateDirectChannel } from '../../app/channels/direct';
import { toApiChannel } from '../../app/channels/serialize';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasSystemPermission, requireSystemPermission } from '../../server/permissions/authorization';
import { CREATE_DIRECT_CHANNEL, MANAGE_SYSTEM, VIEW_MEMBERS } from '../../server/permissions/permissionIds';

/**
 * POST /channels/direct [user_id, user_id]: the direct channel of the two users, created on
 * first use (201 either way). One's own id alone (or twice) is the channel with oneself; only
 * system admins may create a channel between two other users.
 */
export const createDirectChannel: Handler<'CreateDirectChannel'> = async (ctx) => {
  const { server, session } = ctx;
  const body: unknown = ctx.body;
  if (!Array.isArray(body) || body.some((v) => typeof v !== 'string')) throw payloadParseError();
  const ids = [...new Set(body as string[])];
  if (ids.length === 1 && ids[0] === session.user_id) ids.push(ids[0]);
  if (ids.length !== 2) throw Errors.invalidBodyParam('user_ids');
  if (ids.some((id) => !isValidId(id))) throw Errors.invalidBodyParam('user_id');
  const includesSelf = ids.includes(session.user_id);

  requireSystemPermission(server, session, CREATE_DIRECT_CHANNEL);
  if (!includesSelf && !hasSystemPermission(server, session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  const other = ids[0] === session.user_id ? ids[1] : ids[0];
  if (!(await userCanSeeOtherUser(server, session, other))) throw Errors.permission(VIEW_MEMBERS);

  const channel = await getOrCreateDirectChannel(server, session, ids[0], ids[1]);
  return ctx.json(201, toApiChannel(channel));
};
