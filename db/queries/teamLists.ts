/**
 * The team and team-member queries of the teams API beyond the shared ones in teams.ts:
 * listings and searches, member pages, counts, unread sums, leaving and deleting.
 */
import { and, asc, count, countDistinct, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  channelMembers,
  channels,
  preferences,
  sidebarCategories,
  sidebarChannels,
  teamMembers,
  tokens,
  teams,
  users,
  type ChannelMemberRow,
  type TeamMemberRow,
  type TeamRow,
  type UserRow,
} from '../schema';

/** Who the caller may see: users sharing one of `teams` (where they may view members) and one of `channels`. */
export interface ViewRestrictions {
  teams: string[];
  channels: string[];
}

/** Mattermost's applyTeamMemberViewRestrictionsFilter: a condition on `team_members.user_id`. */
function restrictionFilter(restrictions: ViewRestrictions | null): SQL | undefined {
  if (!restrictions) return undefined;
  if (restrictions.teams.length === 0 && restrictions.channels.length === 0) return sql`false`;
  const parts: SQL[] = [];
  if (restrictions.teams.length > 0) {
    parts.push(sql`exists (select 1 from ${teamMembers} rtm where rtm.user_id = ${teamMembers.userId} and rtm.delete_at = 0 and rtm.team_id in (${sql.join(
      restrictions.teams.map((id) => sql`${id}`),
      sql`, `,
    )}))`);
  }
  if (restrictions.channels.length > 0) {
    parts.push(sql`exists (select 1 from ${channelMembers} rcm where rcm.user_id = ${teamMembers.userId} and rcm.channel_id in (${sql.join(
      restrictions.channels.map((id) => sql`${id}`),
      sql`, `,
    )}))`);
  }
  return and(...parts);
}

// --- teams ----------------------------------------------------------------------------------------

export async function getTeamByInviteId(db: DbOrTx, inviteId: string): Promise<TeamRow | undefined> {
  if (!inviteId || inviteId.includes('\u0000')) return undefined;
  const [row] = await db.select().from(teams).where(eq(teams.inviteId, inviteId)).limit(1);
  return row;
}

/** Mattermost's GetAllPage: every team (archived ones too), by display name, optionally by open-invite flag. */
export async function listTeamsPage(db: DbOrTx, opts: { offset: number; limit: number; allowOpenInvite?: boolean }): Promise<TeamRow[]> {
  const where = opts.allowOpenInvite === undefined ? undefined : eq(teams.allowOpenInvite, opts.allowOpenInvite);
  return db.select().from(teams).where(where).orderBy(asc(teams.displayName), asc(teams.id)).limit(opts.limit).offset(opts.offset);
}

/** Mattermost's AnalyticsTeamCount as GetAllTeams calls it (archived teams counted). */
export async function countTeams(db: DbOrTx, opts: { allowOpenInvite?: boolean }): Promise<number> {
  const where = opts.allowOpenInvite === undefined ? undefined : eq(teams.allowOpenInvite, opts.allowOpenInvite);
  const [row] = await db.select({ n: count() }).from(teams).where(where);
  return Number(row.n);
}

export interface TeamSearchOptions {
  term: string;
  allowOpenInvite?: boolean;
  groupConstrained?: boolean;
  teamType?: string;
  page?: number;
  perPage?: number;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Mattermost's teamSearchQuery filters: the open-invite and group filters are alternatives, the type a requirement. */
function searchFilter(opts: TeamSearchOptions): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (opts.term.includes('\u0000')) return sql`false`;
  if (opts.term) {
    const pattern = `%${escapeLike(opts.term).toLowerCase()}%`;
    parts.push(or(ilike(teams.name, pattern), ilike(teams.displayName, pattern)));
  }
  const notGroupConstrained = or(ne(teams.groupConstrained, true), isNull(teams.groupConstrained));
  let alternatives: SQL | undefined;
  if (opts.allowOpenInvite !== undefined) {
    alternatives = opts.allowOpenInvite ? eq(teams.allowOpenInvite, true) : and(ne(teams.allowOpenInvite, true), notGroupConstrained);
  }
  if (opts.groupConstrained !== undefined) {
    const group = opts.groupConstrained ? eq(teams.groupConstrained, true) : notGroupConstrained;
    alternatives = alternatives ? or(alternatives, group) : group;
  }
  parts.push(alternatives);
  if (opts.teamType !== undefined) parts.push(eq(teams.type, opts.teamType));
  return and(...parts);
}

