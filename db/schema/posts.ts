import { boolean, index, integer, jsonb, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/**
 * Posts. `update_at` is assigned while the channel row is locked, so within a channel it
 * grows in commit order: a reader asking for `update_at > since` never skips a post.
 */
export const posts = pgTable(
  'posts',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    editAt: millis('edit_at').notNull().default(0),
    deleteAt: millis('delete_at').notNull().default(0),
    isPinned: boolean('is_pinned').notNull().default(false),
    userId: varchar('user_id', { length: 26 }).notNull(),
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    rootId: varchar('root_id', { length: 26 }).notNull().default(''),
    originalId: varchar('original_id', { length: 26 }).notNull().default(''),
    message: text('message').notNull().default(''),
    type: varchar('type', { length: 26 }).notNull().default(''),
    props: jsonb('props').$type<Record<string, unknown>>().notNull().default({}),
    hashtags: text('hashtags').notNull().default(''),
    fileIds: jsonb('file_ids').$type<string[]>().notNull().default([]),
    hasReactions: boolean('has_reactions').notNull().default(false),
    pendingPostId: varchar('pending_post_id', { length: 64 }).notNull().default(''),
    remoteId: varchar('remote_id', { length: 26 }),
  },
  (t) => [
    index('posts_channel_create_idx').on(t.channelId, t.createAt),
    index('posts_channel_update_idx').on(t.channelId, t.updateAt, t.id),
    index('posts_root_idx').on(t.rootId, t.createAt),
    index('posts_user_pending_idx').on(t.userId, t.pendingPostId),
    index('posts_original_idx').on(t.originalId),
  ],
);

/** Per-root-post thread state (collapsed reply threads). */
export const threads = pgTable(
  'threads',
  {
    postId: varchar('post_id', { length: 26 }).primaryKey(),
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    teamId: varchar('team_id', { length: 26 }).notNull().default(''),
    replyCount: integer('reply_count').notNull().default(0),
    lastReplyAt: millis('last_reply_at').notNull().default(0),
    participants: jsonb('participants').$type<string[]>().notNull().default([]),
    threadDeleteAt: millis('thread_delete_at').notNull().default(0),
  },
  (t) => [index('threads_channel_idx').on(t.channelId, t.lastReplyAt)],
);

/** A user's relation to a thread: following, last viewed, unread mentions. */
export const threadMemberships = pgTable(
  'thread_memberships',
  {
    postId: varchar('post_id', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    following: boolean('following').notNull().default(true),
    lastViewed: millis('last_viewed').notNull().default(0),
    lastUpdated: millis('last_updated').notNull().default(0),
    unreadMentions: integer('unread_mentions').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index('thread_memberships_user_idx').on(t.userId, t.lastUpdated)],
);

export const reactions = pgTable(
  'reactions',
  {
    userId: varchar('user_id', { length: 26 }).notNull(),
    postId: varchar('post_id', { length: 26 }).notNull(),
    emojiName: varchar('emoji_name', { length: 64 }).notNull(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    remoteId: varchar('remote_id', { length: 26 }).notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId, t.emojiName] }), index('reactions_channel_idx').on(t.channelId)],
);

export const postAcknowledgements = pgTable(
  'post_acknowledgements',
  {
    postId: varchar('post_id', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    acknowledgedAt: millis('acknowledged_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** Drafts per user, channel and thread root. */
export const drafts = pgTable(
  'drafts',
  {
    userId: varchar('user_id', { length: 26 }).notNull(),
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    rootId: varchar('root_id', { length: 26 }).notNull().default(''),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    message: text('message').notNull().default(''),
    props: jsonb('props').$type<Record<string, unknown>>().notNull().default({}),
    fileIds: jsonb('file_ids').$type<string[]>().notNull().default([]),
    priority: jsonb('priority').$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.channelId, t.rootId] })],
);

export type PostRow = typeof posts.$inferSelect;
export type NewPostRow = typeof posts.$inferInsert;
export type ThreadRow = typeof threads.$inferSelect;
export type ThreadMembershipRow = typeof threadMemberships.$inferSelect;
export type ReactionRow = typeof reactions.$inferSelect;
export type DraftRow = typeof drafts.$inferSelect;
