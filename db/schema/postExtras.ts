import { bigint, boolean, index, pgTable, primaryKey, varchar } from 'drizzle-orm/pg-core';

/**
 * Post priority (Mattermost's PostsPriority): one row per root post created with
 * metadata.priority, shown back in the post's metadata while PostPriority is on.
 */
export const postsPriority = pgTable(
  'posts_priority',
  {
    postId: varchar('post_id', { length: 26 }).primaryKey(),
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    priority: varchar('priority', { length: 32 }).notNull().default(''),
    requestedAck: boolean('requested_ack').notNull().default(false),
    persistentNotifications: boolean('persistent_notifications').notNull().default(false),
  },
  (t) => [index('posts_priority_channel_idx').on(t.channelId)],
);

/**
 * Post reminders (Mattermost's PostReminders): a user asked to be reminded of a post at
 * target_time (Unix seconds). A due row is claimed by deleting it, so it fires once even when
 * several server processes look at the same time.
 */
export const postReminders = pgTable(
  'post_reminders',
  {
    postId: varchar('post_id', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    targetTime: bigint('target_time', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index('post_reminders_target_idx').on(t.targetTime)],
);

export type PostPriorityRow = typeof postsPriority.$inferSelect;
export type PostReminderRow = typeof postReminders.$inferSelect;