/** Teams whose name or display name contains the term (archived ones too), by display name. */
export async function searchTeams(db: DbOrTx, opts: TeamSearchOptions): Promise<TeamRow[]> {
  const query = db.select().from(teams).where(searchFilter(opts)).orderBy(asc(teams.displayName), asc(teams.id));
  if (opts.page === undefined || opts.perPage === undefined) return query;
  // Mattermost reads both as unsigned: a negative page size means no limit, a negative offset nothing.
  const offset = opts.page * opts.perPage;
  if (!Number.isSafeInteger(offset) || offset < 0) return [];
  const limited = Number.isSafeInteger(opts.perPage) && opts.perPage >= 0 ? query.limit(opts.perPage) : query;
  return limited.offset(offset);
}

export async function countSearchTeams(db: DbOrTx, opts: TeamSearchOptions): Promise<number> {
  const [row] = await db.select({ n: count() }).from(teams).where(searchFilter(opts));
  return Number(row.n);
}

/** The non-archived teams the user is an active member of. */
export async function getActiveTeamsForUser(db: DbOrTx, userId: string): Promise<TeamRow[]> {
  const rows = await db
    .select({ team: teams })
    .from(teams)
    .innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(and(eq(teamMembers.userId, userId), eq(teamMembers.deleteAt, 0), eq(teams.deleteAt, 0)))
    .orderBy(asc(teams.displayName), asc(teams.id));
  return rows.map((r) => r.team);
}

/** The ids of the non-archived teams the user is an active member of (Mattermost's GetUserTeamIds). */
export async function getActiveTeamIdsForUser(db: DbOrTx, userId: string): Promise<string[]> {
  return (await getActiveTeamsForUser(db, userId)).map((t) => t.id);
}

// --- team members ---------------------------------------------------------------------------------

/** Every membership of the user, left ones included when asked. */
export async function getTeamMembersForUser(db: DbOrTx, userId: string, includeDeleted: boolean): Promise<TeamMemberRow[]> {
  const where = includeDeleted ? eq(teamMembers.userId, userId) : and(eq(teamMembers.userId, userId), eq(teamMembers.deleteAt, 0));
  return db.select().from(teamMembers).where(where).orderBy(asc(teamMembers.teamId));
}

export interface MemberPageOptions {
  offset: number;
  limit: number;
  /** 'Username' orders by username, '' by user id; any other value leaves the order to the database. */
  sort: string;
  excludeDeletedUsers: boolean;
  restrictions: ViewRestrictions | null;
}

/** Mattermost's GetMembers: the team's active memberships, one page. */
export async function getTeamMembersPage(db: DbOrTx, teamId: string, opts: MemberPageOptions): Promise<TeamMemberRow[]> {
  const byUsername = opts.sort === 'Username';
  const where = and(
    eq(teamMembers.teamId, teamId),
    eq(teamMembers.deleteAt, 0),
    opts.excludeDeletedUsers ? eq(users.deleteAt, 0) : undefined,
    restrictionFilter(opts.restrictions),
  );
  const query = db.select({ member: teamMembers }).from(teamMembers).leftJoin(users, eq(users.id, teamMembers.userId)).where(where);
  const ordered = byUsername
    ? query.orderBy(asc(users.username), asc(teamMembers.userId))
    : query.orderBy(asc(teamMembers.userId));
  const rows = await ordered.limit(opts.limit).offset(opts.offset);
  return rows.map((r) => r.member);
}

/** Mattermost's GetMembersByIds: the active memberships of those users. */
export async function getTeamMembersByUserIds(
  db: DbOrTx,
  teamId: string,
  userIds: string[],
  restrictions: ViewRestrictions | null,
): Promise<TeamMemberRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), inArray(teamMembers.userId, userIds), eq(teamMembers.deleteAt, 0), restrictionFilter(restrictions)))
    .orderBy(asc(teamMembers.userId));
}

