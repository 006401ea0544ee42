import { boolean, jsonb, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/** Key/value facts about this installation (diagnostic id, first-run markers...). */
export const systems = pgTable('systems', {
  name: varchar('name', { length: 64 }).primaryKey(),
  value: text('value').notNull(),
});

/** Stored configurations; exactly one is active. */
export const configurations = pgTable('configurations', {
  id: varchar('id', { length: 26 }).primaryKey(),
  value: jsonb('value').$type<Record<string, unknown>>().notNull(),
  createAt: millis('create_at').notNull(),
  active: boolean('active').notNull().default(false),
});
