import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { addMembersToChannel, memberForViewer, parseAddMembersBody } from '../../app/channels/members';
import { loadChannel, requireId } from '../../app/channels/membersAccess';
import { getPostById } from '../../db/queries/posts';

/**
 * POST /channels/{channel_id}/members: join a public channel, or add users (Mattermost's
 * addChannelMember). `post_root_id` names a thread of the channel the added users then follow.
 */
export const addChannelMember: Handler<'AddChannelMember'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const { userIds, single } = parseAddMembersBody(body);
  const postRootId = typeof body.post_root_id === 'string' ? body.post_root_id : '';
  if (postRootId !== '') {
    if (!isValidId(postRootId)) throw Errors.invalidBodyParam('post_root_id');
    const root = await getPostById(ctx.server.db, postRootId);
    if (!root) throw new AppError('app.post.get.app_error', 'Unable to get the post.', 404, `post_id=${postRootId}`);
    if (root.channelId !== channelId) throw Errors.invalidBodyParam('post_root_id');
  }
  const channel = await loadChannel(ctx.server.db, channelId);
  const members = await addMembersToChannel(ctx.server, ctx.session, channel, userIds, postRootId);
  const viewer = ctx.session.user_id;
  if (single && members.length === 1 && members[0].userId === userIds[0]) return ctx.json(201, memberForViewer(members[0], viewer));
  return ctx.json(201, members.map((m) => memberForViewer(m, viewer)));
};
