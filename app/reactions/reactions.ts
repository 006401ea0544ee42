/**
 * Reactions (Mattermost's app/reaction.go): save, delete and read, with the emoji, limit and
 * archived-channel rules; every change moves the post's has_reactions and update_at under the
 * channel's post clock, and is announced to the channel after commit.
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import type { PostRow, ReactionRow } from '../../db/schema';
import {
  countDistinctEmojiOnPost,
  emojiUsedOnPost,
  getLiveEmojiByName,
  getPostWithChannel,
  getReactionsForPost,
  getReactionsForPostIds,
  refreshPostReactionFlag,
  softDeleteReaction,
  upsertReaction,
} from '../../db/queries/reactions';
import { lockChannelForPostWrite } from '../posts/clock';
import { channelNotFound } from '../channels/access';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isValidId } from '../../server/ids';
import { ADD_REACTION, READ_CHANNEL_CONTENT, REMOVE_OTHERS_REACTIONS, REMOVE_REACTION } from '../../server/permissions/permissionIds';
import { isSystemEmoji } from './systemEmoji';
import { postNotFound, requirePermissionToChannelByPost } from './access';
import { toApiReaction, type ApiReaction } from './serialize';

export const EMOJI_NAME_MAX_LENGTH = 64;
const EMOJI_NAME = /^[a-zA-Z0-9\-+_]+$/;

/** Mattermost's emoji name rule for reactions (model.Reaction.IsValid, RequireEmojiName). */
export function isValidEmojiName(name: string): boolean {
  return name.length > 0 && name.length <= EMOJI_NAME_MAX_LENGTH && EMOJI_NAME.test(name);
}

/** Whether the emoji exists: a system emoji, else a live custom emoji (Mattermost's GetEmojiByName errors). */
async function requireKnownEmoji(server: ServerContext, name: string): Promise<void> {
  if (isSystemEmoji(name)) return;
  const config = server.config.get();
  if (!config.ServiceSettings.EnableCustomEmoji) {
    throw new AppError('api.emoji.disabled.app_error', 'Custom emoji have been disabled by the system admin.', 403);
  }
  if (!config.FileSettings.DriverName) {
    throw new AppError('api.emoji.storage.app_error', 'File storage not configured properly. Please configure for either S3 or local server file storage.', 403);
  }
  if (!(await getLiveEmojiByName(server.db, name))) {
    throw new AppError('app.emoji.get_by_name.no_result', 'Unable to find the emoji.', 404);
  }
}

function publishReaction(server: ServerContext, event: 'reaction_added' | 'reaction_removed', reaction: ApiReaction, channelId: string): void {
  server.events.publish({ event, data: { reaction: JSON.stringify(reaction) }, broadcast: { channel_id: channelId } });
}

export interface ReactionInput {
  user_id?: unknown;
  post_id?: unknown;
  emoji_name?: unknown;
}

/** POST /reactions: the caller reacts to a post (idempotent; a removed reaction comes back). */
export async function saveReaction(server: ServerContext, session: Session, input: ReactionInput): Promise<ApiReaction> {
  const userId = typeof input.user_id === 'string' ? input.user_id : '';
  const postId = typeof input.post_id === 'string' ? input.post_id : '';
  const emojiName = typeof input.emoji_name === 'string' ? input.emoji_name : '';
  if (!isValidId(userId) || !isValidId(postId) || emojiName === '' || emojiName.length > EMOJI_NAME_MAX_LENGTH) {
    throw new AppError('api.reaction.save_reaction.invalid.app_error', 'Reaction is not valid.', 400);
  }
  if (userId !== session.user_id) {
    throw new AppError('api.reaction.save_reaction.user_id.app_error', 'You cannot save reaction for the other user.', 403);
  }
  await requirePermissionToChannelByPost(server, session, postId, ADD_REACTION);

  const found = await getPostWithChannel(server.db, postId);
  if (!found || found.post.deleteAt > 0) throw postNotFound();
  await requireKnownEmoji(server, emojiName);
  const { post, channel } = found;
  if (!channel) throw channelNotFound();
  if (channel.deleteAt > 0) {
    throw new AppError('api.reaction.save.archived_channel.app_error', 'You cannot react in an archived channel.', 403);
  }
  if (!isValidEmojiName(emojiName)) {
    throw new AppError('model.reaction.is_valid.emoji_name.app_error', 'Invalid emoji name.', 400, `emoji_name=${emojiName}`);
  }

  const limit = server.config.get().ServiceSettings.UniqueEmojiReactionLimitPerPost;
  const saved = await server.db.transaction(async (tx) => {
    const { now } = await lockChannelForPostWrite(tx, post.channelId);
    if (!(await emojiUsedOnPost(tx, post.id, emojiName)) && (await countDistinctEmojiOnPost(tx, post.id)) >= limit) {
      throw new AppError('app.reaction.save.save.too_many_reactions', 'Reaction limit has been reached for this post.', 400);
    }
    const row = await upsertReaction(tx, { userId, postId: post.id, emojiName, channelId: post.channelId, at: now });
    await refreshPostReactionFlag(tx, post.id, now);
    return row;
  });
  const reaction = toApiReaction(saved);
  publishReaction(server, 'reaction_added', reaction, post.channelId);
  return reaction;
}

