import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

export const users = pgTable(
  'users',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    username: varchar('username', { length: 64 }).notNull(),
    password: text('password').notNull().default(''),
    authData: varchar('auth_data', { length: 128 }),
    authService: varchar('auth_service', { length: 32 }).notNull().default(''),
    email: varchar('email', { length: 128 }).notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    nickname: varchar('nickname', { length: 64 }).notNull().default(''),
    firstName: varchar('first_name', { length: 64 }).notNull().default(''),
    lastName: varchar('last_name', { length: 64 }).notNull().default(''),
    position: varchar('position', { length: 128 }).notNull().default(''),
    roles: varchar('roles', { length: 256 }).notNull().default(''),
    allowMarketing: boolean('allow_marketing').notNull().default(false),
    props: jsonb('props').$type<Record<string, string>>().notNull().default({}),
    notifyProps: jsonb('notify_props').$type<Record<string, string>>().notNull().default({}),
    lastPasswordUpdate: millis('last_password_update').notNull().default(0),
    lastPictureUpdate: millis('last_picture_update').notNull().default(0),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    locale: varchar('locale', { length: 5 }).notNull().default('en'),
    timezone: jsonb('timezone').$type<Record<string, string>>().notNull().default({}),
    mfaActive: boolean('mfa_active').notNull().default(false),
    mfaSecret: varchar('mfa_secret', { length: 128 }).notNull().default(''),
    remoteId: varchar('remote_id', { length: 26 }),
    lastActivityAt: millis('last_activity_at').notNull().default(0),
    isBot: boolean('is_bot').notNull().default(false),
    botDescription: text('bot_description').notNull().default(''),
    lastLogin: millis('last_login').notNull().default(0),
    disableWelcomeEmail: boolean('disable_welcome_email').notNull().default(false),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    uniqueIndex('users_email_key').on(t.email),
    index('users_create_at_idx').on(t.createAt),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
