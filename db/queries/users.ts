import { and, asc, count, countDistinct, desc, eq, gt, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { param, prepared } from '../prepared';
import { channelMembers, channels, status, teamMembers, teams, users, type NewUserRow, type UserRow } from '../schema';

export async function insertUser(db: DbOrTx, row: NewUserRow): Promise<UserRow> {
  const [inserted] = await db.insert(users).values(row).returning();
  return inserted;
}

const userById = prepared((db) => db.select().from(users).where(eq(users.id, param('id'))).limit(1).prepare('user_by_id'));

export async function getUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await userById(db).execute({ id });
  return row;
}

export async function getUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  return row;
}

export async function getUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row.n);
}

export async function updateUserFields(db: DbOrTx, id: string, fields: Partial<NewUserRow>): Promise<void> {
  await db.update(users).set(fields).where(eq(users.id, id));
}

/** Updates and returns the row (undefined when the user does not exist). */
export async function updateUserReturning(db: DbOrTx, id: string, fields: Partial<NewUserRow>): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(fields).where(eq(users.id, id)).returning();
  return row;
}

export async function recordFailedLogin(db: DbOrTx, id: string): Promise<void> {
  await db.update(users).set({ failedAttempts: sql`${users.failedAttempts} + 1` }).where(eq(users.id, id));
}

/** The users with these ids (in no particular order); `since` keeps those updated after it. */
export async function getUsersByIds(db: DbOrTx, ids: string[], opts: { since?: number; restrict?: SQL } = {}): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  const conds: SQL[] = [inArray(users.id, ids)];
  if (opts.since !== undefined) conds.push(gt(users.updateAt, opts.since));
  if (opts.restrict) conds.push(opts.restrict);
  return db.select().from(users).where(and(...conds));
}

export async function getUsersByUsernames(db: DbOrTx, usernames: string[], restrict?: SQL): Promise<UserRow[]> {
  if (usernames.length === 0) return [];
  const conds: SQL[] = [inArray(users.username, usernames.map((u) => u.toLowerCase()))];
  if (restrict) conds.push(restrict);
  return db.select().from(users).where(and(...conds)).orderBy(asc(users.username));
}

// --- listing and searching ----------------------------------------------------------------------

/** Mattermost's ViewUsersRestrictions: null means unrestricted. */
export interface ViewRestrictions {
  teams: string[];
  channels: string[];
}

export type UserSort = '' | 'last_activity_at' | 'create_at' | 'status' | 'admin';

export interface UserFilter {
  inTeam?: string;
  notInTeam?: string;
  inChannel?: string;
  notInChannel?: string;
  withoutTeam?: boolean;
  /** only active (delete_at = 0) */
  active?: boolean;
  /** only deactivated */
  inactive?: boolean;
  /** `role` query parameter: users whose roles contain it */
  role?: string;
  roles?: string[];
  teamRoles?: string[];
  channelRoles?: string[];
  includeBots?: boolean;
  restrictions?: ViewRestrictions | null;
  /** search: every word must prefix-match one of the searchable fields */
  term?: string;
  allowEmails?: boolean;
  allowFullNames?: boolean;
}

export interface UserListOptions extends UserFilter {
  sort?: UserSort;
  offset?: number;
  limit?: number;
}

const tmActive = (teamId: string) =>
  sql`exists (select 1 from ${teamMembers} tm where tm.user_id = ${users.id} and tm.team_id = ${teamId} and tm.delete_at = 0)`;
const cmIn = (channelId: string) =>
  sql`exists (select 1 from ${channelMembers} cm where cm.user_id = ${users.id} and cm.channel_id = ${channelId})`;

/** The restriction of Mattermost's applyViewRestrictionsFilter as a condition on users. */
export function restrictionCondition(r: ViewRestrictions | null | undefined): SQL | undefined {
  if (!r) return undefined;
  if (r.teams.length === 0 && r.channels.length === 0) return sql`false`;
  const parts: SQL[] = [];
  if (r.teams.length) {
    parts.push(
      sql`exists (select 1 from ${teamMembers} tm where tm.user_id = ${users.id} and tm.delete_at = 0 and tm.team_id in (${sql.join(
        r.teams.map((t) => sql`${t}`),
        sql`, `,
      )}))`,
    );
  }
  if (r.channels.length) {
    parts.push(
      sql`exists (select 1 from ${channelMembers} cm where cm.user_id = ${users.id} and cm.channel_id in (${sql.join(
        r.channels.map((c) => sql`${c}`),
        sql`, `,
      )}))`,
    );
  }
  return or(...parts);
}

