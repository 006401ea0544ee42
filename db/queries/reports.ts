/**
 * SQL behind the reporting endpoints: the user report (users with their presence and posting
 * activity over a date range, keyset-paged on a sortable column) and the channel post export
 * (keyset-paged on a time column and the post id).
 */
import { and, asc, desc, eq, gt, lt, ne, or, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { posts, status, teamMembers, users, type PostRow, type UserRow } from '../schema';

export type UserReportSortColumn = 'CreateAt' | 'Username' | 'FirstName' | 'LastName' | 'Nickname' | 'Email' | 'Roles';

const SORT_COLUMNS: Record<UserReportSortColumn, AnyColumn> = {
  CreateAt: users.createAt,
  Username: users.username,
  FirstName: users.firstName,
  LastName: users.lastName,
  Nickname: users.nickname,
  Email: users.email,
  Roles: users.roles,
};

export interface UserReportFilter {
  role?: string;
  team?: string;
  hasNoTeam?: boolean;
  hideActive?: boolean;
  hideInactive?: boolean;
  searchTerm?: string;
}

export interface UserReportPage extends UserReportFilter {
  sortColumn: UserReportSortColumn;
  sortDesc: boolean;
  direction: 'next' | 'prev';
  pageSize: number;
  /** keyset position: both or neither */
  fromColumnValue?: string | number;
  fromId?: string;
  /** activity window, milliseconds; 0 = open */
  startAt: number;
  endAt: number;
}

export interface UserReportRow {
  user: UserRow;
  lastStatusAt: number | null;
  lastPostDate: number | null;
  daysActive: number;
  totalPosts: number | null;
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every word must prefix-match one of username, first/last name, nickname or email. */
function searchCondition(term: string): SQL | undefined {
  const words = term
    .replace(/[*%]/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^@/, '').toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const fields = [users.username, users.firstName, users.lastName, users.nickname, users.email];
  return and(...words.map((w) => or(...fields.map((f) => sql`lower(${f}) like ${`${likeEscape(w)}%`}`))!));
}

function filterConditions(f: UserReportFilter): SQL[] {
  const conds: SQL[] = [eq(users.isBot, false)];
  if (f.role) conds.push(sql`${users.roles} like ${`%${likeEscape(f.role.toLowerCase())}%`}`);
  if (f.hasNoTeam) {
    conds.push(sql`not exists (select 1 from ${teamMembers} tm where tm.user_id = ${users.id} and tm.delete_at = 0)`);
  } else if (f.team) {
    conds.push(sql`exists (select 1 from ${teamMembers} tm where tm.user_id = ${users.id} and tm.team_id = ${f.team} and tm.delete_at = 0)`);
  }
  if (f.hideActive) conds.push(ne(users.deleteAt, 0));
  if (f.hideInactive) conds.push(eq(users.deleteAt, 0));
  const search = f.searchTerm ? searchCondition(f.searchTerm) : undefined;
  if (search) conds.push(search);
  return conds;
}

export async function countUsersForReport(db: DbOrTx, f: UserReportFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(users)
    .where(and(...filterConditions(f)));
  return row?.n ?? 0;
}

/** Posting activity per user, by UTC day, within the window (Mattermost's PostStats view). */
function postStats(db: DbOrTx, startAt: number, endAt: number) {
  const day = sql`(to_timestamp(${posts.createAt} / 1000.0) at time zone 'UTC')::date`;
  const window: SQL[] = [];
  if (startAt > 0) window.push(sql`${day} >= (to_timestamp(${startAt} / 1000.0) at time zone 'UTC')::date`);
  if (endAt > 0) window.push(sql`${day} < (to_timestamp(${endAt} / 1000.0) at time zone 'UTC')::date`);
  return db
    .select({
      userId: posts.userId,
      lastPostDate: sql<number>`max(${posts.createAt})`.mapWith(Number).as('last_post_date'),
      daysActive: sql<number>`count(distinct ${day})`.mapWith(Number).as('days_active'),
      totalPosts: sql<number>`count(*)`.mapWith(Number).as('total_posts'),
    })
    .from(posts)
    .where(window.length ? and(...window) : undefined)
    .groupBy(posts.userId)
    .as('ps');
}

export async function getUserReportPage(db: DbOrTx, o: UserReportPage): Promise<UserReportRow[]> {
  const column = SORT_COLUMNS[o.sortColumn];
  // Walking backwards means reading the other way round, then restoring the display order.
  const backwards = (o.direction === 'prev') !== o.sortDesc;
  const conds = filterConditions(o);
  if (o.fromId && o.fromColumnValue !== undefined && o.fromColumnValue !== '') {
    const v = o.fromColumnValue;
    conds.push(
      backwards
        ? or(lt(column, v), and(eq(column, v), lt(users.id, o.fromId)))!
        : or(gt(column, v), and(eq(column, v), gt(users.id, o.fromId)))!,
    );
  }
  const ps = postStats(db, o.startAt, o.endAt);
  const dir = backwards ? desc : asc;
  const rows = await db
    .select({
      user: users,
      lastStatusAt: status.lastActivityAt,
      lastPostDate: ps.lastPostDate,
      daysActive: ps.daysActive,
      totalPosts: ps.totalPosts,
    })
    .from(users)
    .leftJoin(status, eq(status.userId, users.id))
    .leftJoin(ps, eq(ps.userId, users.id))
    .where(and(...conds))
    .orderBy(dir(column), dir(users.id))
    .limit(o.pageSize);
  const out = rows.map((r) => ({
    user: r.user,
    lastStatusAt: r.lastStatusAt ?? null,
    lastPostDate: r.lastPostDate ?? null,
    daysActive: r.daysActive ?? 0,
    totalPosts: r.totalPosts ?? null,
  }));
  return o.direction === 'prev' ? out.reverse() : out;
}

export interface ChannelPostQuery {
  channelId: string;
  timeField: 'create_at' | 'update_at';
  sortDirection: 'asc' | 'desc';
  includeDeleted: boolean;
  excludeSystemPosts: boolean;
  /** keyset position; null time = from the start (asc) or the end (desc) */
  cursorTime: number | null;
  cursorId: string;
  limit: number;
}

export async function getChannelPostsForReport(db: DbOrTx, q: ChannelPostQuery): Promise<PostRow[]> {
  const col = q.timeField === 'update_at' ? posts.updateAt : posts.createAt;
  const conds: SQL[] = [eq(posts.channelId, q.channelId)];
  if (!q.includeDeleted) conds.push(eq(posts.deleteAt, 0));
  if (q.excludeSystemPosts) conds.push(sql`${posts.type} not like 'system\\_%'`);
  if (q.cursorTime !== null) {
    const t = q.cursorTime;
    conds.push(
      q.sortDirection === 'asc'
        ? or(gt(col, t), and(eq(col, t), gt(posts.id, q.cursorId)))!
        : or(lt(col, t), and(eq(col, t), lt(posts.id, q.cursorId)))!,
    );
  }
  const dir = q.sortDirection === 'asc' ? asc : desc;
  return db
    .select()
    .from(posts)
    .where(and(...conds))
    .orderBy(dir(col), dir(posts.id))
    .limit(q.limit);
}
