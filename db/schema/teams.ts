import { boolean, index, pgTable, primaryKey, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/** Teams: type 'O' (open) or 'I' (invite only), as Mattermost stores them. */
export const teams = pgTable(
  'teams',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    displayName: varchar('display_name', { length: 64 }).notNull(),
    name: varchar('name', { length: 64 }).notNull().unique('teams_name_key'),
    description: varchar('description', { length: 255 }).notNull().default(''),
    email: varchar('email', { length: 128 }).notNull().default(''),
    type: varchar('type', { length: 1 }).notNull(),
    companyName: varchar('company_name', { length: 64 }).notNull().default(''),
    allowedDomains: varchar('allowed_domains', { length: 1000 }).notNull().default(''),
    inviteId: varchar('invite_id', { length: 32 }).notNull(),
    allowOpenInvite: boolean('allow_open_invite').notNull().default(false),
    lastTeamIconUpdate: millis('last_team_icon_update').notNull().default(0),
    schemeId: varchar('scheme_id', { length: 26 }),
    groupConstrained: boolean('group_constrained'),
    cloudLimitsArchived: boolean('cloud_limits_archived').notNull().default(false),
  },
  (t) => [index('teams_invite_id_idx').on(t.inviteId), index('teams_update_at_idx').on(t.updateAt)],
);

/** Membership of a user in a team; `roles` holds explicit roles only, the scheme flags the rest. */
export const teamMembers = pgTable(
  'team_members',
  {
    teamId: varchar('team_id', { length: 26 }).notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    roles: varchar('roles', { length: 256 }).notNull().default(''),
    deleteAt: millis('delete_at').notNull().default(0),
    schemeUser: boolean('scheme_user').notNull().default(false),
    schemeAdmin: boolean('scheme_admin').notNull().default(false),
    schemeGuest: boolean('scheme_guest').notNull().default(false),
    createAt: millis('create_at').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_id_idx').on(t.userId)],
);

export type TeamRow = typeof teams.$inferSelect;
export type NewTeamRow = typeof teams.$inferInsert;
export type TeamMemberRow = typeof teamMembers.$inferSelect;
export type NewTeamMemberRow = typeof teamMembers.$inferInsert;
