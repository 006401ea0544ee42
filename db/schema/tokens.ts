import { boolean, index, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/** Single-use tokens (password reset, email verification, team invitations), with JSON extra data. */
export const tokens = pgTable(
  'tokens',
  {
    token: varchar('token', { length: 64 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    type: varchar('type', { length: 64 }).notNull(),
    extra: text('extra').notNull().default(''),
  },
  (t) => [index('tokens_type_idx').on(t.type)],
);

/** Personal access tokens: a token that logs its user in as Bearer while active. */
export const userAccessTokens = pgTable(
  'user_access_tokens',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    token: varchar('token', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    description: text('description').notNull().default(''),
    isActive: boolean('is_active').notNull().default(true),
    /** Milliseconds; 0 means the token never expires (Mattermost's UserAccessToken.ExpiresAt). */
    expiresAt: millis('expires_at').notNull().default(0),
  },
  (t) => [uniqueIndex('user_access_tokens_token_key').on(t.token), index('user_access_tokens_user_id_idx').on(t.userId)],
);

export type TokenRow = typeof tokens.$inferSelect;
export type UserAccessTokenRow = typeof userAccessTokens.$inferSelect;