/** Mattermost's GetTotalMemberCount and GetActiveMemberCount (the latter without deactivated users). */
export async function teamMemberCounts(db: DbOrTx, teamId: string, restrictions: ViewRestrictions | null): Promise<{ total: number; active: number }> {
  const base = and(eq(teamMembers.teamId, teamId), eq(teamMembers.deleteAt, 0), restrictionFilter(restrictions));
  const [row] = await db
    .select({
      total: countDistinct(teamMembers.userId),
      active: sql<number>`count(distinct case when ${users.deleteAt} = 0 then ${teamMembers.userId} end)`,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(base);
  return { total: Number(row.total), active: Number(row.active) };
}

/** Whether the user is an active member of one of the teams (Mattermost's UserBelongsToTeams). */
export async function userBelongsToTeams(db: DbOrTx, userId: string, teamIds: string[]): Promise<boolean> {
  if (teamIds.length === 0) return false;
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .where(and(eq(teamMembers.userId, userId), eq(teamMembers.deleteAt, 0), inArray(teamMembers.teamId, teamIds)));
  return Number(row.n) > 0;
}

export async function userBelongsToChannels(db: DbOrTx, userId: string, channelIds: string[]): Promise<boolean> {
  if (channelIds.length === 0) return false;
  const [row] = await db
    .select({ n: count() })
    .from(channelMembers)
    .where(and(eq(channelMembers.userId, userId), inArray(channelMembers.channelId, channelIds)));
  return Number(row.n) > 0;
}

/** The ids of every channel the user is a member of (archived channels included). */
export async function getChannelIdsForUser(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.select({ id: channelMembers.channelId }).from(channelMembers).where(eq(channelMembers.userId, userId));
  return rows.map((r) => r.id);
}

/**
 * Mattermost's TeamMembersMinusGroupMembers without groups (this server has none): the active
 * human members of a live team, deactivated users left out, by username.
 */
export async function teamMemberUsersPage(
  db: DbOrTx,
  teamId: string,
  opts: { offset: number; limit: number },
): Promise<{ user: UserRow; member: TeamMemberRow }[]> {
  return db
    .select({ user: users, member: teamMembers })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.deleteAt, 0), eq(teams.deleteAt, 0), eq(users.deleteAt, 0), eq(users.isBot, false)))
    .orderBy(asc(users.username))
    .limit(opts.limit)
    .offset(opts.offset);
}

export async function countTeamMemberUsers(db: DbOrTx, teamId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.deleteAt, 0), eq(teams.deleteAt, 0), eq(users.deleteAt, 0), eq(users.isBot, false)));
  return Number(row.n);
}

// --- unreads --------------------------------------------------------------------------------------

export interface ChannelUnreadRow {
  teamId: string;
  channelId: string;
  msgCount: number;
  msgCountRoot: number;
  mentionCount: number;
  mentionCountRoot: number;
  notifyProps: Record<string, string>;
}

/**
 * Mattermost's GetChannelUnreadsForTeam / GetChannelUnreadsForAllTeams: per live channel the
 * user is in, messages not yet read (channel total minus the member's count) and mentions.
 * `exclude` drops one team; an empty `exclude` drops direct and group channels (team id '').
 */
export async function getChannelUnreads(db: DbOrTx, userId: string, scope: { teamId: string } | { exclude: string }): Promise<ChannelUnreadRow[]> {
  // No team id contains NUL (PostgreSQL cannot even compare it): such an exclusion excludes nothing.
  const exclude = 'exclude' in scope ? scope.exclude.replace(/\u0000/g, '\ufffd') : '';
  const teamFilter = 'teamId' in scope ? eq(channels.teamId, scope.teamId) : ne(channels.teamId, exclude);
  const rows = await db
    .select({
      teamId: channels.teamId,
      channelId: channels.id,
      msgCount: sql<number>`${channels.totalMsgCount} - ${channelMembers.msgCount}`,
      msgCountRoot: sql<number>`${channels.totalMsgCountRoot} - ${channelMembers.msgCountRoot}`,
      mentionCount: channelMembers.mentionCount,
      mentionCountRoot: channelMembers.mentionCountRoot,
      notifyProps: channelMembers.notifyProps,
    })
    .from(channels)
    .innerJoin(channelMembers, eq(channelMembers.channelId, channels.id))
    .where(and(eq(channelMembers.userId, userId), eq(channels.deleteAt, 0), teamFilter))
    .orderBy(asc(channels.teamId), asc(channels.id));
  return rows.map((r) => ({ ...r, msgCount: Number(r.msgCount), msgCountRoot: Number(r.msgCountRoot) }));
}

