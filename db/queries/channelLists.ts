/**
 * Channel queries beyond the shared ones: the lists, searches and counts of the channels API,
 * direct and group channel lookups, and the row changes of archive / restore / move / delete.
 * SQL only; who may see what is decided by the caller (app/channels, handlers/channels).
 */
import { and, asc, count, eq, gt, gte, inArray, isNull, ne, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { isValidId } from '../../server/ids';
import {
  channelMembers,
  channels,
  fileInfo,
  incomingWebhooks,
  outgoingWebhooks,
  posts,
  reactions,
  sidebarChannels,
  teamMembers,
  teams,
  threadMemberships,
  threads,
  users,
  type ChannelRow,
  type NewChannelRow,
  type TeamRow,
  type UserRow,
} from '../schema';

/** Mattermost's limit on autocomplete and group-channel search results. */
export const CHANNEL_SEARCH_DEFAULT_LIMIT = 50;

export interface ChannelWithTeamRow {
  channel: ChannelRow;
  teamDisplayName: string;
  teamName: string;
  teamUpdateAt: number;
}

// --- search terms --------------------------------------------------------------------------------

/** Escapes LIKE wildcards with `*` (Mattermost's sanitizeSearchTerm with `*`). */
function likeTerm(term: string): string | null {
  const escaped = term.replaceAll('*', '**').replaceAll('%', '*%').replaceAll('_', '*_');
  return escaped === '' ? null : `%${escaped.toLowerCase()}%`;
}

/** The words of a term as a prefix-matching full-text query (`word:* & word:*`). */
function fulltextQuery(term: string): string | null {
  const words = term
    .replace(/[^\p{L}\p{N}_.]+/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[._]+|[._]+$/g, ''))
    .filter(Boolean);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** No stored text holds a NUL character, so a term with one matches nothing. */
const matchesNothing = (term: string) => term.includes('\0');

/** Name, display name or purpose matching the term by substring or by word prefixes. */
function searchClause(term: string): SQL | undefined {
  if (matchesNothing(term)) return sql`false`;
  const like = likeTerm(term);
  if (!like) return undefined;
  const parts: SQL[] = [
    sql`lower(${channels.name}) like ${like} escape '*'`,
    sql`lower(${channels.displayName}) like ${like} escape '*'`,
    sql`lower(${channels.purpose}) like ${like} escape '*'`,
  ];
  const fulltext = fulltextQuery(term);
  if (fulltext) {
    parts.push(
      sql`to_tsvector('english', ${channels.name} || ' ' || ${channels.displayName} || ' ' || ${channels.purpose}) @@ to_tsquery('english', ${fulltext})`,
    );
  }
  return or(...parts);
}

/** Display names containing the term first, then alphabetical (Mattermost's orderByDisplayNameMatch). */
function displayNameMatchOrder(term: string): SQL[] {
  const like = matchesNothing(term) ? null : likeTerm(term);
  if (!like) return [asc(channels.displayName)];
  return [sql`case when lower(${channels.displayName}) like ${like} escape '*' then 0 else 1 end`, asc(channels.displayName)];
}

const memberChannelIds = (userId: string) =>
  sql`(select ${channelMembers.channelId} from ${channelMembers} where ${channelMembers.userId} = ${userId})`;

/** Visible to this user in a team listing: members only for guests, else public or private-and-member. */
function visibleToUser(userId: string, isGuest: boolean): SQL {
  const member = sql`${channels.id} in ${memberChannelIds(userId)}`;
  if (isGuest) return member;
  return or(ne(channels.type, 'P'), member)!;
}

// --- single channels -----------------------------------------------------------------------------

/** A channel by name in a team, or a direct/group channel (team ''), as Mattermost's GetByName. */
export async function findChannelByNameForTeam(
  db: DbOrTx,
  teamId: string,
  name: string,
  includeDeleted: boolean,
): Promise<ChannelRow | undefined> {
  const [row] = await db
    .select()
    .from(channels)
    .where(
      and(
        eq(channels.name, name),
        or(eq(channels.teamId, teamId), eq(channels.teamId, '')),
        includeDeleted ? undefined : eq(channels.deleteAt, 0),
      ),
    )
    .orderBy(asc(channels.deleteAt))
    .limit(1);
  return row;
}

/** Inserts the channel unless (team, name) is taken; returns the new row, or undefined on conflict. */
export async function insertChannelIfAbsent(db: DbOrTx, row: NewChannelRow): Promise<ChannelRow | undefined> {
  const [inserted] = await db.insert(channels).values(row).onConflictDoNothing({ target: [channels.name, channels.teamId] }).returning();
  return inserted;
}

/** Channels of a team that are not direct messages, archived included (Mattermost's GetTeamChannels). */
export async function countTeamChannels(db: DbOrTx, teamId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(channels)
    .where(and(eq(channels.teamId, teamId), ne(channels.type, 'D')));
  return Number(row.n);
}

export async function setChannelDeleteAt(db: DbOrTx, id: string, deleteAt: number, updateAt: number): Promise<ChannelRow | undefined> {
  const [row] = await db.update(channels).set({ deleteAt, updateAt }).where(eq(channels.id, id)).returning();
  return row;
}

/**
 * Removes the channel for good with what belongs to it: memberships, sidebar placements, posts,
 * threads and their memberships, reactions, and its webhooks (Mattermost's PermanentDeleteChannel).
 */
export async function permanentlyDeleteChannel(db: DbOrTx, id: string): Promise<void> {
  await db.delete(threadMemberships).where(sql`${threadMemberships.postId} in (select ${threads.postId} from ${threads} where ${threads.channelId} = ${id})`);
  await db.delete(threads).where(eq(threads.channelId, id));
  await db.delete(reactions).where(eq(reactions.channelId, id));
  await db.delete(posts).where(eq(posts.channelId, id));
  await db.delete(incomingWebhooks).where(eq(incomingWebhooks.channelId, id));
  await db.delete(outgoingWebhooks).where(eq(outgoingWebhooks.channelId, id));
  await db.delete(channelMembers).where(eq(channelMembers.channelId, id));
  await db.delete(sidebarChannels).where(eq(sidebarChannels.channelId, id));
  await db.delete(channels).where(eq(channels.id, id));
}

/** Archives the channel's incoming and outgoing webhooks, as archiving the channel does. */
export async function deleteChannelWebhooks(db: DbOrTx, channelId: string, at: number): Promise<void> {
  await db.update(incomingWebhooks).set({ deleteAt: at, updateAt: at }).where(and(eq(incomingWebhooks.channelId, channelId), eq(incomingWebhooks.deleteAt, 0)));
  await db.update(outgoingWebhooks).set({ deleteAt: at, updateAt: at }).where(and(eq(outgoingWebhooks.channelId, channelId), eq(outgoingWebhooks.deleteAt, 0)));
}

/** Points the channel's threads and webhooks at its new team (after a move). */
export async function retargetChannelTeam(db: DbOrTx, channelId: string, teamId: string): Promise<void> {
  await db.update(threads).set({ teamId }).where(eq(threads.channelId, channelId));
  await db.update(incomingWebhooks).set({ teamId }).where(eq(incomingWebhooks.channelId, channelId));
  await db.update(outgoingWebhooks).set({ teamId }).where(eq(outgoingWebhooks.channelId, channelId));
}

/** Pinned live posts of the channel. */
export async function countPinnedPosts(db: DbOrTx, channelId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(posts)
    .where(and(eq(posts.channelId, channelId), eq(posts.isPinned, true), eq(posts.deleteAt, 0)));
  return Number(row.n);
}

/** Live files attached to posts of the channel. */
export async function countChannelFiles(db: DbOrTx, channelId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fileInfo)
    .where(and(eq(fileInfo.channelId, channelId), eq(fileInfo.deleteAt, 0), ne(fileInfo.postId, '')));
  return Number(row.n);
}

