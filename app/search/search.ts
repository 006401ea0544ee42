/**
 * Post search (Mattermost's searchPosts in api4/post.go, SearchPostsForUser in app/post.go and
 * the database search of its SQL store): the terms are parsed (parse.ts), channel names and
 * usernames in the flags are resolved, each resulting search runs over the posts of the
 * channels the user belongs to, and the union comes back newest first, at most 100 posts per
 * search, without paging (a later page is empty), as Mattermost's database search does.
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import type { ChannelRow, PostRow } from '../../db/schema';
import { findChannelIdByName, searchPosts, userIdsByUsernames, type CreatedFilter } from '../../db/queries/search';
import { getChannelsByIds } from '../../db/queries/channels';
import { getUserByUsername } from '../../db/queries/users';
import { directChannelName } from '../channels/direct';
import { canReadChannel } from '../posts/access';
import { preparePostsForClient } from '../posts/metadata';
import type { ApiPost } from '../posts/serialize';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';
import { afterDateMillis, beforeDateMillis, onDateMillis, parseSearchParams, type SearchParams } from './parse';

export interface SearchBody {
  terms?: unknown;
  is_or_search?: unknown;
  time_zone_offset?: unknown;
  include_deleted_channels?: unknown;
  page?: unknown;
  per_page?: unknown;
}

export interface PostSearchResults {
  order: string[];
  posts: Record<string, ApiPost>;
  matches: Record<string, string[]>;
  next_post_id: string;
  prev_post_id: string;
  has_next: boolean;
  first_inaccessible_post_time: number;
}

const SPECIAL_SEARCH_CHARS = /[<>+\-()~@:]/g;

function emptyResults(): PostSearchResults {
  return { order: [], posts: {}, matches: {}, next_post_id: '', prev_post_id: '', has_next: false, first_inaccessible_post_time: 0 };
}

/** Drops unquoted words with no letter or digit (Mattermost's removeNonAlphaNumericUnquotedTerms). */
function keepMeaningfulWords(text: string): string {
  return text
    .split(' ')
    .filter((w) => (w.length > 2 && w.startsWith('"') && w.endsWith('"')) || /[\p{L}\p{N}]/u.test(w))
    .map((w) => w.trim())
    .join(' ');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The PostgreSQL tsquery Mattermost builds for a search's terms ('' when there are none). */
export function buildTsQuery(terms: string, excludedTerms: string, orTerms: boolean): string {
  let t = terms.replace(SPECIAL_SEARCH_CHARS, ' ');
  let x = excludedTerms.replace(SPECIAL_SEARCH_CHARS, ' ');
  if (t === '' && x === '') return '';
  t = t.replace(/\*($| )/g, ':* ');
  x = x.replace(/\*($| )/g, ':* ');
  const exclude = x !== '' ? ` & !(${words(x).join(' | ')})` : '';
  if (orTerms) return `(${words(t).join(' | ')})${exclude}`;
  if (t.startsWith('"') && t.endsWith('"')) return `(${words(t).join(' <-> ')})${exclude}`;
  return `(${words(t).join(' & ')})${exclude}`;
}

function createdFilter(p: SearchParams): CreatedFilter {
  if (p.onDate) {
    const [from, to] = onDateMillis(p.onDate, p.timeZoneOffset);
    return { between: [from, to] };
  }
  const c: CreatedFilter = {};
  if (p.excludedDate) c.notBetween = onDateMillis(p.excludedDate, p.timeZoneOffset);
  if (p.afterDate) c.atLeast = afterDateMillis(p.afterDate, p.timeZoneOffset);
  if (p.beforeDate) c.atMost = beforeDateMillis(p.beforeDate, p.timeZoneOffset);
  if (p.excludedAfterDate) c.before = afterDateMillis(p.excludedAfterDate, p.timeZoneOffset);
  if (p.excludedBeforeDate) c.after = beforeDateMillis(p.excludedBeforeDate, p.timeZoneOffset);
  return c;
}

/**
 * `in:` values to channel ids (Mattermost's parseAndFetchChannelIdByNameFromInFilter): `~name`
 * or `name` in the team, `@user` the direct channel with that user; an unresolved value stays
 * as it is and so matches no channel.
 */
async function resolveChannels(server: ServerContext, userId: string, teamId: string, names: string[], includeDeleted: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/^~+/, '');
    if (name.startsWith('@') && !name.includes(',')) {
      const other = await getUserByUsername(server.db, name.slice(1).toLowerCase());
      const id = other ? await findChannelIdByName(server.db, '', directChannelName(userId, other.id), includeDeleted) : undefined;
      out.push(id ?? raw);
      continue;
    }
    if (name.startsWith('@')) {
      out.push(raw);
      continue;
    }
    out.push((await findChannelIdByName(server.db, teamId, name, includeDeleted)) ?? raw);
  }
  return out;
}

