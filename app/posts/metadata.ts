/**
 * Posts made ready for a client (Mattermost's PreparePostForClient): a deleted post loses its
 * message and metadata; a live one gets metadata.reactions, metadata.files, metadata.emojis
 * (custom emoji used in it or in its reactions) and an embed for message attachments. Link
 * previews (OpenGraph, image sizes) are not fetched by this server, so they never appear.
 * metadata.priority (PostsPriority) on root posts while ServiceSettings.PostPriority is on.
 * Thread figures come from the `threads` table: reply_count for every post of a thread and, in
 * collapsed-threads lists, last_reply_at, participants and is_following for roots.
 */
import type { DbOrTx } from '../../db/client';
import type { PostRow, UserRow } from '../../db/schema';
import { getEmojisByNames, getFilesForPosts, getReactionsForPosts, getUsersForParticipants } from '../../db/queries/postMetadata';
import { getThreadMembershipsForUser, getThreadsByIds } from '../../db/queries/posts';
import { getPrioritiesForPosts } from '../../db/queries/postExtras';
import type { MattermostConfig } from '../../server/config';
import { toApiUser } from '../users/serialize';
import { SYSTEM_EMOJI_NAMES } from '../emoji/systemNames';
import { orderByFileIds, toApiFileInfo } from './files';
import { toApiPost, type ApiPost, type ApiPostMetadata } from './serialize';

export interface PrepareOptions {
  /** The user the posts are prepared for (is_following). */
  viewerId: string;
  /** Collapsed-threads shape: participants, last_reply_at and is_following on roots. */
  collapsedThreads?: boolean;
  /** Participants as full (sanitised) user profiles instead of `{id}` stubs. */
  collapsedThreadsExtended?: boolean;
  /** pending_post_id to echo, by post id (a create response). */
  pendingPostIds?: Map<string, string>;
}

const EMOJI_PATTERN = /:([a-zA-Z0-9_+-]+):/g;

function emojiNamesIn(text: string): string[] {
  return [...text.matchAll(EMOJI_PATTERN)].map((m) => m[1]);
}

function attachmentsOf(props: Record<string, unknown>): Array<Record<string, unknown>> {
  return Array.isArray(props.attachments) ? (props.attachments as Array<Record<string, unknown>>).filter((a) => a && typeof a === 'object') : [];
}

