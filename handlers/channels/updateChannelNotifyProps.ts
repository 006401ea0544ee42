import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { resolveUserId } from '../params';
import { updateMemberNotifyProps } from '../../app/channels/members';
import { requireId, requirePermissionToUser } from '../../app/channels/membersAccess';

/** PUT /channels/{channel_id}/members/{user_id}/notify_props: merges the given props into the member's. */
export const updateChannelNotifyProps: Handler<'UpdateChannelNotifyProps'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  // Mattermost reads the body as a map of strings: anything else is refused before permissions.
  if (Object.values(ctx.body as Record<string, unknown>).some((v) => typeof v !== 'string')) throw Errors.invalidBodyParam('notify_props');
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  await updateMemberNotifyProps(ctx.server, channelId, userId, ctx.body as Record<string, unknown>);
  return ctx.json(200, { status: 'OK' });
};
