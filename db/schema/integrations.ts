import { boolean, index, jsonb, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

export const incomingWebhooks = pgTable(
  'incoming_webhooks',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    userId: varchar('user_id', { length: 26 }).notNull(),
    channelId: varchar('channel_id', { length: 26 }).notNull(),
    teamId: varchar('team_id', { length: 26 }).notNull(),
    displayName: varchar('display_name', { length: 64 }).notNull().default(''),
    description: varchar('description', { length: 500 }).notNull().default(''),
    username: varchar('username', { length: 255 }).notNull().default(''),
    iconUrl: text('icon_url').notNull().default(''),
    channelLocked: boolean('channel_locked').notNull().default(false),
  },
  (t) => [index('incoming_webhooks_team_idx').on(t.teamId)],
);

export const outgoingWebhooks = pgTable(
  'outgoing_webhooks',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    token: varchar('token', { length: 26 }).notNull(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    creatorId: varchar('creator_id', { length: 26 }).notNull(),
    channelId: varchar('channel_id', { length: 26 }).notNull().default(''),
    teamId: varchar('team_id', { length: 26 }).notNull(),
    triggerWords: jsonb('trigger_words').$type<string[]>().notNull().default([]),
    triggerWhen: varchar('trigger_when', { length: 8 }).notNull().default('0'),
    callbackUrls: jsonb('callback_urls').$type<string[]>().notNull().default([]),
    displayName: varchar('display_name', { length: 64 }).notNull().default(''),
    description: varchar('description', { length: 500 }).notNull().default(''),
    contentType: varchar('content_type', { length: 128 }).notNull().default('application/x-www-form-urlencoded'),
    username: varchar('username', { length: 64 }).notNull().default(''),
    iconUrl: text('icon_url').notNull().default(''),
  },
  (t) => [index('outgoing_webhooks_team_idx').on(t.teamId)],
);

export const commands = pgTable(
  'commands',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    token: varchar('token', { length: 26 }).notNull(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    creatorId: varchar('creator_id', { length: 26 }).notNull(),
    teamId: varchar('team_id', { length: 26 }).notNull(),
    trigger: varchar('trigger', { length: 128 }).notNull(),
    method: varchar('method', { length: 1 }).notNull().default('P'),
    username: varchar('username', { length: 64 }).notNull().default(''),
    iconUrl: text('icon_url').notNull().default(''),
    autoComplete: boolean('auto_complete').notNull().default(false),
    autoCompleteDesc: text('auto_complete_desc').notNull().default(''),
    autoCompleteHint: text('auto_complete_hint').notNull().default(''),
    displayName: varchar('display_name', { length: 64 }).notNull().default(''),
    description: varchar('description', { length: 128 }).notNull().default(''),
    url: text('url').notNull(),
    pluginId: varchar('plugin_id', { length: 190 }).notNull().default(''),
  },
  (t) => [index('commands_team_idx').on(t.teamId)],
);

/** Response URLs handed to slash commands (`/hooks/commands/{id}`), valid for a while. */
export const commandWebhooks = pgTable('command_webhooks', {
  id: varchar('id', { length: 26 }).primaryKey(),
  createAt: millis('create_at').notNull(),
  commandId: varchar('command_id', { length: 26 }).notNull(),
  userId: varchar('user_id', { length: 26 }).notNull(),
  channelId: varchar('channel_id', { length: 26 }).notNull(),
  rootId: varchar('root_id', { length: 26 }).notNull().default(''),
  useCount: millis('use_count').notNull().default(0),
});

/** A bot is a user (is_bot) plus this row. */
export const bots = pgTable(
  'bots',
  {
    userId: varchar('user_id', { length: 26 }).primaryKey(),
    description: text('description').notNull().default(''),
    ownerId: varchar('owner_id', { length: 190 }).notNull(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    lastIconUpdate: millis('last_icon_update').notNull().default(0),
  },
  (t) => [index('bots_owner_idx').on(t.ownerId)],
);

export const oauthApps = pgTable(
  'oauth_apps',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    creatorId: varchar('creator_id', { length: 26 }).notNull(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    clientSecret: varchar('client_secret', { length: 128 }).notNull(),
    name: varchar('name', { length: 64 }).notNull(),
    description: text('description').notNull().default(''),
    iconUrl: text('icon_url').notNull().default(''),
    callbackUrls: jsonb('callback_urls').$type<string[]>().notNull().default([]),
    homepage: text('homepage').notNull().default(''),
    isTrusted: boolean('is_trusted').notNull().default(false),
    mattermostAppId: varchar('mattermost_app_id', { length: 32 }).notNull().default(''),
  },
  (t) => [index('oauth_apps_creator_idx').on(t.creatorId)],
);

/** Authorization codes (short-lived). */
export const oauthAuthData = pgTable('oauth_auth_data', {
  code: varchar('code', { length: 128 }).primaryKey(),
  clientId: varchar('client_id', { length: 26 }).notNull(),
  userId: varchar('user_id', { length: 26 }).notNull(),
  expiresIn: millis('expires_in').notNull(),
  createAt: millis('create_at').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  state: text('state').notNull().default(''),
  scope: varchar('scope', { length: 128 }).notNull().default('user'),
  codeChallenge: text('code_challenge').notNull().default(''),
  codeChallengeMethod: varchar('code_challenge_method', { length: 16 }).notNull().default(''),
});

/** Access grants: the session token handed to the app and its refresh token. */
export const oauthAccessData = pgTable(
  'oauth_access_data',
  {
    token: varchar('token', { length: 26 }).primaryKey(),
    refreshToken: varchar('refresh_token', { length: 26 }).notNull(),
    clientId: varchar('client_id', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    redirectUri: text('redirect_uri').notNull(),
    expiresAt: millis('expires_at').notNull(),
    scope: varchar('scope', { length: 128 }).notNull().default('user'),
  },
  (t) => [index('oauth_access_data_client_user_idx').on(t.clientId, t.userId), index('oauth_access_data_refresh_idx').on(t.refreshToken)],
);

export type IncomingWebhookRow = typeof incomingWebhooks.$inferSelect;
export type OutgoingWebhookRow = typeof outgoingWebhooks.$inferSelect;
export type CommandRow = typeof commands.$inferSelect;
export type BotRow = typeof bots.$inferSelect;
export type OAuthAppRow = typeof oauthApps.$inferSelect;
