import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channelMembers, teamMembers } from '../schema';

/** Ids of a channel's members (event fan-out). */
export async function getChannelMemberUserIds(db: DbOrTx, channelId: string): Promise<string[]> {
  const rows = await db.select({ userId: channelMembers.userId }).from(channelMembers).where(eq(channelMembers.channelId, channelId));
  return rows.map((r) => r.userId);
}

/** Ids of a team's active members (event fan-out). */
export async function getTeamMemberUserIds(db: DbOrTx, teamId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.deleteAt, 0)));
  return rows.map((r) => r.userId);
}