/** Drops the channel from every sidebar category (its categories belong to its former team). */
export async function deleteSidebarPlacements(db: DbOrTx, channelId: string): Promise<void> {
  await db.delete(sidebarChannels).where(eq(sidebarChannels.channelId, channelId));
}

/** Removes memberships of deactivated users. */
export async function removeDeactivatedMembers(db: DbOrTx, channelId: string): Promise<void> {
  await db
    .delete(channelMembers)
    .where(
      and(
        eq(channelMembers.channelId, channelId),
        sql`${channelMembers.userId} in (select ${users.id} from ${users} where ${users.deleteAt} <> 0)`,
      ),
    );
}

/** User ids of channel members who are not active members of the team. */
export async function memberIdsOutsideTeam(db: DbOrTx, channelId: string, teamId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: channelMembers.userId })
    .from(channelMembers)
    .where(
      and(
        eq(channelMembers.channelId, channelId),
        sql`${channelMembers.userId} not in (select ${teamMembers.userId} from ${teamMembers} where ${teamMembers.teamId} = ${teamId} and ${teamMembers.deleteAt} = 0)`,
      ),
    );
  return rows.map((r) => r.userId);
}

export async function removeChannelMembers(db: DbOrTx, channelId: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.delete(channelMembers).where(and(eq(channelMembers.channelId, channelId), inArray(channelMembers.userId, userIds)));
  await db.delete(sidebarChannels).where(and(eq(sidebarChannels.channelId, channelId), inArray(sidebarChannels.userId, userIds)));
  await db
    .delete(threadMemberships)
    .where(
      and(
        inArray(threadMemberships.userId, userIds),
        sql`${threadMemberships.postId} in (select ${threads.postId} from ${threads} where ${threads.channelId} = ${channelId})`,
      ),
    );
}

