/** Counts for GET /analytics/old and /usage/*, from our tables, as Mattermost's stores count them. */
import { and, count, eq, gt, isNull, sql, sum } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { bots, channels, fileInfo, posts, status, teamMembers, teams, users } from '../../db/schema';

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTH_MS = 30 * DAY_MS;

async function one(q: Promise<Array<{ value: number | string | null }>>): Promise<number> {
  const [row] = await q;
  return Number(row?.value ?? 0);
}

/** Channels of a type (deleted ones included, as Mattermost's AnalyticsTypeCount). */
export function channelTypeCount(db: DbOrTx, type: 'O' | 'P', teamId?: string): Promise<number> {
  const where = teamId ? and(eq(channels.type, type), eq(channels.teamId, teamId)) : eq(channels.type, type);
  return one(db.select({ value: count() }).from(channels).where(where));
}

export function activeTeamCount(db: DbOrTx): Promise<number> {
  return one(db.select({ value: count() }).from(teams).where(eq(teams.deleteAt, 0)));
}

export interface PostCountOptions {
  teamId?: string;
  excludeDeleted?: boolean;
  /** Regular posts by people: no system posts, no bot posts. */
  usersPostsOnly?: boolean;
}

export function postCount(db: DbOrTx, opts: PostCountOptions = {}): Promise<number> {
  const conds = [];
  if (opts.teamId) conds.push(sql`${posts.channelId} IN (SELECT ${channels.id} FROM ${channels} WHERE ${channels.teamId} = ${opts.teamId})`);
  if (opts.usersPostsOnly) {
    conds.push(eq(posts.type, ''));
    conds.push(sql`${posts.userId} NOT IN (SELECT ${bots.userId} FROM ${bots})`);
  }
  if (opts.excludeDeleted) conds.push(eq(posts.deleteAt, 0));
  return one(db.select({ value: count() }).from(posts).where(conds.length ? and(...conds) : undefined));
}

/** Active (not deactivated) people, bots excluded; in a team when teamId is given. */
export function userCount(db: DbOrTx, teamId?: string): Promise<number> {
  const conds = [eq(users.deleteAt, 0), isNull(bots.userId)];
  if (teamId) {
    conds.push(sql`${users.id} IN (SELECT ${teamMembers.userId} FROM ${teamMembers} WHERE ${teamMembers.teamId} = ${teamId} AND ${teamMembers.deleteAt} = 0)`);
  }
  return one(db.select({ value: count() }).from(users).leftJoin(bots, eq(bots.userId, users.id)).where(and(...conds)));
}

export function inactiveUserCount(db: DbOrTx): Promise<number> {
  return one(db.select({ value: count() }).from(users).where(gt(users.deleteAt, 0)));
}

/** People active within the period (by their status' last activity), bots and deactivated excluded. */
export function activeUserCount(db: DbOrTx, periodMs: number, now = Date.now()): Promise<number> {
  return one(
    db
      .select({ value: count() })
      .from(status)
      .innerJoin(users, eq(users.id, status.userId))
      .leftJoin(bots, eq(bots.userId, users.id))
      .where(and(gt(status.lastActivityAt, now - periodMs), eq(users.deleteAt, 0), isNull(bots.userId))),
  );
}

export function storageUsage(db: DbOrTx): Promise<number> {
  return one(db.select({ value: sum(fileInfo.size) }).from(fileInfo).where(eq(fileInfo.deleteAt, 0)));
}

export interface AnalyticsRow {
  name: string;
  value: number;
}

/** The `standard` analytics rows, in Mattermost's order. */
export async function standardAnalytics(db: DbOrTx, teamId: string, maxUsersForStatistics: number): Promise<AnalyticsRow[]> {
  const team = teamId || undefined;
  const systemUsers = await userCount(db);
  const skipIntensive = systemUsers > maxUsersForStatistics;
  const [open, priv, postTotal, uniqueUsers, teamTotal, daily, monthly, inactive] = await Promise.all([
    channelTypeCount(db, 'O', team),
    channelTypeCount(db, 'P', team),
    skipIntensive ? Promise.resolve(-1) : postCount(db, { teamId: team }),
    userCount(db, team),
    activeTeamCount(db),
    activeUserCount(db, DAY_MS),
    activeUserCount(db, MONTH_MS),
    inactiveUserCount(db),
  ]);
  return [
    { name: 'channel_open_count', value: open },
    { name: 'channel_private_count', value: priv },
    { name: 'post_count', value: postTotal },
    { name: 'unique_user_count', value: uniqueUsers },
    { name: 'team_count', value: teamTotal },
    { name: 'total_websocket_connections', value: 0 },
    { name: 'total_master_db_connections', value: 0 },
    { name: 'total_read_db_connections', value: 0 },
    { name: 'daily_active_users', value: daily },
    { name: 'monthly_active_users', value: monthly },
    { name: 'inactive_user_count', value: inactive },
  ];
}

/** Mattermost's RoundOffToZeroesResolution: truncates at most `minResolution` trailing digits. */
export function roundOffToZeroesResolution(n: number, minResolution: number): number {
  let resolution = Math.max(0, minResolution);
  if (n >= -9 && n <= 9) return resolution === 0 ? Math.trunc(n) : 0;
  const zeroes = Math.trunc(Math.log10(Math.abs(n)));
  resolution = Math.min(zeroes, resolution);
  const tens = 10 ** resolution;
  return Math.trunc(Math.trunc(n) / tens) * tens;
}
