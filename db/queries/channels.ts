import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { param, prepared } from '../prepared';
import { channelMembers, channels, type ChannelMemberRow, type ChannelRow, type NewChannelMemberRow, type NewChannelRow } from '../schema';

export async function insertChannel(db: DbOrTx, row: NewChannelRow): Promise<ChannelRow> {
  const [inserted] = await db.insert(channels).values(row).returning();
  return inserted;
}

const channelById = prepared((db) => db.select().from(channels).where(eq(channels.id, param('id'))).limit(1).prepare('channel_by_id'));

export async function getChannelById(db: DbOrTx, id: string): Promise<ChannelRow | undefined> {
  const [row] = await channelById(db).execute({ id });
  return row;
}

export async function getChannelByName(db: DbOrTx, teamId: string, name: string): Promise<ChannelRow | undefined> {
  const [row] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.teamId, teamId), eq(channels.name, name)))
    .limit(1);
  return row;
}

export async function getChannelsByIds(db: DbOrTx, ids: string[]): Promise<ChannelRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(channels).where(inArray(channels.id, ids));
}

export async function updateChannelFields(db: DbOrTx, id: string, fields: Partial<NewChannelRow>): Promise<ChannelRow | undefined> {
  const [row] = await db.update(channels).set(fields).where(eq(channels.id, id)).returning();
  return row;
}

const channelMember = prepared((db) =>
  db
    .select()
    .from(channelMembers)
    .where(and(eq(channelMembers.channelId, param('channelId')), eq(channelMembers.userId, param('userId'))))
    .limit(1)
    .prepare('channel_member'),
);

export async function getChannelMember(db: DbOrTx, channelId: string, userId: string): Promise<ChannelMemberRow | undefined> {
  const [row] = await channelMember(db).execute({ channelId, userId });
  return row;
}

/** Adds the member; an existing membership is kept as it is (joining twice is a no-op). */
export async function insertChannelMemberIfAbsent(db: DbOrTx, row: NewChannelMemberRow): Promise<ChannelMemberRow> {
  const [inserted] = await db.insert(channelMembers).values(row).onConflictDoNothing().returning();
  return inserted ?? (await getChannelMember(db, row.channelId, row.userId))!;
}

export async function deleteChannelMember(db: DbOrTx, channelId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(channelMembers)
    .where(and(eq(channelMembers.channelId, channelId), eq(channelMembers.userId, userId)))
    .returning({ userId: channelMembers.userId });
  return rows.length > 0;
}

export async function updateChannelMemberFields(
  db: DbOrTx,
  channelId: string,
  userId: string,
  fields: Partial<NewChannelMemberRow>,
): Promise<ChannelMemberRow | undefined> {
  const [row] = await db
    .update(channelMembers)
    .set(fields)
    .where(and(eq(channelMembers.channelId, channelId), eq(channelMembers.userId, userId)))
    .returning();
  return row;
}