// --- team listings -------------------------------------------------------------------------------

export async function listTeamChannelsOfType(
  db: DbOrTx,
  teamId: string,
  type: 'O' | 'P',
  offset: number,
  limit: number,
): Promise<ChannelRow[]> {
  return db
    .select()
    .from(channels)
    .where(and(eq(channels.teamId, teamId), eq(channels.type, type), eq(channels.deleteAt, 0)))
    .orderBy(asc(channels.displayName), asc(channels.id))
    .limit(limit)
    .offset(offset);
}

/**
 * Archived channels of the team (and archived direct/group ones): public ones, plus private
 * ones the user belongs to unless the membership check is skipped (Mattermost's GetDeleted).
 */
export async function listDeletedChannels(
  db: DbOrTx,
  teamId: string,
  userId: string,
  skipMembershipCheck: boolean,
  offset: number,
  limit: number,
): Promise<ChannelRow[]> {
  return db
    .select()
    .from(channels)
    .where(
      and(
        or(eq(channels.teamId, teamId), eq(channels.teamId, '')),
        ne(channels.deleteAt, 0),
        skipMembershipCheck
          ? undefined
          : or(eq(channels.type, 'O'), and(eq(channels.type, 'P'), sql`${channels.id} in ${memberChannelIds(userId)}`)),
      ),
    )
    .orderBy(asc(channels.displayName), asc(channels.id))
    .limit(limit)
    .offset(offset);
}

export async function listPublicChannelsByIds(db: DbOrTx, teamId: string, ids: string[]): Promise<ChannelRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(channels)
    .where(and(eq(channels.teamId, teamId), eq(channels.type, 'O'), eq(channels.deleteAt, 0), inArray(channels.id, ids)))
    .orderBy(asc(channels.displayName), asc(channels.id));
}

/** Public channels of the team matching the term, archived included when asked (SearchInTeam). */
export async function searchPublicChannelsInTeam(db: DbOrTx, teamId: string, term: string, includeDeleted: boolean): Promise<ChannelRow[]> {
  return db
    .select()
    .from(channels)
    .where(and(eq(channels.teamId, teamId), eq(channels.type, 'O'), includeDeleted ? undefined : eq(channels.deleteAt, 0), searchClause(term)))
    .orderBy(asc(channels.displayName), asc(channels.id))
    .limit(100);
}

/** Public channels of the team the user belongs to, matching the term (SearchForUserInTeam). */
export async function searchMemberPublicChannelsInTeam(
  db: DbOrTx,
  userId: string,
  teamId: string,
  term: string,
  includeDeleted: boolean,
): Promise<ChannelRow[]> {
  return db
    .select()
    .from(channels)
    .where(
      and(
        eq(channels.teamId, teamId),
        eq(channels.type, 'O'),
        sql`${channels.id} in ${memberChannelIds(userId)}`,
        includeDeleted ? undefined : eq(channels.deleteAt, 0),
        searchClause(term),
      ),
    )
    .orderBy(asc(channels.displayName), asc(channels.id))
    .limit(100);
}

