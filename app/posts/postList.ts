/**
 * PostList responses ({order, posts, next_post_id, prev_post_id, has_next,
 * first_inaccessible_post_time}) as Mattermost builds them for a channel page, a before/after
 * window, a `since` sync, a thread, and the window around a member's last unread post.
 * `order` names the posts asked for, newest first (threads: the requested post, then its
 * replies); `posts` also holds the posts of the threads they belong to unless
 * skipFetchThreads; collapsed threads read root posts only.
 */
import type { DbOrTx } from '../../db/client';
import type { PostRow } from '../../db/schema';
import {
  getChangedSince,
  getChannelPage,
  getChannelRootPage,
  getPostById,
  getPostIdAroundTime,
  getPostsAround,
  getPostsByIdsInChannel,
  getThreadWindow,
  getThreadsOf,
} from '../../db/queries/posts';
import type { MattermostConfig } from '../../server/config';
import { preparePostsForClient } from './metadata';
import { type ApiPostList } from './serialize';
import { postNotFound } from './access';

export interface ListOptions {
  viewerId: string;
  skipFetchThreads: boolean;
  collapsedThreads: boolean;
  collapsedThreadsExtended: boolean;
  includeDeleted: boolean;
}

/** A list before it is prepared for the client. */
export interface RawPostList {
  order: string[];
  posts: Map<string, PostRow>;
  nextPostId: string;
  prevPostId: string;
  hasNext: boolean;
}

export function rawList(order: PostRow[] = [], others: PostRow[] = []): RawPostList {
  const posts = new Map<string, PostRow>();
  for (const p of others) posts.set(p.id, p);
  for (const p of order) posts.set(p.id, p);
  return { order: order.map((p) => p.id), posts, nextPostId: '', prevPostId: '', hasNext: false };
}

/** Mattermost's PostList.Extend: adds the other list's posts and order, keeping the order unique. */
function extend(list: RawPostList, other: RawPostList): void {
  for (const [id, p] of other.posts) list.posts.set(id, p);
  list.order = [...new Set([...list.order, ...other.order])];
}

function sortByCreateAt(list: RawPostList): void {
  list.order.sort((a, b) => list.posts.get(b)!.createAt - list.posts.get(a)!.createAt);
}

/** Builds the PostList JSON from rows (for lists made elsewhere: search, flagged posts, ...). */
export async function toApiPostList(
  db: DbOrTx,
  config: MattermostConfig,
  list: RawPostList,
  opts: Pick<ListOptions, 'viewerId' | 'collapsedThreads' | 'collapsedThreadsExtended'>,
  /** Work still completing the list (its cursors), run alongside the preparation. */
  completing?: Promise<void>,
): Promise<ApiPostList> {
  const rows = [...list.posts.values()];
  const [prepared] = await Promise.all([
    preparePostsForClient(db, config, rows, {
      viewerId: opts.viewerId,
      collapsedThreads: opts.collapsedThreads,
      collapsedThreadsExtended: opts.collapsedThreadsExtended,
    }),
    completing,
  ]);
  return {
    order: list.order,
    posts: Object.fromEntries(prepared.map((p) => [p.id, p])),
    next_post_id: list.nextPostId,
    prev_post_id: list.prevPostId,
    has_next: list.hasNext,
    first_inaccessible_post_time: 0,
  };
}

/** The roots (and, unless skipFetchThreads, the whole threads) of the replies in a window. */
async function threadsAround(db: DbOrTx, channelId: string, window: PostRow[], o: ListOptions, includeWindowIds: boolean): Promise<PostRow[]> {
  if (o.collapsedThreads) return [];
  const ids = new Set<string>();
  for (const p of window) {
    if (includeWindowIds) ids.add(p.id);
    if (p.rootId) ids.add(p.rootId);
  }
  return getThreadsOf(db, channelId, [...ids], { rootsOnly: o.skipFetchThreads, includeDeleted: o.includeDeleted });
}

/** One page of the channel, newest first (Mattermost's GetPostsPage). */
export async function getPostsPage(db: DbOrTx, channelId: string, page: number, perPage: number, o: ListOptions): Promise<RawPostList> {
  const offset = page * perPage;
  if (o.collapsedThreads) return rawList(await getChannelRootPage(db, { channelId, offset, limit: perPage }));
  const window = await getChannelPage(db, { channelId, offset, limit: perPage, includeDeleted: o.includeDeleted });
  return rawList(window, await threadsAround(db, channelId, window, o, false));
}

/** The posts before or after a post of the channel, newest first (Mattermost's GetPostsBefore/AfterPost). */
export async function getPostsAroundPost(
  db: DbOrTx,
  channelId: string,
  postId: string,
  before: boolean,
  page: number,
  perPage: number,
  o: ListOptions,
): Promise<RawPostList> {
  const window = await getPostsAround(db, {
    channelId,
    postId,
    before,
    offset: page * perPage,
    limit: perPage,
    rootsOnly: o.collapsedThreads,
    includeDeleted: o.includeDeleted,
  });
  const ordered = before ? window : [...window].reverse();
  return rawList(ordered, await threadsAround(db, channelId, window, o, true));
}

/**
 * The changes of the channel after `since` (see getChangedSince for the guarantees), with the
 * roots of changed replies in `posts`; both cursors empty.
 */