const SYSTEM_ROLE_LIKE = new Set(['system_guest', 'system_admin', 'system_user_manager', 'system_read_only_admin', 'system_manager']);

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Mattermost's applyMultiRoleFilters: one OR over system, team and channel role filters. */
function multiRoleCondition(f: UserFilter): SQL | undefined {
  const ors: SQL[] = [];
  for (const role of f.roles ?? []) {
    if (role === 'system_user') ors.push(sql`${users.roles} = ${role}`);
    else if (SYSTEM_ROLE_LIKE.has(role)) ors.push(sql`${users.roles} like ${`%${likeEscape(role)}%`}`);
  }
  const notGuest = sql`${users.roles} not like '%system_guest%'`;
  if (f.inTeam) {
    const tm = (cond: SQL) =>
      sql`exists (select 1 from ${teamMembers} tm where tm.user_id = ${users.id} and tm.team_id = ${f.inTeam} and tm.delete_at = 0 and ${cond})`;
    for (const role of f.teamRoles ?? []) {
      if (role === 'team_admin') ors.push(and(tm(sql`tm.scheme_admin = true`), notGuest)!);
      else if (role === 'team_user') ors.push(and(tm(sql`tm.scheme_user = true and tm.scheme_admin = false`), notGuest)!);
      else if (role === 'team_guest') ors.push(tm(sql`tm.scheme_guest = true`));
    }
  }
  if (f.inChannel) {
    const cm = (cond: SQL) =>
      sql`exists (select 1 from ${channelMembers} cm where cm.user_id = ${users.id} and cm.channel_id = ${f.inChannel} and ${cond})`;
    for (const role of f.channelRoles ?? []) {
      if (role === 'channel_admin') ors.push(and(cm(sql`cm.scheme_admin = true`), notGuest)!);
      else if (role === 'channel_user') ors.push(and(cm(sql`cm.scheme_user = true and cm.scheme_admin = false`), notGuest)!);
      else if (role === 'channel_guest') ors.push(cm(sql`cm.scheme_guest = true`));
    }
  }
  return ors.length ? or(...ors) : undefined;
}

/** Each word must prefix-match (case-insensitively) one of the fields the viewer may search. */
function termCondition(f: UserFilter): SQL | undefined {
  const words = (f.term ?? '')
    .replace(/[*%]/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^@/, '').toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const fields: SQL[] = [sql`lower(${users.username})`, sql`lower(${users.nickname})`];
  if (f.allowFullNames) fields.push(sql`lower(${users.firstName})`, sql`lower(${users.lastName})`);
  if (f.allowEmails) fields.push(sql`lower(${users.email})`);
  return and(...words.map((w) => or(...fields.map((field) => sql`${field} like ${`${likeEscape(w)}%`}`))!));
}

function filterConditions(f: UserFilter): SQL[] {
  const conds: SQL[] = [];
  if (f.inTeam) conds.push(tmActive(f.inTeam));
  if (f.notInTeam) conds.push(sql`not ${tmActive(f.notInTeam)}`, eq(users.deleteAt, 0));
  if (f.inChannel) conds.push(cmIn(f.inChannel));
  if (f.notInChannel) conds.push(sql`not ${cmIn(f.notInChannel)}`, eq(users.deleteAt, 0));
  if (f.withoutTeam) {
    conds.push(sql`not exists (select 1 from ${teamMembers} tm where tm.user_id = ${users.id} and tm.delete_at = 0)`);
  }
  if (f.inactive) conds.push(ne(users.deleteAt, 0));
  else if (f.active) conds.push(eq(users.deleteAt, 0));
  if (f.role) conds.push(sql`${users.roles} like ${`%${likeEscape(f.role)}%`}`);
  const roleCond = multiRoleCondition(f);
  if (roleCond) conds.push(roleCond);
  if (f.includeBots === false) conds.push(eq(users.isBot, false));
  const restrict = restrictionCondition(f.restrictions);
  if (restrict) conds.push(restrict);
  const term = termCondition(f);
  if (term) conds.push(term);
  return conds;
}

