import { boolean, index, pgTable, primaryKey, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/** Mattermost's Audits table: one row per audited user/session action (login, logout, tokens, ...). */
export const audits = pgTable(
  'audits',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    userId: varchar('user_id', { length: 26 }).notNull().default(''),
    action: varchar('action', { length: 512 }).notNull().default(''),
    extraInfo: varchar('extra_info', { length: 1024 }).notNull().default(''),
    ipAddress: varchar('ip_address', { length: 64 }).notNull().default(''),
    sessionId: varchar('session_id', { length: 26 }).notNull().default(''),
  },
  (t) => [index('audits_user_id_create_at_idx').on(t.userId, t.createAt), index('audits_create_at_idx').on(t.createAt)],
);

/** Mattermost's NotifyAdmin table: a user's request that an admin upgrade for a feature. */
export const notifyAdmin = pgTable(
  'notify_admin',
  {
    userId: varchar('user_id', { length: 26 }).notNull(),
    createAt: millis('create_at').notNull(),
    requiredPlan: varchar('required_plan', { length: 100 }).notNull(),
    requiredFeature: varchar('required_feature', { length: 255 }).notNull(),
    trial: boolean('trial').notNull(),
    sentAt: millis('sent_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.requiredFeature, t.requiredPlan] })],
);

export type AuditRow = typeof audits.$inferSelect;
export type NotifyAdminRow = typeof notifyAdmin.$inferSelect;