/** Prepares rows for a client, in the order given. */
export async function preparePostsForClient(db: DbOrTx, config: MattermostConfig, rows: PostRow[], opts: PrepareOptions): Promise<ApiPost[]> {
  if (rows.length === 0) return [];
  const liveIds = rows.filter((r) => r.deleteAt === 0).map((r) => r.id);
  const threadIds = [...new Set(rows.map((r) => r.rootId || r.id))];
  const rootIds = rows.filter((r) => r.rootId === '').map((r) => r.id);

  // Priority shows on root posts while the PostPriority setting is on (it is kept either way).
  const priorityIds = config.ServiceSettings.PostPriority ? rows.filter((r) => r.deleteAt === 0 && r.rootId === '').map((r) => r.id) : [];
  const [reactionRows, fileRows, threadRows, memberships, priorityRows] = await Promise.all([
    getReactionsForPosts(db, liveIds),
    getFilesForPosts(db, rows.filter((r) => r.deleteAt === 0 && r.fileIds.length > 0).map((r) => r.id)),
    getThreadsByIds(db, threadIds),
    opts.collapsedThreads ? getThreadMembershipsForUser(db, opts.viewerId, rootIds) : Promise.resolve([]),
    getPrioritiesForPosts(db, priorityIds),
  ]);
  const priorityById = new Map(
    priorityRows.map((p) => [p.postId, { priority: p.priority, requested_ack: p.requestedAck, persistent_notifications: p.persistentNotifications }]),
  );

  const reactionsByPost = new Map<string, typeof reactionRows>();
  for (const r of reactionRows) reactionsByPost.set(r.postId, [...(reactionsByPost.get(r.postId) ?? []), r]);
  const filesByPost = new Map<string, typeof fileRows>();
  for (const f of fileRows) filesByPost.set(f.postId, [...(filesByPost.get(f.postId) ?? []), f]);
  const threadById = new Map(threadRows.map((t) => [t.postId, t]));
  const followingById = new Map(memberships.map((m) => [m.postId, m.following]));

  let emojiByName = new Map<string, Record<string, unknown>>();
  if (config.ServiceSettings.EnableCustomEmoji) {
    const names = new Set<string>();
    for (const r of rows) {
      if (r.deleteAt !== 0) continue;
      for (const n of emojiNamesIn(r.message)) names.add(n);
      for (const a of attachmentsOf(r.props)) {
        for (const key of ['pretext', 'text', 'title']) if (typeof a[key] === 'string') for (const n of emojiNamesIn(a[key] as string)) names.add(n);
      }
    }
    for (const r of reactionRows) names.add(r.emojiName);
    // A custom emoji never takes a system emoji's name: only the other names are looked up.
    const customNames = [...names].filter((n) => !SYSTEM_EMOJI_NAMES.has(n));
    const emojis = customNames.length > 0 ? await getEmojisByNames(db, customNames) : [];
    emojiByName = new Map(
      emojis.map((e) => [e.name, { id: e.id, creator_id: e.creatorId, name: e.name, create_at: e.createAt, update_at: e.updateAt, delete_at: e.deleteAt }]),
    );
  }

  let participantUsers = new Map<string, UserRow>();
  if (opts.collapsedThreads && opts.collapsedThreadsExtended) {
    const ids = new Set<string>();
    for (const id of rootIds) for (const p of threadById.get(id)?.participants ?? []) ids.add(p);
    participantUsers = new Map((await getUsersForParticipants(db, [...ids])).map((u) => [u.id, u]));
  }

  return rows.map((row) => {
    const thread = threadById.get(row.rootId || row.id);
    const isRoot = row.rootId === '';
    let participants: Array<{ id: string; [k: string]: unknown }> | null = null;
    if (opts.collapsedThreads && isRoot && thread && thread.participants.length > 0) {
      participants = thread.participants.map((id) => {
        const user = participantUsers.get(id);
        return user ? (toApiUser(user, 'other', config) as unknown as { id: string }) : { id };
      });
    }
    const base = {
      replyCount: thread?.replyCount ?? 0,
      lastReplyAt: opts.collapsedThreads && isRoot ? (thread?.lastReplyAt ?? 0) : 0,
      participants,
      isFollowing: opts.collapsedThreads && isRoot ? (followingById.get(row.id) ?? null) : null,
      pendingPostId: opts.pendingPostIds?.get(row.id),
    };
    if (row.deleteAt !== 0) {
      return toApiPost({ ...row, message: '' }, { ...base, metadata: {} });
    }
    const metadata: ApiPostMetadata = {};
    const attachments = attachmentsOf(row.props);
    if (attachments.length > 0) metadata.embeds = [{ type: 'message_attachment' }];
    const emojiNames = new Set<string>([...emojiNamesIn(row.message), ...(reactionsByPost.get(row.id) ?? []).map((r) => r.emojiName)]);
    const emojis = [...emojiNames].map((n) => emojiByName.get(n)).filter((e): e is Record<string, unknown> => !!e);
    if (emojis.length > 0) metadata.emojis = emojis as ApiPostMetadata['emojis'];
    const files = orderByFileIds(row.fileIds, filesByPost.get(row.id) ?? []);
    if (files.length > 0) metadata.files = files.map(toApiFileInfo);
    const reactionList = reactionsByPost.get(row.id) ?? [];
    if (reactionList.length > 0) {
      metadata.reactions = reactionList.map((r) => ({
        user_id: r.userId,
        post_id: r.postId,
        emoji_name: r.emojiName,
        create_at: r.createAt,
        update_at: r.updateAt,
        delete_at: r.deleteAt,
        remote_id: r.remoteId,
        channel_id: r.channelId,
      }));
    }
    const priority = priorityById.get(row.id);
    if (priority) metadata.priority = priority;
    return toApiPost(row, { ...base, metadata });
  });
}

/** Prepares one post. */
export async function preparePostForClient(db: DbOrTx, config: MattermostConfig, row: PostRow, opts: PrepareOptions): Promise<ApiPost> {
  const [post] = await preparePostsForClient(db, config, [row], opts);
  return post;
}
