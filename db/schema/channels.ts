import { boolean, index, integer, jsonb, pgTable, primaryKey, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/**
 * Channels: type 'O' public, 'P' private, 'D' direct (team_id '', name `<id>__<id>`),
 * 'G' group (team_id '', name a hash of the member ids).
 */
export const channels = pgTable(
  'channels',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    teamId: varchar('team_id', { length: 26 }).notNull().default(''),
    type: varchar('type', { length: 1 }).notNull(),
    displayName: varchar('display_name', { length: 64 }).notNull().default(''),
    name: varchar('name', { length: 64 }).notNull(),
    header: varchar('header', { length: 1024 }).notNull().default(''),
    purpose: varchar('purpose', { length: 250 }).notNull().default(''),
    lastPostAt: millis('last_post_at').notNull().default(0),
    totalMsgCount: integer('total_msg_count').notNull().default(0),
    extraUpdateAt: millis('extra_update_at').notNull().default(0),
    creatorId: varchar('creator_id', { length: 26 }).notNull().default(''),
    schemeId: varchar('scheme_id', { length: 26 }),
    props: jsonb('props').$type<Record<string, unknown>>(),
    groupConstrained: boolean('group_constrained'),
    shared: boolean('shared'),
    totalMsgCountRoot: integer('total_msg_count_root').notNull().default(0),
    lastRootPostAt: millis('last_root_post_at').notNull().default(0),
  },
  (t) => [
    uniqueIndex('channels_name_team_id_key').on(t.name, t.teamId),
    index('channels_team_id_idx').on(t.teamId),
    index('channels_update_at_idx').on(t.updateAt),
  ],
);

/** Membership of a user in a channel, with the read state Mattermost keeps per member. */
export const channelMembers = pgTable(
  'channel_members',
  {
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    roles: varchar('roles', { length: 256 }).notNull().default(''),
    lastViewedAt: millis('last_viewed_at').notNull().default(0),
    msgCount: integer('msg_count').notNull().default(0),
    mentionCount: integer('mention_count').notNull().default(0),
    mentionCountRoot: integer('mention_count_root').notNull().default(0),
    urgentMentionCount: integer('urgent_mention_count').notNull().default(0),
    msgCountRoot: integer('msg_count_root').notNull().default(0),
    notifyProps: jsonb('notify_props').$type<Record<string, string>>().notNull().default({}),
    lastUpdateAt: millis('last_update_at').notNull().default(0),
    schemeUser: boolean('scheme_user').notNull().default(false),
    schemeAdmin: boolean('scheme_admin').notNull().default(false),
    schemeGuest: boolean('scheme_guest').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.userId] }), index('channel_members_user_id_idx').on(t.userId)],
);

export type ChannelRow = typeof channels.$inferSelect;
export type NewChannelRow = typeof channels.$inferInsert;
export type ChannelMemberRow = typeof channelMembers.$inferSelect;
export type NewChannelMemberRow = typeof channelMembers.$inferInsert;
