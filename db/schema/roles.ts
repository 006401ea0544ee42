import { boolean, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

export const roles = pgTable(
  'roles',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    name: varchar('name', { length: 64 }).notNull(),
    displayName: varchar('display_name', { length: 128 }).notNull(),
    description: text('description').notNull().default(''),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    permissions: text('permissions').array().notNull(),
    schemeManaged: boolean('scheme_managed').notNull().default(false),
    builtIn: boolean('built_in').notNull().default(false),
  },
  (t) => [uniqueIndex('roles_name_key').on(t.name)],
);

export type RoleRow = typeof roles.$inferSelect;