export async function getPostsSince(db: DbOrTx, channelId: string, since: number, o: ListOptions): Promise<RawPostList> {
  const changed = await getChangedSince(db, channelId, since, o.collapsedThreads);
  if (o.collapsedThreads) return rawList(changed);
  const have = new Set(changed.map((p) => p.id));
  const rootIds = [...new Set(changed.filter((p) => p.rootId && !have.has(p.rootId)).map((p) => p.rootId))];
  return rawList(changed, await getPostsByIdsInChannel(db, channelId, rootIds));
}

/** next_post_id / prev_post_id of a list: the posts just after its first and before its last. */
async function cursorAfter(db: DbOrTx, list: RawPostList, collapsed: boolean): Promise<string> {
  if (list.order.length === 0) return '';
  const first = list.posts.get(list.order[0])!;
  return getPostIdAroundTime(db, first.channelId, first.createAt, false, collapsed);
}

async function cursorBefore(db: DbOrTx, list: RawPostList, collapsed: boolean): Promise<string> {
  if (list.order.length === 0) return '';
  const last = list.posts.get(list.order[list.order.length - 1])!;
  return getPostIdAroundTime(db, last.channelId, last.createAt, true, collapsed);
}

/** Mattermost's AddCursorIdsForPostList: cursors set from the request where it can, else looked up. */
export async function addCursorIds(
  db: DbOrTx,
  list: RawPostList,
  q: { afterPost: string; beforePost: string; since: number; page: number; perPage: number; collapsed: boolean },
): Promise<void> {
  let next: string | undefined;
  let prev: string | undefined;
  if (q.since > 0) {
    next = '';
    prev = '';
  } else if (q.afterPost) {
    if (q.page === 0) prev = q.afterPost;
    if (list.order.length < q.perPage) next = '';
  } else if (q.beforePost) {
    if (q.page === 0) next = q.beforePost;
    if (list.order.length < q.perPage) prev = '';
  } else if (q.page === 0) {
    // The first page starts at the newest post: nothing comes after it.
    next = '';
  }
  [list.nextPostId, list.prevPostId] = await Promise.all([
    next ?? cursorAfter(db, list, q.collapsed),
    prev ?? cursorBefore(db, list, q.collapsed),
  ]);
}

export interface ThreadQuery {
  perPage: number;
  fromPost: string;
  fromCreateAt: number;
  fromUpdateAt: number;
  direction: '' | 'up' | 'down';
  updatesOnly: boolean;
}

/**
 * A post's thread (Mattermost's PostStore.Get). Not collapsed: the requested post first, then
 * the thread's posts (root included) in the direction asked. Collapsed: the requested post with
 * its thread figures, then the posts that reply to it.
 */
export async function getPostThread(db: DbOrTx, postId: string, q: ThreadQuery, o: ListOptions): Promise<RawPostList> {
  const post = await getPostById(db, postId);
  if (!post) throw postNotFound();
  const list = rawList([post]);
  if (o.skipFetchThreads && !o.collapsedThreads) return list;
  const rows = await getThreadWindow(db, {
    rootId: o.collapsedThreads ? post.id : post.rootId || post.id,
    includeRoot: !o.collapsedThreads,
    perPage: q.perPage,
    direction: q.direction,
    fromPost: q.fromPost,
    fromCreateAt: q.fromCreateAt,
    fromUpdateAt: q.fromUpdateAt,
    updatesOnly: q.updatesOnly,
    updateCursorDownOnly: o.collapsedThreads,
  });
  let window = rows;
  if (q.perPage > 0 && rows.length === q.perPage + 1) {
    list.hasNext = true;
    window = rows.slice(0, -1);
  }
  for (const p of window) {
    if (p.id === post.id) continue;
    list.posts.set(p.id, p);
    list.order.push(p.id);
  }
  return list;
}

/**
 * Mattermost's GetPostsForChannelAroundLastUnread: the first post after the member's
 * last_viewed_at with its thread, `limitBefore` posts before it and `limitAfter - 1` after it,
 * newest first. Empty when the member has never viewed the channel or has nothing unread.
 */
export async function getPostsAroundLastUnread(
  db: DbOrTx,
  channelId: string,
  lastViewedAt: number,
  limitBefore: number,
  limitAfter: number,
  o: ListOptions,
): Promise<RawPostList> {
  if (lastViewedAt === 0) return rawList();
  const lastUnreadId = await getPostIdAroundTime(db, channelId, lastViewedAt, false, o.collapsedThreads);
  if (!lastUnreadId) return rawList();
  const list = await getPostThread(db, lastUnreadId, { perPage: 0, fromPost: '', fromCreateAt: 0, fromUpdateAt: 0, direction: '', updatesOnly: false }, o);
  list.order = [lastUnreadId];
  list.hasNext = false;
  extend(list, await getPostsAroundPost(db, channelId, lastUnreadId, true, 0, limitBefore, o));
  extend(list, await getPostsAroundPost(db, channelId, lastUnreadId, false, 0, limitAfter - 1, o));
  sortByCreateAt(list);
  list.nextPostId = await cursorAfter(db, list, o.collapsedThreads);
  list.prevPostId = await cursorBefore(db, list, o.collapsedThreads);
  return list;
}

/** Sets next/prev from the list's own ends (Mattermost's GetNext/GetPrevPostIdFromPostList). */
export async function setCursorsFromEnds(db: DbOrTx, list: RawPostList, collapsed: boolean): Promise<void> {
  list.nextPostId = await cursorAfter(db, list, collapsed);
  list.prevPostId = await cursorBefore(db, list, collapsed);
}
