/**
 * Changing a post, as Mattermost's UpdatePost / PatchPost do it. In one transaction that locks
 * the post's channel (app/posts/clock.ts): the post row takes the new message, props, pin,
 * files and a new update_at (edit_at too when the message or files changed), the previous
 * version is kept as an edit-history row (a new id, original_id = the post, delete_at set, as
 * Mattermost stores it), the channel's last_post_at and a reply's root move forward. Then
 * `post_edited` goes to the channel.
 */
import { withActionIds } from '../integrations/slack';
import type { ChannelRow, PostRow, UserRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getChannelById } from '../../db/queries/channels';
import { getUserById } from '../../db/queries/users';
import { touchChannelLastPostAt } from '../../db/queries/postCounts';
import { getPostById, insertPost, touchPostUpdateAt, updatePostFields } from '../../db/queries/posts';
import { attachFilesToPost, detachFiles, restorePostFiles } from '../../db/queries/postMetadata';
import { AppError } from '../../server/http/appError';
import { isValidId, newId } from '../../server/ids';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { USE_CHANNEL_MENTIONS } from '../../server/permissions/permissionIds';
import { lockChannelForPostWrite } from './clock';
import { publishPostEdited } from './events';
import { parseHashtags } from './hashtags';
import { findAtChannelMention } from './mentions';
import { preparePostForClient } from './metadata';
import type { ApiPost } from './serialize';
import { validatePostContent } from './validate';

/** The fields an update replaces (PUT /posts/{id}: all of them; a patch: those it names). */
export interface PostChanges {
  message?: string;
  isPinned?: boolean;
  hasReactions?: boolean;
  props?: Record<string, unknown>;
  fileIds?: string[];
}

/** Props that say who really made a post: an update cannot change them (Mattermost's PreserveIdentityPropsFrom). */
const IDENTITY_PROPS = ['from_bot', 'from_webhook', 'from_oauth_app', 'from_plugin', 'deleteBy'];

export interface UpdateErrorIds {
  deleted: string;
  channelDeleted: string;
}