/** Archived public channels of the team, then archived private ones the user belongs to. */
export async function searchArchivedChannelsInTeam(db: DbOrTx, teamId: string, term: string, userId: string): Promise<ChannelRow[]> {
  const base = and(eq(channels.teamId, teamId), ne(channels.deleteAt, 0), searchClause(term));
  const open = await db
    .select()
    .from(channels)
    .where(and(base, ne(channels.type, 'P')))
    .orderBy(asc(channels.displayName), asc(channels.id))
    .limit(100);
  const closed = await db
    .select()
    .from(channels)
    .where(and(base, eq(channels.type, 'P'), sql`${channels.id} in ${memberChannelIds(userId)}`))
    .orderBy(asc(channels.displayName), asc(channels.id))
    .limit(100);
  return [...open, ...closed];
}

export interface AutocompleteFilters {
  privateOnly?: boolean;
  excludeGroupConstrained?: boolean;
}

/** Team channels the user may see whose name matches, archived included (AutocompleteInTeam). */
export async function autocompleteChannelsInTeam(
  db: DbOrTx,
  teamId: string,
  userId: string,
  term: string,
  isGuest: boolean,
  filters: AutocompleteFilters = {},
): Promise<ChannelRow[]> {
  return db
    .select()
    .from(channels)
    .where(
      and(
        eq(channels.teamId, teamId),
        visibleToUser(userId, isGuest),
        searchClause(term),
        filters.privateOnly ? and(eq(channels.type, 'P'), or(isNull(channels.shared), eq(channels.shared, false))) : undefined,
        filters.excludeGroupConstrained ? or(isNull(channels.groupConstrained), eq(channels.groupConstrained, false)) : undefined,
      ),
    )
    .orderBy(...displayNameMatchOrder(term), asc(channels.id))
    .limit(CHANNEL_SEARCH_DEFAULT_LIMIT);
}

/** Channels of every team the user is an active member of, with team data (Autocomplete). */
export async function autocompleteChannelsAcrossTeams(db: DbOrTx, userId: string, term: string, isGuest: boolean): Promise<ChannelWithTeamRow[]> {
  return db
    .select({ channel: channels, teamDisplayName: teams.displayName, teamName: teams.name, teamUpdateAt: teams.updateAt })
    .from(channels)
    .innerJoin(teams, eq(teams.id, channels.teamId))
    .innerJoin(teamMembers, and(eq(teamMembers.teamId, teams.id), eq(teamMembers.userId, userId), eq(teamMembers.deleteAt, 0)))
    .where(and(visibleToUser(userId, isGuest), searchClause(term)))
    .orderBy(...displayNameMatchOrder(term), asc(channels.id))
    .limit(CHANNEL_SEARCH_DEFAULT_LIMIT);
}

/**
 * For the search box: the user's channels of the team and group channels matching the term,
 * plus the user's direct channels whose other member's username or nickname matches (shown
 * with that username as display name); sorted by display name (AutocompleteInTeamForSearch).
 */
