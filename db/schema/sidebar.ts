import { boolean, index, integer, pgTable, primaryKey, varchar } from 'drizzle-orm/pg-core';

/**
 * A user's sidebar categories in a team. The three defaults have Mattermost's ids:
 * `favorites_<user>_<team>`, `channels_<user>_<team>`, `direct_messages_<user>_<team>`.
 */
export const sidebarCategories = pgTable(
  'sidebar_categories',
  {
    id: varchar('id', { length: 128 }).primaryKey(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    teamId: varchar('team_id', { length: 26 }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    sorting: varchar('sorting', { length: 64 }).notNull().default(''),
    type: varchar('type', { length: 64 }).notNull(),
    displayName: varchar('display_name', { length: 64 }).notNull(),
    muted: boolean('muted').notNull().default(false),
    collapsed: boolean('collapsed').notNull().default(false),
  },
  (t) => [index('sidebar_categories_user_team_idx').on(t.userId, t.teamId)],
);

/** Which channels a category holds, in order (only the channels placed explicitly). */
export const sidebarChannels = pgTable(
  'sidebar_channels',
  {
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    categoryId: varchar('category_id', { length: 128 }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.categoryId] }), index('sidebar_channels_category_idx').on(t.categoryId)],
);

export type SidebarCategoryRow = typeof sidebarCategories.$inferSelect;
export type SidebarChannelRow = typeof sidebarChannels.$inferSelect;
