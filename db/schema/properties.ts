import { boolean, index, integer, jsonb, pgTable, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { millis } from './columns';

/** Mattermost's PropertyGroups: a named namespace of property fields (version 1 or 2). */
export const propertyGroups = pgTable(
  'property_groups',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    name: varchar('name', { length: 64 }).notNull(),
    version: integer('version').notNull().default(1),
    schemaVersion: integer('schema_version').notNull().default(0),
  },
  (t) => [uniqueIndex('property_groups_name_key').on(t.name)],
);

/** Mattermost's PropertyFields: a typed attribute definition, scoped to a system, team or channel. */
export const propertyFields = pgTable(
  'property_fields',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    groupId: varchar('group_id', { length: 26 }).notNull(),
    name: varchar('name', { length: 255 }).notNull(),
    type: varchar('type', { length: 32 }).notNull(),
    attrs: jsonb('attrs').$type<Record<string, unknown>>().notNull().default({}),
    targetId: varchar('target_id', { length: 255 }).notNull().default(''),
    targetType: varchar('target_type', { length: 255 }).notNull().default(''),
    objectType: varchar('object_type', { length: 255 }).notNull().default(''),
    protected: boolean('protected').notNull().default(false),
    permissionField: varchar('permission_field', { length: 32 }),
    permissionValues: varchar('permission_values', { length: 32 }),
    permissionOptions: varchar('permission_options', { length: 32 }),
    linkedFieldId: varchar('linked_field_id', { length: 26 }),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    createdBy: varchar('created_by', { length: 26 }).notNull().default(''),
    updatedBy: varchar('updated_by', { length: 26 }).notNull().default(''),
  },
  (t) => [
    index('property_fields_group_object_idx').on(t.groupId, t.objectType, t.targetType, t.targetId),
    index('property_fields_create_at_id_idx').on(t.createAt, t.id),
  ],
);

/** Mattermost's PropertyValues: one field's JSON value for one target (user, channel, post, system). */
export const propertyValues = pgTable(
  'property_values',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    targetId: varchar('target_id', { length: 255 }).notNull(),
    targetType: varchar('target_type', { length: 255 }).notNull(),
    groupId: varchar('group_id', { length: 26 }).notNull(),
    fieldId: varchar('field_id', { length: 26 }).notNull(),
    value: jsonb('value').$type<unknown>().notNull(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    createdBy: varchar('created_by', { length: 26 }).notNull().default(''),
    updatedBy: varchar('updated_by', { length: 26 }).notNull().default(''),
  },
  (t) => [
    uniqueIndex('property_values_live_key').on(t.groupId, t.targetId, t.fieldId).where(sql`delete_at = 0`),
    index('property_values_target_idx').on(t.targetType, t.targetId),
    index('property_values_field_idx').on(t.fieldId),
  ],
);

export type PropertyGroupRow = typeof propertyGroups.$inferSelect;
export type PropertyFieldRow = typeof propertyFields.$inferSelect;
export type NewPropertyFieldRow = typeof propertyFields.$inferInsert;
export type PropertyValueRow = typeof propertyValues.$inferSelect;
