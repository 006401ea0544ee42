/**
 * Posts as Mattermost serialises them (model.Post): every stored column, then the transient
 * fields a response fills in (reply_count, last_reply_at, participants, is_following,
 * metadata). `has_reactions`, `remote_id` and `is_following` are left out when empty, as
 * Mattermost's omitempty does; `participants` is null unless collapsed threads filled it.
 */
import type { PostRow } from '../../db/schema';
import type { components } from '../../generated/schema';

export type ApiPost = components['schemas']['Post'];
export type ApiPostMetadata = components['schemas']['PostMetadata'];
export type ApiPostList = components['schemas']['PostList'];

export interface PostExtras {
  replyCount?: number;
  lastReplyAt?: number;
  participants?: Array<{ id: string; [k: string]: unknown }> | null;
  isFollowing?: boolean | null;
  metadata?: ApiPostMetadata;
  /** Only a create response (and its `posted` event) carries the client's pending id back. */
  pendingPostId?: string;
}

export function toApiPost(row: PostRow, extras: PostExtras = {}): ApiPost {
  const post: ApiPost = {
    id: row.id,
    create_at: row.createAt,
    update_at: row.updateAt,
    edit_at: row.editAt,
    delete_at: row.deleteAt,
    is_pinned: row.isPinned,
    user_id: row.userId,
    channel_id: row.channelId,
    root_id: row.rootId,
    original_id: row.originalId,
    message: row.message,
    type: row.type,
    props: row.props ?? {},
    hashtags: row.hashtags,
    file_ids: row.fileIds ?? [],
    pending_post_id: extras.pendingPostId ?? '',
    reply_count: extras.replyCount ?? 0,
    last_reply_at: extras.lastReplyAt ?? 0,
    participants: extras.participants ?? null,
  };
  if (row.hasReactions) post.has_reactions = true;
  if (row.remoteId) post.remote_id = row.remoteId;
  if (extras.isFollowing !== undefined && extras.isFollowing !== null) post.is_following = extras.isFollowing;
  if (extras.metadata) post.metadata = extras.metadata;
  return post;
}

/** A PostList with nothing in it (Mattermost's NewPostList). */
export function emptyPostList(): ApiPostList {
  return { order: [], posts: {}, next_post_id: '', prev_post_id: '', has_next: false, first_inaccessible_post_time: 0 };
}