export async function autocompleteChannelsForSearch(db: DbOrTx, teamId: string, userId: string, term: string): Promise<ChannelRow[]> {
  const own = await db
    .select()
    .from(channels)
    .where(
      and(
        sql`${channels.id} in ${memberChannelIds(userId)}`,
        or(eq(channels.teamId, teamId), and(eq(channels.teamId, ''), eq(channels.type, 'G'))),
        searchClause(term),
      ),
    )
    .orderBy(asc(channels.id))
    .limit(50);
  if (matchesNothing(term)) return own;
  const like = likeTerm(term);
  const others = await db
    .select({ channel: channels, username: users.username })
    .from(channels)
    .innerJoin(channelMembers, and(eq(channelMembers.channelId, channels.id), ne(channelMembers.userId, userId)))
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(
      and(
        eq(channels.type, 'D'),
        sql`${channels.id} in ${memberChannelIds(userId)}`,
        like ? or(sql`lower(${users.username}) like ${like} escape '*'`, sql`lower(${users.nickname}) like ${like} escape '*'`) : undefined,
      ),
    )
    .orderBy(asc(channels.id))
    .limit(50);
  const direct = others.map((r) => ({ ...r.channel, displayName: r.username }));
  return [...own, ...direct].sort((a, b) => {
    const x = a.displayName.toLowerCase();
    const y = b.displayName.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

// --- system-wide listings ------------------------------------------------------------------------

export interface AllChannelsOptions {
  includeDeleted: boolean;
  excludeNames: string[];
  offset: number;
  limit: number;
}

function allChannelsWhere(opts: { includeDeleted: boolean; excludeNames: string[] }): SQL | undefined {
  return and(
    inArray(channels.type, ['O', 'P']),
    opts.includeDeleted ? undefined : eq(channels.deleteAt, 0),
    opts.excludeNames.length ? notInArray(channels.name, opts.excludeNames) : undefined,
  );
}

/** Public and private channels of every team, with team data (Mattermost's GetAllChannels). */
export async function listAllChannels(db: DbOrTx, opts: AllChannelsOptions): Promise<ChannelWithTeamRow[]> {
  return db
    .select({ channel: channels, teamDisplayName: teams.displayName, teamName: teams.name, teamUpdateAt: teams.updateAt })
    .from(channels)
    .innerJoin(teams, eq(teams.id, channels.teamId))
    .where(allChannelsWhere(opts))
    .orderBy(asc(channels.displayName), asc(teams.displayName), asc(channels.id))
    .limit(opts.limit)
    .offset(opts.offset);
}

export async function countAllChannels(db: DbOrTx, opts: { includeDeleted: boolean; excludeNames: string[] }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(channels).where(allChannelsWhere(opts));
  return Number(row.n);
}

export interface SearchAllOptions {
  term: string;
  teamIds: string[];
  excludeNames: string[];
  includeDeleted: boolean;
  deleted: boolean;
  public: boolean;
  private: boolean;
  groupConstrained: boolean;
  excludeGroupConstrained: boolean;
  includeSearchById: boolean;
  /** Both set: paginated. */
  page?: number;
  perPage?: number;
}

function searchAllWhere(opts: SearchAllOptions): SQL | undefined {
  const byTerm = searchClause(opts.term);
  const like = matchesNothing(opts.term) ? null : likeTerm(opts.term);
  let typeFilter: SQL;
  if (opts.public && !opts.private) typeFilter = eq(channels.type, 'O');
  else if (opts.private && !opts.public) typeFilter = eq(channels.type, 'P');
  else typeFilter = inArray(channels.type, ['O', 'P']);
  return and(
    opts.deleted ? ne(channels.deleteAt, 0) : opts.includeDeleted ? undefined : eq(channels.deleteAt, 0),
    byTerm && opts.includeSearchById && like ? or(byTerm, sql`lower(${channels.id}) like ${like} escape '*'`) : byTerm,
    opts.excludeNames.length ? notInArray(channels.name, opts.excludeNames) : undefined,
    opts.teamIds.length ? (opts.teamIds.some(isValidId) ? inArray(channels.teamId, opts.teamIds.filter(isValidId)) : sql`false`) : undefined,
    opts.groupConstrained
      ? eq(channels.groupConstrained, true)
      : opts.excludeGroupConstrained
        ? or(isNull(channels.groupConstrained), not(eq(channels.groupConstrained, true)))
        : undefined,
    typeFilter,
  );
}

/** The System Console's channel search (Mattermost's SearchAllChannels) and its total. */
export async function searchAllChannels(db: DbOrTx, opts: SearchAllOptions): Promise<{ rows: ChannelWithTeamRow[]; total: number }> {
  const paginated = opts.page !== undefined && opts.perPage !== undefined;
  const limit = opts.perPage ?? 100;
  const rows = await db
    .select({ channel: channels, teamDisplayName: teams.displayName, teamName: teams.name, teamUpdateAt: teams.updateAt })
    .from(channels)
    .innerJoin(teams, eq(teams.id, channels.teamId))
    .where(searchAllWhere(opts))
    .orderBy(asc(channels.displayName), asc(teams.displayName), asc(channels.id))
    .limit(limit)
    .offset(paginated ? opts.page! * opts.perPage! : 0);
  if (!paginated) return { rows, total: rows.length };
  const [row] = await db
    .select({ n: count() })
    .from(channels)
    .innerJoin(teams, eq(teams.id, channels.teamId))
    .where(searchAllWhere(opts));
  return { rows, total: Number(row.n) };
}

// --- a user's channels ---------------------------------------------------------------------------

/**
 * The user's channels in a team plus their direct and group channels, by display name
 * (Mattermost's GetChannels): archived ones when asked, from `lastDeleteAt` on when given.
 */
export async function listChannelsForTeamForUser(
  db: DbOrTx,
  teamId: string,
  userId: string,
  includeDeleted: boolean,
  lastDeleteAt: number,
): Promise<ChannelRow[]> {
  let deleted: SQL | undefined;
  if (!includeDeleted) deleted = eq(channels.deleteAt, 0);
  else if (lastDeleteAt !== 0) deleted = or(eq(channels.deleteAt, 0), gte(channels.deleteAt, lastDeleteAt));
  return db
    .select()
    .from(channels)
    .where(and(sql`${channels.id} in ${memberChannelIds(userId)}`, or(eq(channels.teamId, teamId), eq(channels.teamId, '')), deleted))
    .orderBy(asc(channels.displayName), asc(channels.id));
}

/**
 * Every channel of the user across teams, by id (Mattermost's GetChannelsByUser): without
 * archived channels or channels of deleted teams unless asked.
 */
export async function listChannelsForUser(
  db: DbOrTx,
  userId: string,
  includeDeleted: boolean,
  lastDeleteAt: number,
  afterId: string,
  pageSize: number,
): Promise<ChannelRow[]> {
  let filter: SQL | undefined;
  if (!includeDeleted) {
    filter = and(eq(channels.deleteAt, 0), or(isNull(teams.id), eq(teams.deleteAt, 0)));
  } else if (lastDeleteAt !== 0) {
    filter = and(
      or(eq(channels.deleteAt, 0), gte(channels.deleteAt, lastDeleteAt)),
      or(isNull(teams.id), eq(teams.deleteAt, 0), gte(teams.deleteAt, lastDeleteAt)),
    );
  }
  const rows = await db
    .select({ channel: channels })
    .from(channels)
    .innerJoin(channelMembers, and(eq(channelMembers.channelId, channels.id), eq(channelMembers.userId, userId)))
    .leftJoin(teams, eq(teams.id, channels.teamId))
    .where(and(afterId ? gt(channels.id, afterId) : undefined, filter))
    .orderBy(asc(channels.id))
    .limit(pageSize);
  return rows.map((r) => r.channel);
}

// --- counts and members --------------------------------------------------------------------------

/** Members who are active users, and among them guests. */
export async function countChannelMembers(db: DbOrTx, channelId: string): Promise<{ members: number; guests: number }> {
  const [row] = await db
    .select({
      members: count(),
      guests: sql<number>`count(*) filter (where ${channelMembers.schemeGuest})`,
    })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(and(eq(channelMembers.channelId, channelId), eq(users.deleteAt, 0)));
  return { members: Number(row.members), guests: Number(row.guests) };
}

/** Active-user member counts per channel, 0 for channels without members. */
export async function countMembersOfChannels(db: DbOrTx, channelIds: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(channelIds.map((id) => [id, 0]));
  if (channelIds.length === 0) return out;
  const rows = await db
    .select({ channelId: channelMembers.channelId, n: count() })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(and(inArray(channelMembers.channelId, channelIds), eq(users.deleteAt, 0)))
    .groupBy(channelMembers.channelId);
  for (const r of rows) out[r.channelId] = Number(r.n);
  return out;
}

/** The timezone settings of every member. */
export async function memberTimezones(db: DbOrTx, channelId: string): Promise<Record<string, string>[]> {
  const rows = await db
    .select({ timezone: users.timezone })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(eq(channelMembers.channelId, channelId))
    .orderBy(asc(users.id));
  return rows.map((r) => r.timezone ?? {});
}

/** Active members of a channel, by username (at most `limit`). */
export async function activeMembersOfChannel(db: DbOrTx, channelId: string, limit: number): Promise<UserRow[]> {
  const rows = await db
    .select({ user: users })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(and(eq(channelMembers.channelId, channelId), eq(users.deleteAt, 0)))
    .orderBy(asc(users.username))
    .limit(limit);
  return rows.map((r) => r.user);
}

/** Every member of a channel (deactivated ones too), by username. */
export async function usersOfChannel(db: DbOrTx, channelId: string): Promise<UserRow[]> {
  const rows = await db
    .select({ user: users })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(eq(channelMembers.channelId, channelId))
    .orderBy(asc(users.username));
  return rows.map((r) => r.user);
}

/** Active, non-bot members of a live channel, by username, with their membership flags. */
export async function channelMembersPage(
  db: DbOrTx,
  channelId: string,
  offset: number,
  limit: number,
): Promise<{ rows: { user: UserRow; schemeGuest: boolean; schemeUser: boolean; schemeAdmin: boolean }[]; total: number }> {
  const where = and(eq(channelMembers.channelId, channelId), eq(users.deleteAt, 0), eq(users.isBot, false), eq(channels.deleteAt, 0));
  const rows = await db
    .select({ user: users, schemeGuest: channelMembers.schemeGuest, schemeUser: channelMembers.schemeUser, schemeAdmin: channelMembers.schemeAdmin })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(where);
  return { rows, total: Number(total.n) };
}

/** Whether the user belongs to any of the given channels. */
export async function userInAnyChannelOf(db: DbOrTx, userId: string, viewerId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(channelMembers)
    .where(and(eq(channelMembers.userId, userId), sql`${channelMembers.channelId} in ${memberChannelIds(viewerId)}`));
  return Number(row.n) > 0;
}

/** Whether the user is an active member of any of the teams. */
export async function userInAnyTeam(db: DbOrTx, userId: string, teamIds: string[]): Promise<boolean> {
  if (teamIds.length === 0) return false;
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .where(and(eq(teamMembers.userId, userId), inArray(teamMembers.teamId, teamIds), eq(teamMembers.deleteAt, 0)));
  return Number(row.n) > 0;
}

/** Live teams every one of the users is an active member of. */
export async function commonTeamIds(db: DbOrTx, userIds: string[]): Promise<string[]> {
  const distinct = [...new Set(userIds)];
  if (distinct.length === 0) return [];
  const rows = await db
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(inArray(teamMembers.userId, distinct), eq(teamMembers.deleteAt, 0), eq(teams.deleteAt, 0)))
    .groupBy(teamMembers.teamId)
    .having(sql`count(${teamMembers.userId}) = ${distinct.length}`);
  return rows.map((r) => r.teamId);
}

export async function getTeamsOrdered(db: DbOrTx, ids: string[]): Promise<TeamRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(teams).where(inArray(teams.id, ids)).orderBy(asc(teams.displayName), asc(teams.id));
}

export async function getUsersByIds(db: DbOrTx, ids: string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids));
}