export async function listUsers(db: DbOrTx, o: UserListOptions): Promise<UserRow[]> {
  const where = and(...filterConditions(o));
  const limit = o.limit ?? 60;
  const offset = o.offset ?? 0;
  if (o.sort === 'status' && o.inChannel) {
    const rows = await db
      .select({ user: users })
      .from(users)
      .leftJoin(status, eq(status.userId, users.id))
      .where(where)
      .orderBy(
        sql`case ${status.status} when 'online' then 1 when 'away' then 2 when 'dnd' then 3 else 4 end`,
        asc(users.username),
      )
      .limit(limit)
      .offset(offset);
    return rows.map((r) => r.user);
  }
  if (o.sort === 'admin' && o.inChannel) {
    const rows = await db
      .select({ user: users })
      .from(users)
      .innerJoin(channelMembers, and(eq(channelMembers.userId, users.id), eq(channelMembers.channelId, o.inChannel)))
      .where(where)
      .orderBy(desc(channelMembers.schemeAdmin), asc(users.username))
      .limit(limit)
      .offset(offset);
    return rows.map((r) => r.user);
  }
  if (o.sort === 'last_activity_at') {
    const rows = await db
      .select({ user: users })
      .from(users)
      .leftJoin(status, eq(status.userId, users.id))
      .where(where)
      .orderBy(sql`coalesce(${status.lastActivityAt}, 0) desc`, asc(users.username))
      .limit(limit)
      .offset(offset);
    return rows.map((r) => r.user);
  }
  const order = o.sort === 'create_at' ? [desc(users.createAt), asc(users.username)] : [asc(users.username)];
  return db
    .select()
    .from(users)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

export async function countUsersFiltered(db: DbOrTx, f: UserFilter & { includeDeleted?: boolean }): Promise<number> {
  const conds = filterConditions(f);
  if (!f.includeDeleted) conds.push(eq(users.deleteAt, 0));
  const [row] = await db.select({ n: countDistinct(users.id) }).from(users).where(and(...conds));
  return Number(row.n);
}

/** Ids of the users who share a channel (of any type) with the user. */
export async function getKnownUserIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.execute<{ user_id: string }>(
    sql`select distinct other.user_id from ${channelMembers} mine
        join ${channelMembers} other on other.channel_id = mine.channel_id
        where mine.user_id = ${userId} and other.user_id <> ${userId}
        order by other.user_id`,
  );
  return rowsOf<{ user_id: string }>(rows).map((r) => r.user_id);
}

/** The other members of the given group channels the user belongs to, by channel. */
export async function getGroupChannelMembers(db: DbOrTx, userId: string, channelIds: string[]): Promise<Array<{ channelId: string; user: UserRow }>> {
  if (channelIds.length === 0) return [];
  const mine = db
    .select({ id: channelMembers.channelId })
    .from(channelMembers)
    .where(and(eq(channelMembers.userId, userId), inArray(channelMembers.channelId, channelIds)));
  const rows = await db
    .select({ channelId: channelMembers.channelId, user: users })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(and(inArray(channelMembers.channelId, mine), eq(channels.type, 'G'), ne(users.id, userId)))
    .orderBy(asc(users.username));
  return rows;
}

/** Users whose email domain is outside the allowed list (Mattermost's GetUsersWithInvalidEmails). */
export async function getUsersWithInvalidEmails(db: DbOrTx, domains: string[], offset: number, limit: number): Promise<UserRow[]> {
  const conds: SQL[] = [eq(users.deleteAt, 0), eq(users.isBot, false), sql`${users.authService} = ''`];
  for (const d of domains) conds.push(sql`lower(${users.email}) not like ${`%@${likeEscape(d.toLowerCase())}`}`);
  return db.select().from(users).where(and(...conds)).orderBy(asc(users.username)).limit(limit).offset(offset);
}

export async function countSystemAdmins(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(sql`${users.roles} like '%system_admin%'`, eq(users.isBot, false), eq(users.deleteAt, 0)));
  return Number(row.n);
}

/** Ids of the active users holding any of the given system roles (role names are whole words of `roles`). */
export async function getUserIdsWithAnyRole(db: DbOrTx, roleNames: string[]): Promise<string[]> {
  const names = roleNames.filter((n) => /^[a-z0-9_]+$/.test(n));
  if (names.length === 0) return [];
  const pattern = `(^| )(${names.join('|')})( |$)`;
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.deleteAt, 0), sql`${users.roles} ~ ${pattern}`));
  return rows.map((r) => r.id);
}

export async function getAllUserIds(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users);
  return rows.map((r) => r.id);
}

export async function deleteUserRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(users).where(eq(users.id, id));
}

function rowsOf<T>(result: unknown): T[] {
  const r = result as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
}

/** Every channel the user is a member of (archived channels included, as Mattermost's restrictions). */
export async function getChannelIdsForUser(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.select({ id: channelMembers.channelId }).from(channelMembers).where(eq(channelMembers.userId, userId));
  return rows.map((r) => r.id);
}

/** Whether the user exists and satisfies the condition (e.g. a view restriction). */
export async function userMatches(db: DbOrTx, id: string, cond: SQL): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.id, id), cond)).limit(1);
  return rows.length > 0;
}

/** The user's channel memberships with the team's name, display name and update time (paged by channel id). */
export async function getChannelMembersWithTeamData(db: DbOrTx, userId: string, offset: number, limit: number) {
  return db
    .select({ member: channelMembers, teamDisplayName: teams.displayName, teamName: teams.name, teamUpdateAt: teams.updateAt })
    .from(channelMembers)
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .leftJoin(teams, eq(teams.id, channels.teamId))
    .where(eq(channelMembers.userId, userId))
    .orderBy(asc(channelMembers.channelId))
    .limit(limit)
    .offset(offset);
}
