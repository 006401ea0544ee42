import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { joinTeam } from '../../../app/teams/membership';
import { syncFavoritesOnDelete, syncFavoritesOnSave } from '../../../app/sidebar/favoritesSync';
import { getChannelByName, getChannelMember, insertChannel } from '../../../db/queries/channels';
import { upsertTeamMember } from '../../../db/queries/teams';
import { getCategoriesForUserTeam } from '../../../db/queries/sidebar';
import { getUserById } from '../../../db/queries/users';
import { preferences, type ChannelRow, type UserRow } from '../../../db/schema';
import { newId, nowMillis } from '../../../server/ids';

interface Category {
  id: string;
  user_id: string;
  team_id: string;
  sort_order: number;
  sorting: string;
  type: string;
  display_name: string;
  muted: boolean;
  collapsed: boolean;
  channel_ids: string[];
}

describe('sidebar categories', () => {
  let t: TestServer;
  let w: World;
  let townSquare: ChannelRow;
  let offTopic: ChannelRow;
  const base = '/api/v4';

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    townSquare = (await getChannelByName(db(), w.team.id, 'town-square'))!;
    offTopic = (await getChannelByName(db(), w.team.id, 'off-topic'))!;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const db = () => t.running.context.db;
  let seq = 0;

  /** A new team member with the default categories, in town-square and off-topic. */
  async function newMember(): Promise<{ row: UserRow; token: string; url: string }> {
    const created = await createUser(t, uniqueUser('side'), w.tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await joinTeam(t.running.context, db(), w.team, row);
    return { row, token: await login(t, created.username, created.password), url: `${base}/users/${row.id}/teams/${w.team.id}/channels/categories` };
  }
  async function channel(type: 'O' | 'P', displayName: string, members: UserRow[]): Promise<ChannelRow> {
    seq += 1;
    const row = await createTeamChannel(db(), w.team.id, { header: '', purpose: '', type, name: `side-${seq}-${newId().slice(0, 5)}`, display_name: displayName }, w.users.teamAdmin);
    for (const m of members) await addChannelMember(db(), row, m);
    return row;
  }
  async function direct(a: UserRow, b: UserRow): Promise<ChannelRow> {
    const [x, y] = [a.id, b.id].sort();
    const now = nowMillis();
    const row = await insertChannel(db(), { id: newId(), createAt: now, updateAt: now, teamId: '', type: 'D', name: `${x}__${y}`, displayName: '', creatorId: a.id });
    await addChannelMember(db(), row, a);
    await addChannelMember(db(), row, b);
    return row;
  }
  async function categories(url: string, token: string): Promise<{ categories: Category[]; order: string[] }> {
    const res = await t.request('GET', url, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }
  const byType = (list: Category[], type: string) => list.find((c) => c.type === type)!;

  it('lists favorites, channels and direct messages, computing the default categories from memberships', async () => {
    const u = await newMember();
    const dm = await direct(u.row, w.users.member);
    const { categories: list, order } = await categories(u.url, u.token);
    expect(list.map((c) => c.type)).toEqual(['favorites', 'channels', 'direct_messages']);
    expect(order).toEqual(list.map((c) => c.id));
    expect(list.map((c) => c.id)).toEqual([`favorites_${u.row.id}_${w.team.id}`, `channels_${u.row.id}_${w.team.id}`, `direct_messages_${u.row.id}_${w.team.id}`]);
    expect(list[0]).toEqual({
      id: `favorites_${u.row.id}_${w.team.id}`,
      user_id: u.row.id,
      team_id: w.team.id,
      sort_order: 0,
      sorting: '',
      type: 'favorites',
      display_name: 'Favorites',
      muted: false,
      collapsed: false,
      channel_ids: [],
    });
    expect(list[1]).toMatchObject({ display_name: 'Channels', sort_order: 10, channel_ids: [offTopic.id, townSquare.id] });
    expect(list[2]).toMatchObject({ display_name: 'Direct Messages', sort_order: 20, sorting: 'recent', channel_ids: [dm.id] });

    // New channels and DMs land in the right category without any hook.
    const general = await channel('O', 'General', [u.row]);
    const secret = await channel('P', 'Secret', [u.row]);
    const notMine = await channel('O', 'Elsewhere', []);
    const dm2 = await direct(u.row, w.users.teamAdmin);
    const after = await categories(u.url, u.token);
    expect(byType(after.categories, 'channels').channel_ids).toEqual([general.id, offTopic.id, secret.id, townSquare.id]);
    expect(byType(after.categories, 'channels').channel_ids).not.toContain(notMine.id);
    expect(byType(after.categories, 'direct_messages').channel_ids.sort()).toEqual([dm.id, dm2.id].sort());
    expect(byType(after.categories, 'favorites').channel_ids).toEqual([]);
  });

  it('moves channels into favorites with a batch update, and keeps the favorite_channel preferences in step', async () => {
    const u = await newMember();
    const pub = await channel('O', 'Pub', [u.row]);
    const { categories: list } = await categories(u.url, u.token);
    const favorites = byType(list, 'favorites');
    const channels = byType(list, 'channels');
    const res = await t.request('PUT', u.url, {
      token: u.token,
      body: [
        { ...favorites, channel_ids: [pub.id] },
        { ...channels, channel_ids: channels.channel_ids.filter((id) => id !== pub.id) },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[0]).toMatchObject({ id: favorites.id, type: 'favorites', channel_ids: [pub.id] });
    expect(res.body[1].channel_ids).not.toContain(pub.id);
    const after = await categories(u.url, u.token);
    expect(byType(after.categories, 'favorites').channel_ids).toEqual([pub.id]);
    expect(byType(after.categories, 'channels').channel_ids).toEqual([offTopic.id, townSquare.id]);
    const prefs = await db().select().from(preferences).where(and(eq(preferences.userId, u.row.id), eq(preferences.category, 'favorite_channel')));
    expect(prefs.map((p) => [p.name, p.value])).toEqual([[pub.id, 'true']]);

    // Updating only favorites still takes the channel out of `channels` (one category per channel).
    const single = await t.request('PUT', `${u.url}/${favorites.id}`, {
      token: u.token,
      body: { ...favorites, channel_ids: [pub.id, offTopic.id], display_name: 'Renamed?' },
    });
    expect(single.status, JSON.stringify(single.body)).toBe(200);
    expect(single.body).toMatchObject({ id: favorites.id, display_name: 'Favorites', channel_ids: [pub.id, offTopic.id] });
    const third = await categories(u.url, u.token);
    expect(byType(third.categories, 'channels').channel_ids).toEqual([townSquare.id]);

    // Channels the user is not in are dropped from the update.
    const foreign = await t.request('PUT', `${u.url}/${favorites.id}`, { token: u.token, body: { ...favorites, channel_ids: [w.privateChannel.id, pub.id] } });
    expect(foreign.body.channel_ids).toEqual([pub.id]);
  });

  it('creates a custom category after favorites, taking its channels out of other categories', async () => {
    const u = await newMember();
    const pub = await channel('O', 'Pub', [u.row]);
    const res = await t.request('POST', u.url, {
      token: u.token,
      body: { user_id: u.row.id, team_id: w.team.id, display_name: 'Work', channel_ids: [offTopic.id, w.privateChannel.id] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ user_id: u.row.id, team_id: w.team.id, type: 'custom', display_name: 'Work', sort_order: 10, muted: false, collapsed: false, channel_ids: [offTopic.id] });
    expect(res.body.id).toMatch(/^[a-z0-9]{26}$/);
    const { categories: list, order } = await categories(u.url, u.token);
    expect(list.map((c) => [c.type, c.sort_order])).toEqual([
      ['favorites', 0],
      ['custom', 10],
      ['channels', 20],
      ['direct_messages', 30],
    ]);
    expect(order[1]).toBe(res.body.id);
    expect(byType(list, 'channels').channel_ids).toEqual([pub.id, townSquare.id]);
    const orderRes = await t.request('GET', `${u.url}/order`, { token: u.token });
    expect(orderRes.body).toEqual(order);
    const one = await t.request('GET', `${u.url}/${res.body.id}`, { token: u.token });
    expect(one.body).toEqual({ ...res.body, sort_order: 10 });

    const mismatch = await t.request('POST', u.url, { token: u.token, body: { user_id: w.users.member.id, team_id: w.team.id, display_name: 'X' } });
    expectAppError(mismatch, 400, 'api.context.invalid_body_param.app_error');
  });

  it('renames and mutes a custom category (muting its channels), and deletes it (channels go back)', async () => {
    const u = await newMember();
    const created = await t.request('POST', u.url, { token: u.token, body: { user_id: u.row.id, team_id: w.team.id, display_name: 'Later', channel_ids: [offTopic.id] } });
    const cat: Category = created.body;
    const muted = await t.request('PUT', `${u.url}/${cat.id}`, { token: u.token, body: { ...cat, display_name: 'Someday', muted: true, collapsed: true } });
    expect(muted.status, JSON.stringify(muted.body)).toBe(200);
    expect(muted.body).toMatchObject({ display_name: 'Someday', muted: true, collapsed: true, channel_ids: [offTopic.id] });
    expect((await getChannelMember(db(), offTopic.id, u.row.id))!.notifyProps.mark_unread).toBe('mention');
    const unmuted = await t.request('PUT', `${u.url}/${cat.id}`, { token: u.token, body: { ...cat, display_name: 'Someday', muted: false } });
    expect(unmuted.body.muted).toBe(false);
    expect((await getChannelMember(db(), offTopic.id, u.row.id))!.notifyProps.mark_unread).toBe('all');

    const del = await t.request('DELETE', `${u.url}/${cat.id}`, { token: u.token });
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ status: 'OK' });
    const { categories: list } = await categories(u.url, u.token);
    expect(list.map((c) => c.type)).toEqual(['favorites', 'channels', 'direct_messages']);
    expect(byType(list, 'channels').channel_ids).toEqual([offTopic.id, townSquare.id]);
    expectAppError(await t.request('GET', `${u.url}/${cat.id}`, { token: u.token }), 403, 'api.context.permissions.app_error');

    // Default categories cannot be deleted.
    const favId = `favorites_${u.row.id}_${w.team.id}`;
    expectAppError(await t.request('DELETE', `${u.url}/${favId}`, { token: u.token }), 400, 'app.channel.sidebar_categories.app_error');
  });

  it('reorders categories; the new order must name each category once', async () => {
    const u = await newMember();
    const { order } = await categories(u.url, u.token);
    const reversed = [...order].reverse();
    const res = await t.request('PUT', `${u.url}/order`, { token: u.token, body: reversed });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(reversed);
    const after = await categories(u.url, u.token);
    expect(after.order).toEqual(reversed);
    expect(after.categories.map((c) => c.sort_order)).toEqual([0, 10, 20]);
    expectAppError(await t.request('PUT', `${u.url}/order`, { token: u.token, body: reversed.slice(1) }), 400, 'app.channel.sidebar_categories.app_error');
    expectAppError(await t.request('PUT', `${u.url}/order`, { token: u.token, body: [...reversed.slice(1), reversed[1]] }), 400, 'app.channel.sidebar_categories.app_error');
    const foreign = `favorites_${w.users.member.id}_${w.team.id}`;
    expectAppError(await t.request('PUT', `${u.url}/order`, { token: u.token, body: [foreign, ...reversed.slice(1)] }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('drops a channel from the sidebar when the user leaves it', async () => {
    const u = await newMember();
    const pub = await channel('O', 'Leaving', [u.row]);
    const { categories: list } = await categories(u.url, u.token);
    await t.request('PUT', `${u.url}/${byType(list, 'favorites').id}`, { token: u.token, body: { ...byType(list, 'favorites'), channel_ids: [pub.id] } });
    const leave = await t.request('DELETE', `${base}/channels/${pub.id}/members/me`, { token: u.token });
    expect(leave.status).toBe(200);
    const after = await categories(u.url, u.token);
    expect(byType(after.categories, 'favorites').channel_ids).toEqual([]);
    expect(byType(after.categories, 'channels').channel_ids).not.toContain(pub.id);
  });

  it('creates the default categories on first read, and lists none for a team the user is not in', async () => {
    const created = await createUser(t, uniqueUser('fresh'), w.tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await upsertTeamMember(db(), { teamId: w.team.id, userId: row.id, roles: '', schemeUser: true, createAt: nowMillis() });
    expect(await getCategoriesForUserTeam(db(), row.id, w.team.id)).toEqual([]);
    const token = await login(t, created.username, created.password);
    const res = await categories(`${base}/users/me/teams/${w.team.id}/channels/categories`, token);
    expect(res.categories.map((c) => c.type)).toEqual(['favorites', 'channels', 'direct_messages']);
    expect(await getCategoriesForUserTeam(db(), row.id, w.team.id)).toHaveLength(3);

    const outside = await categories(`${base}/users/me/teams/${w.team.id}/channels/categories`, w.tokens.outsider!);
    expect(outside).toEqual({ categories: [], order: [] });
    expect(await getCategoriesForUserTeam(db(), w.users.outsider.id, w.team.id)).toEqual([]);
    const create = await t.request('POST', `${base}/users/me/teams/${w.team.id}/channels/categories`, {
      token: w.tokens.outsider,
      body: { user_id: w.users.outsider.id, team_id: w.team.id, display_name: 'Nope' },
    });
    expectAppError(create, 404, 'app.channel.sidebar_categories.app_error');
  });

  it('follows favorite_channel preferences saved or deleted by the preference operations', async () => {
    const u = await newMember();
    const pub = await channel('O', 'Fav', [u.row]);
    await syncFavoritesOnSave(db(), u.row.id, [{ category: 'favorite_channel', name: pub.id, value: 'true' }]);
    await syncFavoritesOnSave(db(), u.row.id, [{ category: 'favorite_channel', name: offTopic.id, value: 'true' }, { category: 'display_settings', name: 'x', value: 'y' }]);
    let list = (await categories(u.url, u.token)).categories;
    expect(byType(list, 'favorites').channel_ids).toEqual([offTopic.id, pub.id]);
    expect(byType(list, 'channels').channel_ids).toEqual([townSquare.id]);
    await syncFavoritesOnSave(db(), u.row.id, [{ category: 'favorite_channel', name: pub.id, value: 'false' }]);
    await syncFavoritesOnDelete(db(), u.row.id, [{ category: 'favorite_channel', name: offTopic.id }]);
    list = (await categories(u.url, u.token)).categories;
    expect(byType(list, 'favorites').channel_ids).toEqual([]);
    expect(byType(list, 'channels').channel_ids).toEqual([pub.id, offTopic.id, townSquare.id]);
  });

  it('validates category ids in the path', async () => {
    const u = await newMember();
    expectAppError(await t.request('GET', `${u.url}/not-a-category`, { token: u.token }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('GET', `${u.url}/favorites_${u.row.id}`, { token: u.token }), 400, 'api.context.invalid_url_param.app_error');
    const adminMissing = await t.request('GET', `${u.url}/${newId()}`, { token: w.tokens.admin });
    expectAppError(adminMissing, 404, 'app.channel.sidebar_categories.app_error');
  });
});