/**
 * The user's group channels whose members' usernames (joined with ', ') contain every word of
 * the term (Mattermost's SearchGroupChannels).
 */
export async function searchGroupChannels(db: DbOrTx, userId: string, term: string): Promise<ChannelRow[]> {
  const words = term.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || matchesNothing(term)) return [];
  const agg = sql`array_to_string(array_agg(${users.username}), ', ')`;
  const having = and(
    ...words.map((w) => sql`${agg} like ${`%${w.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`}`),
  );
  const matching = db
    .select({ id: channelMembers.channelId })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(sql`${channelMembers.channelId} in (select ${channels.id} from ${channels} where ${channels.type} = 'G' and ${channels.id} in ${memberChannelIds(userId)})`)
    .groupBy(channelMembers.channelId)
    .having(having)
    .limit(CHANNEL_SEARCH_DEFAULT_LIMIT);
  return db.select().from(channels).where(inArray(channels.id, matching)).orderBy(asc(channels.displayName), asc(channels.id));
}

/** Live channels of a team (or of any team when teamId is '') with these names. */
export async function liveChannelsByNames(db: DbOrTx, teamId: string, names: string[]): Promise<ChannelRow[]> {
  if (names.length === 0) return [];
  return db
    .select()
    .from(channels)
    .where(and(inArray(channels.name, names), eq(channels.deleteAt, 0), teamId ? eq(channels.teamId, teamId) : undefined));
}
