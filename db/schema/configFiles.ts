import { pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/**
 * Mattermost's ConfigurationFiles: files the configuration names (SAML and LDAP certificates
 * and keys, the audit log certificate), kept beside the database-stored configuration.
 * `data` is the file's bytes in base64, so keys in any encoding survive.
 */
export const configurationFiles = pgTable('configuration_files', {
  name: varchar('name', { length: 64 }).primaryKey(),
  data: text('data').notNull(),
  createAt: millis('create_at').notNull(),
  updateAt: millis('update_at').notNull(),
});
