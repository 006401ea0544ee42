import { bigint, index, jsonb, pgTable, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/** Background jobs, as Mattermost's Jobs table keeps them (data is a string map). */
export const jobs = pgTable(
  'jobs',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    type: varchar('type', { length: 32 }).notNull(),
    priority: bigint('priority', { mode: 'number' }).notNull().default(0),
    createAt: millis('create_at').notNull(),
    startAt: millis('start_at').notNull().default(0),
    lastActivityAt: millis('last_activity_at').notNull().default(0),
    status: varchar('status', { length: 32 }).notNull(),
    progress: bigint('progress', { mode: 'number' }).notNull().default(0),
    data: jsonb('data').$type<Record<string, string>>(),
  },
  (t) => [index('idx_jobs_type_create_at').on(t.type, t.createAt), index('idx_jobs_status_type').on(t.status, t.type)],
);
