import { boolean, index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { millis } from './columns';

/** Uploaded files; attached when a post references them (post_id set). */
export const fileInfo = pgTable(
  'file_info',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    creatorId: varchar('creator_id', { length: 26 }).notNull(),
    postId: varchar('post_id', { length: 26 }).notNull().default(''),
    channelId: varchar('channel_id', { length: 26 }).notNull().default(''),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    path: text('path').notNull(),
    thumbnailPath: text('thumbnail_path').notNull().default(''),
    previewPath: text('preview_path').notNull().default(''),
    name: text('name').notNull(),
    extension: varchar('extension', { length: 64 }).notNull().default(''),
    size: integer('size').notNull(),
    mimeType: text('mime_type').notNull().default(''),
    width: integer('width').notNull().default(0),
    height: integer('height').notNull().default(0),
    hasPreviewImage: boolean('has_preview_image').notNull().default(false),
    miniPreview: text('mini_preview'),
    content: text('content').notNull().default(''),
    remoteId: varchar('remote_id', { length: 26 }),
    archived: boolean('archived').notNull().default(false),
  },
  (t) => [index('file_info_post_idx').on(t.postId), index('file_info_channel_idx').on(t.channelId, t.createAt), index('file_info_creator_idx').on(t.creatorId)],
);

/** Resumable upload sessions (/uploads). */
export const uploadSessions = pgTable(
  'upload_sessions',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    type: varchar('type', { length: 32 }).notNull(),
    createAt: millis('create_at').notNull(),
    userId: varchar('user_id', { length: 26 }).notNull(),
    channelId: varchar('channel_id', { length: 26 }).notNull().default(''),
    filename: text('filename').notNull(),
    path: text('path').notNull(),
    fileSize: millis('file_size').notNull(),
    fileOffset: millis('file_offset').notNull().default(0),
    remoteId: varchar('remote_id', { length: 26 }).notNull().default(''),
    reqFileId: varchar('req_file_id', { length: 26 }).notNull().default(''),
  },
  (t) => [index('upload_sessions_user_idx').on(t.userId)],
);

/** Custom emoji (the image lives in file storage). */
export const emoji = pgTable(
  'emoji',
  {
    id: varchar('id', { length: 26 }).primaryKey(),
    createAt: millis('create_at').notNull(),
    updateAt: millis('update_at').notNull(),
    deleteAt: millis('delete_at').notNull().default(0),
    creatorId: varchar('creator_id', { length: 26 }).notNull(),
    name: varchar('name', { length: 64 }).notNull(),
  },
  (t) => [index('emoji_name_idx').on(t.name, t.deleteAt)],
);

export type FileInfoRow = typeof fileInfo.$inferSelect;
export type NewFileInfoRow = typeof fileInfo.$inferInsert;
export type UploadSessionRow = typeof uploadSessions.$inferSelect;
export type EmojiRow = typeof emoji.$inferSelect;