/** Marks every channel of the team the user is in as read now; returns the channels and the time. */
export async function markTeamChannelsViewed(db: DbOrTx, teamId: string, userId: string, now: number): Promise<string[]> {
  const teamChannelIds = db.select({ id: channels.id }).from(channels).where(eq(channels.teamId, teamId));
  const rows = await db
    .update(channelMembers)
    .set({
      lastViewedAt: now,
      lastUpdateAt: now,
      msgCount: sql`(select c.total_msg_count from ${channels} c where c.id = ${channelMembers.channelId})`,
      msgCountRoot: sql`(select c.total_msg_count_root from ${channels} c where c.id = ${channelMembers.channelId})`,
      mentionCount: 0,
      mentionCountRoot: 0,
      urgentMentionCount: 0,
    })
    .where(and(eq(channelMembers.userId, userId), inArray(channelMembers.channelId, teamChannelIds)))
    .returning({ channelId: channelMembers.channelId });
  return rows.map((r) => r.channelId);
}

// --- leaving and deleting -------------------------------------------------------------------------

/** Removes the user from every channel of the team (archived ones included). */
export async function removeUserFromTeamChannels(db: DbOrTx, teamId: string, userId: string): Promise<ChannelMemberRow[]> {
  const teamChannelIds = db.select({ id: channels.id }).from(channels).where(eq(channels.teamId, teamId));
  return db
    .delete(channelMembers)
    .where(and(eq(channelMembers.userId, userId), inArray(channelMembers.channelId, teamChannelIds)))
    .returning();
}

/** Mattermost's ClearSidebarOnTeamLeave: the user's categories in the team and what they hold. */
export async function clearSidebarForTeam(db: DbOrTx, userId: string, teamId: string): Promise<void> {
  const categoryIds = db
    .select({ id: sidebarCategories.id })
    .from(sidebarCategories)
    .where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.teamId, teamId)));
  await db.delete(sidebarChannels).where(inArray(sidebarChannels.categoryId, categoryIds));
  await db.delete(sidebarCategories).where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.teamId, teamId)));
}

/** Deletes the team and everything that hangs off it: channels, memberships, sidebar rows. */
export async function permanentlyDeleteTeam(db: DbOrTx, teamId: string): Promise<void> {
  const teamChannelIds = db.select({ id: channels.id }).from(channels).where(eq(channels.teamId, teamId));
  const categoryIds = db.select({ id: sidebarCategories.id }).from(sidebarCategories).where(eq(sidebarCategories.teamId, teamId));
  await db.delete(channelMembers).where(inArray(channelMembers.channelId, teamChannelIds));
  await db.delete(sidebarChannels).where(or(inArray(sidebarChannels.categoryId, categoryIds), inArray(sidebarChannels.channelId, teamChannelIds)));
  await db.delete(sidebarCategories).where(eq(sidebarCategories.teamId, teamId));
  await db.delete(channels).where(eq(channels.teamId, teamId));
  await db.delete(teamMembers).where(eq(teamMembers.teamId, teamId));
  await db.delete(teams).where(eq(teams.id, teamId));
}

/** Mattermost's Preference DeleteCategory: the user's preferences filed under the team's id. */
export async function deletePreferenceCategory(db: DbOrTx, userId: string, category: string): Promise<void> {
  await db.delete(preferences).where(and(eq(preferences.userId, userId), eq(preferences.category, category)));
}

export async function deleteTokensOfType(db: DbOrTx, type: string): Promise<void> {
  await db.delete(tokens).where(eq(tokens.type, type));
}