const UPDATE_ERRORS: UpdateErrorIds = {
  deleted: 'api.post.update_post.permissions_details.app_error',
  channelDeleted: 'api.post.update_post.can_not_update_post_in_deleted.error',
};

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Applies the changes to the post (Mattermost's App.UpdatePost without SafeUpdate) and returns
 * it as clients see it. `sessionUserId` is the editor (files it adds must be its own uploads).
 */
export async function updatePost(server: ServerContext, postId: string, changes: PostChanges, sessionUserId: string): Promise<ApiPost> {
  const before = await getPostById(server.db, postId);
  if (!before) throw new AppError('app.post.get.app_error', 'Unable to get the post.', 404);

  const result = await server.db.transaction(async (tx) => {
    const { channel, now } = await lockChannelForPostWrite(tx, before.channelId);
    const old = await getPostById(tx, postId, { includeDeleted: true });
    if (!old) throw new AppError('api.post.update_post.find.app_error', 'We couldn\'t find the existing post or comment to update.', 400);
    if (old.deleteAt !== 0) {
      throw new AppError(UPDATE_ERRORS.deleted, `Failed to update the post: it has already been deleted (id=${postId}).`, 400, '', { PostId: postId });
    }
    if (old.type === 'burn_on_read') throw new AppError('api.post.update_post.burn_on_read.app_error', 'Cannot update a burn-on-read post.', 400);
    if (old.type.startsWith('system_')) throw new AppError('api.post.update_post.system_message.app_error', 'Unable to update system message.', 400);
    if (channel.deleteAt !== 0) throw new AppError(UPDATE_ERRORS.channelDeleted, 'Cannot update a post in a deleted channel.', 400);

    const next: Partial<PostRow> = {};
    let editAt = old.editAt;
    const message = changes.message ?? old.message;
    if (message !== old.message) {
      next.message = message;
      next.hashtags = parseHashtags(message);
      editAt = now;
    }
    if (changes.isPinned !== undefined) next.isPinned = changes.isPinned;
    if (changes.hasReactions !== undefined) next.hasReactions = changes.hasReactions;
    let props = old.props;
    if (changes.props !== undefined) {
      props = { ...changes.props };
      for (const key of IDENTITY_PROPS) {
        if (key in old.props) props[key] = old.props[key];
        else delete props[key];
      }
      props = withActionIds(props);
      next.props = props;
    }
    let fileIds = old.fileIds;
    if (changes.fileIds !== undefined) {
      const wanted = [...new Set(changes.fileIds)].filter(isValidId);
      const added = wanted.filter((id) => !old.fileIds.includes(id));
      const attached = new Set([
        ...(await restorePostFiles(tx, old.id, added, now)),
        ...(await attachFilesToPost(tx, added, { id: old.id, channelId: old.channelId, userId: sessionUserId })),
      ]);
      fileIds = wanted.filter((id) => old.fileIds.includes(id) || attached.has(id));
      await detachFiles(tx, old.id, old.fileIds.filter((id) => !fileIds.includes(id)), now);
      next.fileIds = fileIds;
    }
    validatePostContent({ message, type: old.type, props, fileIds });
    const attachmentsChanged = JSON.stringify(old.props.attachments ?? null) !== JSON.stringify(props.attachments ?? null);
    if (editAt === old.editAt && (!sameIds(old.fileIds, fileIds) || attachmentsChanged)) editAt = now;

    const updated = await updatePostFields(tx, old.id, { ...next, editAt, updateAt: now });
    await insertPost(tx, { ...old, id: newId(), originalId: old.id, deleteAt: now, updateAt: now });
    await touchChannelLastPostAt(tx, channel.id, now);
    if (old.rootId) await touchPostUpdateAt(tx, old.rootId, now);
    return preparePostForClient(tx, server.config.get(), updated!, { viewerId: sessionUserId });
  });
  publishPostEdited(server, result);
  return result;
}

/** The post's author may not use channel mentions: an @channel in the new message is not highlighted. */
export async function disableMentionHighlightsIfNeeded(
  server: ServerContext,
  post: PostRow,
  channel: ChannelRow,
  changes: PostChanges,
): Promise<void> {
  if (changes.message === undefined || !findAtChannelMention(changes.message)) return;
  const author: UserRow | undefined = await getUserById(server.db, post.userId);
  if (!author) return;
  const authorSession: Session = {
    id: '',
    token: '',
    create_at: 0,
    expires_at: 0,
    last_activity_at: 0,
    user_id: author.id,
    device_id: '',
    roles: author.roles,
    is_oauth: false,
    expired_notify: false,
    props: {},
    local: false,
  };
  if (await hasChannelPermission(server, authorSession, channel, USE_CHANNEL_MENTIONS)) return;
  changes.props = { ...(changes.props ?? post.props), mentionHighlightDisabled: true };
}

/**
 * Mattermost's App.PatchPost: the live post (404), not in an archived channel, the author's
 * mention rights applied, then the update.
 */
export async function patchPost(server: ServerContext, postId: string, changes: PostChanges, sessionUserId: string): Promise<ApiPost> {
  const post = await getPostById(server.db, postId);
  if (!post) throw new AppError('app.post.get.app_error', 'Unable to get the post.', 404);
  if (post.type === 'burn_on_read') {
    throw new AppError('api.post.patch_post.can_not_update_burn_on_read_post.error', 'Cannot update a burn-on-read post.', 400);
  }
  const channel = await getChannelById(server.db, post.channelId);
  if (!channel) throw new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
  if (channel.deleteAt !== 0) {
    throw new AppError('api.post.patch_post.can_not_update_post_in_deleted.error', 'Cannot update a post in a deleted channel.', 400);
  }
  await disableMentionHighlightsIfNeeded(server, post, channel, changes);
  return updatePost(server, postId, changes, sessionUserId);
}
