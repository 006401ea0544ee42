import { index, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';

/** A user's preferences: (category, name) → value, as Mattermost stores them. */
export const preferences = pgTable(
  'preferences',
  {
    userId: varchar('user_id', { length: 26 }).notNull(),
    category: varchar('category', { length: 32 }).notNull(),
    name: varchar('name', { length: 32 }).notNull(),
    value: text('value').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.userId, t.category, t.name] }), index('preferences_category_name_idx').on(t.category, t.name)],
);

export type PreferenceRow = typeof preferences.$inferSelect;
