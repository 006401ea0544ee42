/**
 * A user's sidebar categories in a team, as Mattermost's channel_category.go and its store.
 *
 * Only explicit placements are stored (sidebar_channels). What lands in the default
 * categories is computed when read: `channels` lists the user's public and private channels of
 * the team placed nowhere else, `direct_messages` their direct and group channels placed
 * nowhere else, each ahead of the channels placed there explicitly. New channels and DMs
 * therefore show up in the right category without any hook.
 *
 * Changes are announced to their owner (broadcast team_id + user_id) after they commit, as
 * Mattermost: sidebar_category_created {category_id}, sidebar_category_updated
 * {updatedCategories}, sidebar_category_order_updated {order}, sidebar_category_deleted
 * {category_id}; a channel muted or unmuted by its category gets channel_member_updated.
 */
import type { Session } from '../sessions/types';
import type { ChannelMemberRow, SidebarCategoryRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { ServerContext } from '../../server/context';
import type { components } from '../../generated/schema';
import { getActiveTeamMember, getTeamById } from '../../db/queries/teams';
import { setMembershipsMarkUnread } from '../../db/queries/channelMembers';
import {
  deleteCategoryAndPlacements,
  getCategoriesOrdered,
  getCategoryById,
  getMemberChannelIdsForTeam,
  getPlacedChannels,
  getUnplacedChannelIds,
  insertCategory,
  removeChannelsFromTeamCategories,
  replaceCategoryChannels,
  setCategorySortOrders,
  setFavoritePreferences,
  updateCategoryFields,
} from '../../db/queries/sidebarCategories';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { EDIT_OTHER_USERS } from '../../server/permissions/permissionIds';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { createDefaultCategories } from './defaults';
import {
  publishChannelMemberUpdated,
  publishSidebarCategoriesUpdated,
  publishSidebarCategoryCreated,
  publishSidebarCategoryDeleted,
  publishSidebarCategoryOrderUpdated,
} from '../channels/events';

type SpecCategory = components['schemas']['SidebarCategoryWithChannels'];
export interface ApiSidebarCategory extends SpecCategory {
  id: string;
  user_id: string;
  team_id: string;
  sort_order: number;
  sorting: string;
  type: NonNullable<SpecCategory['type']>;
  display_name: string;
  muted: boolean;
  collapsed: boolean;
  channel_ids: string[];
}
export interface OrderedCategories {
  categories: ApiSidebarCategory[];
  order: string[];
}

/** Mattermost's MinimalSidebarSortDistance. */
export const SORT_DISTANCE = 10;

export const categoriesError = (status: number, detail = '') =>
  new AppError('app.channel.sidebar_categories.app_error', 'Unable to get or update the sidebar categories.', status, detail);

const DEFAULT_PREFIXES = ['favorites_', 'channels_', 'direct_messages_'];

/** Mattermost's IsValidCategoryId: an id, or a default category's `<type>_<user id>_<team id>`. */
export function isValidCategoryId(value: string): boolean {
  if (/^[a-z0-9]{26}$/.test(value)) return true;
  const prefix = DEFAULT_PREFIXES.find((p) => value.startsWith(p));
  if (!prefix) return false;
  const parts = value.slice(prefix.length).split('_');
  return parts.length === 2 && isValidId(parts[0]) && isValidId(parts[1]);
}

function toApi(row: SidebarCategoryRow, channelIds: string[]): ApiSidebarCategory {
  return {
    id: row.id,
    user_id: row.userId,
    team_id: row.teamId,
    sort_order: row.sortOrder,
    sorting: row.sorting,
    type: row.type as ApiSidebarCategory['type'],
    display_name: row.displayName,
    muted: row.muted,
    collapsed: row.collapsed,
    channel_ids: channelIds,
  };
}

/** Fills the categories (all of one user and team) with their channels. */
async function withChannels(db: DbOrTx, rows: SidebarCategoryRow[]): Promise<ApiSidebarCategory[]> {
  if (rows.length === 0) return [];
  const placed = await getPlacedChannels(db, rows[0].userId, rows.map((r) => r.id));
  const byCategory = new Map<string, string[]>();
  for (const p of placed) byCategory.set(p.categoryId, [...(byCategory.get(p.categoryId) ?? []), p.channelId]);
  const out: ApiSidebarCategory[] = [];
  for (const row of rows) {
    let ids = byCategory.get(row.id) ?? [];
    if (row.type === 'channels' || row.type === 'direct_messages') {
      ids = [...(await getUnplacedChannelIds(db, row.userId, row.teamId, row.type)), ...ids];
    }
    out.push(toApi(row, ids));
  }
  return out;
}

/** Whether the user is an active member of the (not deleted) team: only then are categories listed. */
async function isActiveTeamMember(db: DbOrTx, userId: string, teamId: string): Promise<boolean> {
  const team = await getTeamById(db, teamId);
  if (!team || team.deleteAt !== 0) return false;
  return (await getActiveTeamMember(db, teamId, userId)) !== undefined;
}

/**
 * GET …/channels/categories: the user's categories in the team, in order. The default ones
 * are created on first read; a user outside the team has none.
 */
export async function getCategoriesForTeam(server: ServerContext, userId: string, teamId: string): Promise<OrderedCategories> {
  if (!(await isActiveTeamMember(server.db, userId, teamId))) return { categories: [], order: [] };
  let rows = await getCategoriesOrdered(server.db, userId, teamId);
  if (rows.length === 0) {
    await createDefaultCategories(server.db, userId, teamId);
    rows = await getCategoriesOrdered(server.db, userId, teamId);
  }
  const categories = await withChannels(server.db, rows);
  return { categories, order: categories.map((c) => c.id) };
}

export async function getCategory(server: ServerContext, categoryId: string): Promise<ApiSidebarCategory> {
  const row = await getCategoryById(server.db, categoryId);
  if (!row) throw categoriesError(404, `category_id=${categoryId}`);
  const [category] = await withChannels(server.db, [row]);
  return category;
}

export async function getCategoryOrder(server: ServerContext, userId: string, teamId: string): Promise<string[]> {
  return (await getCategoriesOrdered(server.db, userId, teamId)).map((r) => r.id);
}

/** Mattermost's SessionHasPermissionToCategory: edit_other_users, or the session user's own category of that team. */
export async function sessionHasPermissionToCategory(
  server: ServerContext,
  session: Session,
  userId: string,
  teamId: string,
  categoryId: string,
): Promise<boolean> {
  if (hasSystemPermission(server, session, EDIT_OTHER_USERS)) return true;
  if (typeof categoryId !== 'string' || !isValidCategoryId(categoryId)) return false;
  const row = await getCategoryById(server.db, categoryId);
  return row !== undefined && row.userId === session.user_id && row.userId === userId && row.teamId === teamId;
}

/** The session must own the category (or hold edit_other_users), else Mattermost's permission error. */
export async function requireCategoryAccess(server: ServerContext, session: Session, userId: string, teamId: string, categoryId: string): Promise<void> {
  if (!(await sessionHasPermissionToCategory(server, session, userId, teamId, categoryId))) throw Errors.permission(EDIT_OTHER_USERS);
}

/** A category id from the path (Mattermost's RequireCategoryId). */
export function requireCategoryId(value: string): string {
  if (!isValidCategoryId(value)) throw Errors.invalidUrlParam('category_id');
  return value;
}

export interface CategoryInput {
  display_name?: string;
  sorting?: string;
  muted?: boolean;
  collapsed?: boolean;
  channel_ids?: string[];
}

/** Keeps only the channels the user may place: theirs in the team, and their direct and group channels. */
export async function keepMemberChannels(db: DbOrTx, userId: string, teamId: string, channelIds: string[] | undefined): Promise<string[]> {
  if (!channelIds?.length) return [];
  const allowed = await getMemberChannelIdsForTeam(db, userId, teamId);
  return [...new Set(channelIds.filter((id) => allowed.has(id)))];
}

const runes = (s: string) => [...s].length;

/** Texts that the database cannot hold (NUL) or that exceed its columns are refused. */
function checkLengths(input: CategoryInput): void {
  if (input.display_name?.includes('\0') || input.sorting?.includes('\0')) throw Errors.invalidBodyParam('category');
  if (input.display_name !== undefined && runes(input.display_name) > 64) throw categoriesError(400, 'display_name is longer than 64 characters');
  if (input.sorting !== undefined && runes(input.sorting) > 64) throw categoriesError(400, 'sorting is longer than 64 characters');
}

/**
 * POST …/channels/categories: a custom category placed right after favorites when favorites
 * comes first (else first); its channels leave the categories they were in.
 */
export async function createCategory(server: ServerContext, userId: string, teamId: string, input: CategoryInput): Promise<ApiSidebarCategory> {
  checkLengths(input);
  if (!(await isActiveTeamMember(server.db, userId, teamId))) throw categoriesError(404, `categories not found for user_id=${userId}, team_id=${teamId}`);
  const channelIds = await keepMemberChannels(server.db, userId, teamId, input.channel_ids);
  const created = await server.db.transaction(async (tx) => {
    let existing = await getCategoriesOrdered(tx, userId, teamId);
    if (existing.length === 0) {
      await createDefaultCategories(tx, userId, teamId);
      existing = await getCategoriesOrdered(tx, userId, teamId);
    }
    const id = newId();
    const order = existing.map((c) => c.id);
    const afterFavorites = existing[0]?.type === 'favorites';
    const newOrder = afterFavorites ? [order[0], id, ...order.slice(1)] : [id, ...order];
    const row: SidebarCategoryRow = {
      id,
      userId,
      teamId,
      sortOrder: newOrder.indexOf(id) * SORT_DISTANCE,
      sorting: input.sorting ?? '',
      type: 'custom',
      displayName: input.display_name ?? '',
      muted: input.muted ?? false,
      collapsed: false,
    };
    await insertCategory(tx, row);
    await removeChannelsFromTeamCategories(tx, userId, teamId, channelIds);
    await replaceCategoryChannels(tx, userId, id, channelIds, SORT_DISTANCE);
    await setCategorySortOrders(tx, newOrder, SORT_DISTANCE);
    return toApi(row, channelIds);
  });
  publishSidebarCategoryCreated(server, userId, teamId, created.id);
  return created;
}

export interface CategoryUpdate extends CategoryInput {
  id: string;
}

/**
 * PUT …/channels/categories (and …/{category_id}): Mattermost's UpdateSidebarCategories. Type,
 * owner and order cannot change; only custom categories are renamed; the DM category's
 * channels and mute are not stored. A channel placed in a category leaves any other category
 * of the user in the team. Muting a category (or moving a channel into a muted one) mutes its
 * channels, and the reverse unmutes them.
 */
export async function updateCategories(server: ServerContext, userId: string, teamId: string, updates: CategoryUpdate[]): Promise<ApiSidebarCategory[]> {
  for (const u of updates) checkLengths(u);
  const allowed = await getMemberChannelIdsForTeam(server.db, userId, teamId);
  const { updated, muted } = await server.db.transaction(async (tx) => {
    const originals: ApiSidebarCategory[] = [];
    for (const u of updates) {
      const row = isValidCategoryId(u.id) ? await getCategoryById(tx, u.id) : undefined;
      if (!row) throw categoriesError(404, `category_id=${u.id}`);
      if (row.userId !== userId || row.teamId !== teamId) throw categoriesError(400, `category_id=${u.id} is not one of the user's categories in the team`);
      originals.push((await withChannels(tx, [row]))[0]);
    }
    const now = nowMillis();
    for (const [i, u] of updates.entries()) {
      const src = originals[i];
      const isDm = src.type === 'direct_messages';
      const channelIds = [...new Set((u.channel_ids ?? []).filter((id) => allowed.has(id)))];
      await updateCategoryFields(tx, src.id, {
        displayName: src.type === 'custom' ? (u.display_name ?? '') : src.display_name,
        sorting: u.sorting ?? '',
        muted: isDm ? src.muted : (u.muted ?? false),
        collapsed: u.collapsed ?? false,
      });
      if (isDm) {
        await replaceCategoryChannels(tx, userId, src.id, [], SORT_DISTANCE);
        continue;
      }
      await removeChannelsFromTeamCategories(tx, userId, teamId, channelIds, src.id);
      await replaceCategoryChannels(tx, userId, src.id, channelIds, SORT_DISTANCE);
      if (src.type === 'favorites') await setFavoritePreferences(tx, userId, src.channel_ids, channelIds);
      else await setFavoritePreferences(tx, userId, channelIds, []);
    }
    const updated: ApiSidebarCategory[] = [];
    for (const u of updates) updated.push((await withChannels(tx, [(await getCategoryById(tx, u.id))!]))[0]);
    return { updated, muted: await applyMutes(tx, userId, originals, updated, now) };
  });
  publishSidebarCategoriesUpdated(server, userId, teamId, updated);
  for (const member of muted) publishChannelMemberUpdated(server, member);
  return updated;
}

/**
 * Re-announces the user's channels category of the team (`sidebar_category_updated`), as
 * Mattermost does for each member of a group message converted into a channel of the team.
 * Nothing for a user outside the team.
 */
export async function announceChannelsCategory(server: ServerContext, userId: string, teamId: string): Promise<void> {
  const { categories } = await getCategoriesForTeam(server, userId, teamId);
  const channelsCategory = categories.find((c) => c.type === 'channels');
  if (channelsCategory) publishSidebarCategoriesUpdated(server, userId, teamId, [channelsCategory]);
}

/**
 * Mattermost's muteChannelsForUpdatedCategories, over the categories of one update; returns the
 * memberships whose mute changed (each gets `channel_member_updated`).
 */
async function applyMutes(db: DbOrTx, userId: string, originals: ApiSidebarCategory[], updated: ApiSidebarCategory[], now: number): Promise<ChannelMemberRow[]> {
  const mute = new Set<string>();
  const unmute = new Set<string>();
  for (const [i, after] of updated.entries()) {
    const before = originals[i];
    if (after.muted && !before.muted) after.channel_ids.forEach((id) => mute.add(id));
    else if (!after.muted && before.muted) after.channel_ids.forEach((id) => unmute.add(id));
  }
  const where = (list: ApiSidebarCategory[]) => {
    const map = new Map<string, ApiSidebarCategory>();
    for (const c of list) for (const id of c.channel_ids) map.set(id, c);
    return map;
  };
  const wasIn = where(originals);
  const nowIn = where(updated);
  for (const [channelId, from] of wasIn) {
    const to = nowIn.get(channelId);
    if (!to || to.id === from.id) continue;
    if (to.muted && !from.muted) mute.add(channelId);
    else if (!to.muted && from.muted) unmute.add(channelId);
  }
  return [
    ...(await setMembershipsMarkUnread(db, userId, [...mute], 'mention', now)),
    ...(await setMembershipsMarkUnread(db, userId, [...unmute], 'all', now)),
  ];
}

/** PUT …/channels/categories/order: the new order must name exactly the user's categories of the team. */
export async function updateCategoryOrder(server: ServerContext, userId: string, teamId: string, order: string[]): Promise<string[]> {
  await server.db.transaction(async (tx) => {
    const existing = (await getCategoriesOrdered(tx, userId, teamId)).map((r) => r.id);
    const wanted = new Set(order);
    if (existing.length !== order.length || wanted.size !== order.length || !existing.every((id) => wanted.has(id))) {
      throw categoriesError(400, 'the order must list each of the categories exactly once');
    }
    await setCategorySortOrders(tx, order, SORT_DISTANCE);
  });
  publishSidebarCategoryOrderUpdated(server, userId, teamId, order);
  return order;
}

/** DELETE …/channels/categories/{id}: custom categories only; their channels go back to the default categories. */
export async function deleteCategory(server: ServerContext, categoryId: string): Promise<void> {
  const deleted = await server.db.transaction(async (tx) => {
    const row = await getCategoryById(tx, categoryId);
    if (!row) throw categoriesError(404, `category_id=${categoryId}`);
    if (row.type !== 'custom') throw categoriesError(400, `category_id=${categoryId} is not a custom category`);
    await deleteCategoryAndPlacements(tx, categoryId);
    return row;
  });
  publishSidebarCategoryDeleted(server, deleted.userId, deleted.teamId, categoryId);
}
