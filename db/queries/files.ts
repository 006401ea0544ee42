import { and, desc, eq, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channelMembers, channels, fileInfo, posts, users, type FileInfoRow, type NewFileInfoRow } from '../schema';

export async function insertFileInfo(db: DbOrTx, row: NewFileInfoRow): Promise<FileInfoRow> {
  const [inserted] = await db.insert(fileInfo).values(row).returning();
  return inserted;
}

/** A file info row, deleted or not. */
export async function getFileInfoById(db: DbOrTx, id: string): Promise<FileInfoRow | undefined> {
  const [row] = await db.select().from(fileInfo).where(eq(fileInfo.id, id)).limit(1);
  return row;
}

/** The channel and deletion time of the post a file is attached to (undefined when the post is gone). */
export async function getPostForFile(db: DbOrTx, postId: string): Promise<{ channelId: string; deleteAt: number } | undefined> {
  if (!postId) return undefined;
  const [row] = await db.select({ channelId: posts.channelId, deleteAt: posts.deleteAt }).from(posts).where(eq(posts.id, postId)).limit(1);
  return row;
}

/** Ids of the channels with these names that the user belongs to (in a team, with DMs, or anywhere). */
export async function memberChannelIdsByNames(db: DbOrTx, userId: string, names: string[], teamId?: string): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await db
    .select({ id: channels.id })
    .from(channels)
    .innerJoin(channelMembers, and(eq(channelMembers.channelId, channels.id), eq(channelMembers.userId, userId)))
    .where(and(inArray(channels.name, names), teamId === undefined ? undefined : or(eq(channels.teamId, teamId), eq(channels.teamId, ''))));
  return rows.map((r) => r.id);
}

export async function userIdsByUsernames(db: DbOrTx, usernames: string[]): Promise<string[]> {
  if (usernames.length === 0) return [];
  const rows = await db.select({ id: users.id }).from(users).where(inArray(users.username, usernames));
  return rows.map((r) => r.id);
}

export async function deleteFileInfoRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(fileInfo).where(eq(fileInfo.id, id));
}

/**
 * Attaches an uploaded file to a post (Mattermost's AttachToPost): only a file not attached yet,
 * not deleted, and uploaded by the post's author. Returns whether the file was attached.
 */
export async function attachFileToPost(db: DbOrTx, fileId: string, postId: string, channelId: string, creatorId: string, at: number): Promise<boolean> {
  const rows = await db
    .update(fileInfo)
    .set({ postId, channelId, updateAt: at })
    .where(and(eq(fileInfo.id, fileId), eq(fileInfo.postId, ''), eq(fileInfo.creatorId, creatorId), eq(fileInfo.deleteAt, 0)))
    .returning({ id: fileInfo.id });
  return rows.length === 1;
}

/** Soft-deletes the files of a deleted post (they disappear from every file endpoint). */
export async function deleteFilesForPost(db: DbOrTx, postId: string, at: number): Promise<string[]> {
  const rows = await db
    .update(fileInfo)
    .set({ deleteAt: at, updateAt: at })
    .where(and(eq(fileInfo.postId, postId), eq(fileInfo.deleteAt, 0)))
    .returning({ id: fileInfo.id });
  return rows.map((r) => r.id);
}

export async function setFileMiniPreview(db: DbOrTx, id: string, miniPreview: string): Promise<void> {
  await db.update(fileInfo).set({ miniPreview }).where(eq(fileInfo.id, id));
}

export interface FileSearchQuery {
  userId: string;
  /** Files of this team's channels and of direct/group channels; undefined searches every team. */
  teamId?: string;
  /** A to_tsquery expression over name and content; undefined when only filters were given. */
  tsquery?: string;
  extensions: string[];
  excludedExtensions: string[];
  inChannels: string[];
  excludedChannels: string[];
  fromUsers: string[];
  excludedUsers: string[];
  /** create_at bounds, inclusive, in milliseconds. */
  since?: number;
  until?: number;
  excludedRange?: [number, number];
  includeDeletedChannels: boolean;
  limit: number;
}

/**
 * Mattermost's database file search: files in channels the user belongs to, not deleted,
 * newest first, matched by full-text search on the name (also with `.,-` as spaces) or the
 * extracted content. Files not attached to a post are found only by their uploader.
 */
export async function searchFileInfos(db: DbOrTx, q: FileSearchQuery): Promise<FileInfoRow[]> {
  const where: SQL[] = [eq(fileInfo.deleteAt, 0), or(sql`${fileInfo.postId} <> ''`, eq(fileInfo.creatorId, q.userId))!];
  if (q.teamId !== undefined) where.push(or(eq(channels.teamId, q.teamId), eq(channels.teamId, ''))!);
  if (!q.includeDeletedChannels) where.push(eq(channels.deleteAt, 0));
  if (q.inChannels.length) where.push(inArray(channels.id, q.inChannels));
  if (q.excludedChannels.length) where.push(notInArray(channels.id, q.excludedChannels));
  if (q.extensions.length) where.push(inArray(fileInfo.extension, q.extensions));
  if (q.excludedExtensions.length) where.push(notInArray(fileInfo.extension, q.excludedExtensions));
  if (q.fromUsers.length) where.push(inArray(fileInfo.creatorId, q.fromUsers));
  if (q.excludedUsers.length) where.push(notInArray(fileInfo.creatorId, q.excludedUsers));
  if (q.since !== undefined) where.push(sql`${fileInfo.createAt} >= ${q.since}`);
  if (q.until !== undefined) where.push(sql`${fileInfo.createAt} <= ${q.until}`);
  if (q.excludedRange) where.push(sql`${fileInfo.createAt} NOT BETWEEN ${q.excludedRange[0]} AND ${q.excludedRange[1]}`);
  if (q.tsquery) {
    const query = sql`to_tsquery('english', ${q.tsquery})`;
    where.push(
      or(
        sql`to_tsvector('english', ${fileInfo.name}) @@ ${query}`,
        sql`to_tsvector('english', translate(${fileInfo.name}, '.,-', '   ')) @@ ${query}`,
        sql`to_tsvector('english', ${fileInfo.content}) @@ ${query}`,
      )!,
    );
  }
  const rows = await db
    .select({ file: fileInfo })
    .from(fileInfo)
    .innerJoin(channels, eq(channels.id, fileInfo.channelId))
    .innerJoin(channelMembers, and(eq(channelMembers.channelId, channels.id), eq(channelMembers.userId, q.userId)))
    .where(and(...where))
    .orderBy(desc(fileInfo.createAt), desc(fileInfo.id))
    .limit(q.limit);
  return rows.map((r) => r.file);
}
