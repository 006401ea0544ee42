import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { CREATE_POST, MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { publishUserTyping as publish, userMayTypeIn } from '../../app/typing';
import { resolveUserId } from '../params';

/**
 * POST /users/{user_id}/typing: the same `typing` event as the WebSocket action (not throttled
 * here, as in Mattermost). Typing for someone else needs manage_system; the typist must be
 * allowed to post in the channel.
 */
export const publishUserTyping: Handler<'PublishUserTyping'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const body = ctx.body as { channel_id?: unknown; parent_id?: unknown } | undefined;
  if (!body || typeof body !== 'object' || typeof body.channel_id !== 'string' || (body.parent_id !== undefined && typeof body.parent_id !== 'string')) {
    throw Errors.invalidBodyParam('typing_request');
  }
  if (userId !== session.user_id && !hasSystemPermission(server, session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  if (!(await userMayTypeIn(server, session, userId, body.channel_id))) throw Errors.permission(CREATE_POST);
  publish(server, userId, body.channel_id, (body.parent_id as string | undefined) ?? '');
  return ctx.json(200, { status: 'OK' } as never);
};
