/**
 * Channel membership and read-state queries (members, unread counts, marking channels viewed).
 * Channel rows themselves live in channels.ts.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { anyOf, param, prepared } from '../prepared';
import { channelMembers, channels, sidebarCategories, sidebarChannels, type ChannelMemberRow, type ChannelRow } from '../schema';

export async function getChannelMembersPage(db: DbOrTx, channelId: string, offset: number, limit: number): Promise<ChannelMemberRow[]> {
  return db
    .select()
    .from(channelMembers)
    .where(eq(channelMembers.channelId, channelId))
    .orderBy(asc(channelMembers.userId))
    .limit(limit)
    .offset(offset);
}

export async function getChannelMembersByUserIds(db: DbOrTx, channelId: string, userIds: string[]): Promise<ChannelMemberRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(channelMembers)
    .where(and(eq(channelMembers.channelId, channelId), inArray(channelMembers.userId, userIds)))
    .orderBy(asc(channelMembers.userId));
}

/** The user's memberships in the team's channels and in their direct/group channels (Mattermost's GetMembersForUser). */
export async function getChannelMembersForUserInTeam(db: DbOrTx, userId: string, teamId: string): Promise<ChannelMemberRow[]> {
  const rows = await db
    .select({ member: channelMembers })
    .from(channelMembers)
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(and(eq(channelMembers.userId, userId), or(eq(channels.teamId, teamId), eq(channels.teamId, ''))))
    .orderBy(asc(channelMembers.channelId));
  return rows.map((r) => r.member);
}

/** Memberships of the user together with their channels, for the given channel ids. */
export async function getMembershipsWithChannels(
  db: DbOrTx,
  userId: string,
  channelIds: string[],
): Promise<Array<{ member: ChannelMemberRow; channel: ChannelRow }>> {
  if (channelIds.length === 0) return [];
  return membershipsWithChannels(db).execute({ userId, channelIds });
}

const membershipsWithChannels = prepared((db) =>
  db
    .select({ member: channelMembers, channel: channels })
    .from(channelMembers)
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(and(eq(channelMembers.userId, param('userId')), anyOf(channelMembers.channelId, 'channelIds')))
    .prepare('memberships_with_channels'),
);

/** The ids of the direct and group channels the user belongs to. */
export async function getDirectChannelIdsForUser(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: channels.id })
    .from(channelMembers)
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(and(eq(channelMembers.userId, userId), inArray(channels.type, ['D', 'G'])));
  return rows.map((r) => r.id);
}

/**
 * Marks one membership read up to the channel's counters, as Mattermost's UpdateLastViewedAt:
 * counts never go down, mentions are cleared, last_viewed_at never moves back.
 */
export async function markMembershipViewed(
  db: DbOrTx,
  userId: string,
  channel: Pick<ChannelRow, 'id' | 'totalMsgCount' | 'totalMsgCountRoot' | 'lastPostAt'>,
): Promise<ChannelMemberRow | undefined> {
  const [row] = await db
    .update(channelMembers)
    .set({
      mentionCount: 0,
      mentionCountRoot: 0,
      urgentMentionCount: 0,
      msgCount: sql`greatest(${channelMembers.msgCount}, ${channel.totalMsgCount})`,
      msgCountRoot: sql`greatest(${channelMembers.msgCountRoot}, ${channel.totalMsgCountRoot})`,
      lastViewedAt: sql`greatest(${channelMembers.lastViewedAt}, ${channel.lastPostAt})`,
      lastUpdateAt: sql`greatest(${channelMembers.lastViewedAt}, ${channel.lastPostAt})`,
    })
    .where(and(eq(channelMembers.channelId, channel.id), eq(channelMembers.userId, userId)))
    .returning();
  return row;
}

/** Merges the given notify props into the membership's (jsonb concatenation). */
export async function mergeMemberNotifyProps(
  db: DbOrTx,
  channelId: string,
  userId: string,
  props: Record<string, string>,
  now: number,
): Promise<ChannelMemberRow | undefined> {
  const [row] = await db
    .update(channelMembers)
    .set({ notifyProps: sql`${channelMembers.notifyProps} || ${JSON.stringify(props)}::jsonb`, lastUpdateAt: now })
    .where(and(eq(channelMembers.channelId, channelId), eq(channelMembers.userId, userId)))
    .returning();
  return row;
}

/**
 * Sets mark_unread on the user's memberships of the given channels ('mention' mutes, 'all'
 * unmutes); memberships already in that state are left alone. Returns the memberships changed.
 */
export async function setMembershipsMarkUnread(
  db: DbOrTx,
  userId: string,
  channelIds: string[],
  value: 'all' | 'mention',
  now: number,
): Promise<ChannelMemberRow[]> {
  if (channelIds.length === 0) return [];
  const muted = sql`coalesce(${channelMembers.notifyProps}->>'mark_unread', 'all') = 'mention'`;
  return db
    .update(channelMembers)
    .set({ notifyProps: sql`${channelMembers.notifyProps} || ${JSON.stringify({ mark_unread: value })}::jsonb`, lastUpdateAt: now })
    .where(and(eq(channelMembers.userId, userId), inArray(channelMembers.channelId, channelIds), value === 'mention' ? sql`not (${muted})` : muted))
    .returning();
}

/** Removes the user's sidebar categories of a team (and their channel placements), as on leaving the team. */
export async function clearSidebarForTeam(db: DbOrTx, userId: string, teamId: string): Promise<void> {
  const ids = db
    .select({ id: sidebarCategories.id })
    .from(sidebarCategories)
    .where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.teamId, teamId)));
  await db.delete(sidebarChannels).where(inArray(sidebarChannels.categoryId, ids));
  await db.delete(sidebarCategories).where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.teamId, teamId)));
}
