import { boolean, pgTable, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/** A user's presence: online / away / offline / dnd, manual or automatic. */
export const status = pgTable('status', {
  userId: varchar('user_id', { length: 26 }).primaryKey(),
  status: varchar('status', { length: 32 }).notNull(),
  manual: boolean('manual').notNull().default(false),
  lastActivityAt: millis('last_activity_at').notNull().default(0),
  dndEndTime: millis('dnd_end_time').notNull().default(0),
  prevStatus: varchar('prev_status', { length: 32 }).notNull().default(''),
});

export type StatusRow = typeof status.$inferSelect;