async function resolveUsers(server: ServerContext, usernames: string[]): Promise<string[]> {
  const names = usernames.map((u) => u.replace(/^@+/, ''));
  const ids = await userIdsByUsernames(server.db, names);
  return names.map((n, i) => ids.get(n.toLowerCase()) ?? usernames[i]);
}

function invalidParam(name: string): AppError {
  return new AppError('api.context.invalid_param.app_error', `Invalid ${name} parameter.`, 400, '', { Name: name });
}

function asInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
}

/**
 * POST /teams/{team_id}/posts/search and POST /posts/search: the posts the user may read that
 * match the terms.
 */
export async function searchPostsForUser(server: ServerContext, session: Session, teamId: string, body: SearchBody): Promise<PostSearchResults> {
  if (teamId) {
    if (!isValidId(teamId)) throw Errors.invalidUrlParam('team_id');
    if (!(await hasTeamPermission(server, session, teamId, VIEW_TEAM))) throw Errors.permission(VIEW_TEAM);
  }
  if (typeof body.terms !== 'string' || body.terms === '') throw invalidParam('terms');
  const orTerms = body.is_or_search === true;
  const includeDeletedChannels = body.include_deleted_channels === true;
  const timeZoneOffset = asInt(body.time_zone_offset, 0);
  const page = asInt(body.page, 0);

  const paramsList = parseSearchParams(body.terms.trim(), timeZoneOffset);
  if (!server.config.get().ServiceSettings.EnablePostSearch) {
    throw new AppError('store.sql_post.search.disabled', 'Searching has been disabled on this server. Please contact your System Administrator.', 501, `teamId=${teamId} userId=${session.user_id}`);
  }
  const userId = session.user_id;
  const searches = paramsList.filter((p) => p.terms !== '*');
  if (searches.length === 0 || page > 0) return emptyResults();

  const found = new Map<string, PostRow>();
  for (const p of searches) {
    p.orTerms = orTerms;
    p.includeDeletedChannels = includeDeletedChannels;
    p.inChannels = await resolveChannels(server, userId, teamId, p.inChannels, includeDeletedChannels);
    p.excludedChannels = await resolveChannels(server, userId, teamId, p.excludedChannels, includeDeletedChannels);
    p.fromUsers = await resolveUsers(server, p.fromUsers);
    p.excludedUsers = await resolveUsers(server, p.excludedUsers);
    for (const post of await runSearch(server, userId, teamId, p)) found.set(post.id, post);
  }

  const rows = [...found.values()].sort((a, b) => b.createAt - a.createAt || (a.id < b.id ? 1 : -1));
  const readable = await filterReadable(server, session, rows);
  const prepared = await preparePostsForClient(server.db, server.config.get(), readable, { viewerId: userId });
  const results = emptyResults();
  for (const post of prepared) {
    results.order.push(post.id);
    results.posts[post.id] = post;
  }
  return results;
}

async function runSearch(server: ServerContext, userId: string, teamId: string, p: SearchParams): Promise<PostRow[]> {
  const terms = keepMeaningfulWords(p.terms);
  const excludedTerms = keepMeaningfulWords(p.excludedTerms);
  if (
    terms === '' &&
    excludedTerms === '' &&
    p.inChannels.length === 0 &&
    p.excludedChannels.length === 0 &&
    p.fromUsers.length === 0 &&
    p.excludedUsers.length === 0 &&
    p.onDate === '' &&
    p.afterDate === '' &&
    p.beforeDate === ''
  ) {
    return [];
  }
  const rows = await searchPosts(server.db, {
    userId,
    teamId,
    tsquery: buildTsQuery(terms, excludedTerms, p.orTerms),
    isHashtag: p.isHashtag,
    includeDeletedChannels: p.includeDeletedChannels,
    inChannels: p.inChannels,
    excludedChannels: p.excludedChannels,
    fromUsers: p.fromUsers,
    excludedUsers: p.excludedUsers,
    created: createdFilter(p),
  });
  if (!p.isHashtag) return rows;
  const wanted = new Set(p.terms.split(' ').map((t) => t.toUpperCase()));
  return rows.filter((r) => r.hashtags.split(' ').some((tag) => wanted.has(tag.toUpperCase())));
}

/** Keeps the posts of channels the user may read (Mattermost's FilterPostsByChannelPermissions). */
async function filterReadable(server: ServerContext, session: Session, rows: PostRow[]): Promise<PostRow[]> {
  const channelIds = [...new Set(rows.map((r) => r.channelId))];
  const channels = new Map<string, ChannelRow>((await getChannelsByIds(server.db, channelIds)).map((c) => [c.id, c]));
  const allowed = new Map<string, boolean>();
  for (const id of channelIds) {
    const channel = channels.get(id);
    allowed.set(id, channel ? await canReadChannel(server, session, channel) : false);
  }
  return rows.filter((r) => allowed.get(r.channelId));
}
