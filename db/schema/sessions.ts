import { boolean, index, jsonb, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

export const sessions = pgTable(
  'sessions',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    token: varchar('token', { length: 26 }).notNull(),
    createAt: millis('create_at').notNull(),
    expiresAt: millis('expires_at').notNull(),
    lastActivityAt: millis('last_activity_at').notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    deviceId: text('device_id').notNull().default(''),
    roles: varchar('roles', { length: 256 }).notNull().default(''),
    isOAuth: boolean('is_oauth').notNull().default(false),
    expiredNotify: boolean('expired_notify').notNull().default(false),
    props: jsonb('props').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [uniqueIndex('sessions_token_key').on(t.token), index('sessions_user_id_idx').on(t.userId)],
);

export type SessionRow = typeof sessions.$inferSelect;