/** DELETE /users/{user_id}/posts/{post_id}/reactions/{emoji_name}. */
export async function deleteReaction(server: ServerContext, session: Session, userId: string, postId: string, emojiName: string): Promise<void> {
  await requirePermissionToChannelByPost(server, session, postId, REMOVE_REACTION);
  if (userId !== session.user_id && !hasSystemPermission(server, session, REMOVE_OTHERS_REACTIONS)) {
    throw Errors.permission(REMOVE_OTHERS_REACTIONS);
  }
  const found = await getPostWithChannel(server.db, postId);
  if (!found || found.post.deleteAt > 0) throw postNotFound();
  const { post, channel } = found;
  if (!channel) throw channelNotFound();
  if (channel.deleteAt > 0) {
    throw new AppError('api.reaction.delete.archived_channel.app_error', 'You cannot remove a reaction in an archived channel.', 403);
  }
  const removed = await server.db.transaction(async (tx) => {
    const { now } = await lockChannelForPostWrite(tx, post.channelId);
    const row = await softDeleteReaction(tx, { userId, postId: post.id, emojiName, at: now });
    await refreshPostReactionFlag(tx, post.id, now);
    return { row, now };
  });
  publishReaction(server, 'reaction_removed', removedReaction(removed.row, post, userId, emojiName, removed.now), post.channelId);
}

/** What reaction_removed carries: the row as deleted, or (nothing was there) the request's reaction. */
function removedReaction(row: ReactionRow | undefined, post: PostRow, userId: string, emojiName: string, at: number): ApiReaction {
  if (row) return toApiReaction(row);
  return { user_id: userId, post_id: post.id, emoji_name: emojiName, create_at: 0, update_at: at, delete_at: at, remote_id: '', channel_id: post.channelId };
}

/** GET /posts/{post_id}/reactions. */
export async function getReactions(server: ServerContext, session: Session, postId: string): Promise<ApiReaction[]> {
  await requirePermissionToChannelByPost(server, session, postId, READ_CHANNEL_CONTENT);
  return (await getReactionsForPost(server.db, postId)).map(toApiReaction);
}

/** POST /posts/ids/reactions: post id → its reactions, every asked id present. */
export async function getBulkReactions(server: ServerContext, session: Session, body: unknown): Promise<Record<string, ApiReaction[]>> {
  if (!Array.isArray(body) || body.some((id) => typeof id !== 'string')) {
    throw new AppError('api.payload.parse.error', 'Error parsing the payload.', 400);
  }
  const postIds = [...new Set(body as string[])].sort();
  for (const postId of postIds) await requirePermissionToChannelByPost(server, session, postId, READ_CHANNEL_CONTENT);
  const result: Record<string, ApiReaction[]> = {};
  for (const postId of postIds) result[postId] = [];
  for (const row of await getReactionsForPostIds(server.db, postIds)) result[row.postId].push(toApiReaction(row));
  return result;
}
