/**
 * Reporting endpoints: the System Console user report (filters, sort, keyset paging, post
 * statistics), its count, the posts export with its opaque cursor, and the licence-gated
 * batch export; with the persona matrix for each.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { updateUserFields } from '../../../db/queries/users';
import { posts } from '../../../db/schema';
import { newId } from '../../../server/ids';

let t: TestServer;
let w: World;
const postIds: string[] = [];

beforeAll(async () => {
  t = await startTestServer();
  w = await buildWorld(t);
  for (let i = 0; i < 5; i++) {
    const res = await t.request('POST', '/api/v4/posts', { token: w.tokens.member, body: { channel_id: w.publicChannel.id, message: `report ${i}` } });
    expect(res.status).toBe(201);
    postIds.push(res.body.id);
  }
  await updateUserFields(t.running.context.db, w.users.outsider.id, { deleteAt: Date.now() });
}, 60_000);
afterAll(async () => t?.close());
afterEach(() => expectNoViolations(t));

const PERM = 'api.context.permissions.app_error';
const UNAUTH = 'api.context.session_expired.app_error';

describe('persona matrix', () => {
  const cases: Array<{ name: string; method: string; path: () => string; body?: () => unknown; admin: [number, string?] }> = [
    { name: 'GetUsersForReporting', method: 'GET', path: () => '/api/v4/reports/users', admin: [200] },
    { name: 'GetUserCountForReporting', method: 'GET', path: () => '/api/v4/reports/users/count', admin: [200] },
    { name: 'GetPostsForReporting', method: 'POST', path: () => '/api/v4/reports/posts', body: () => ({ channel_id: w.publicChannel.id }), admin: [200] },
    { name: 'StartBatchUsersExport', method: 'POST', path: () => '/api/v4/reports/users/export', admin: [400, 'app.report.start_users_batch_export.license_error'] },
  ];
  for (const c of cases) {
    for (const p of PERSONAS) {
      it(`${c.name} as ${p}`, async () => {
        const res = await t.request(c.method, c.path(), { token: w.tokens[p as Persona], body: c.body?.() });
        if (p === 'anonymous') return expectAppError(res, 401, UNAUTH);
        if (p !== 'admin') return expectAppError(res, 403, PERM);
        if (c.admin[1]) return expectAppError(res, c.admin[0], c.admin[1]);
        expect(res.status).toBe(c.admin[0]);
      });
    }
  }
});

describe('GetUsersForReporting', () => {
  const get = (q: string) => t.request('GET', `/api/v4/reports/users?${q}`, { token: w.tokens.admin });

  it('lists non-bot users by username with sanitised fields and post statistics', async () => {
    const res = await get('page_size=100');
    expect(res.status).toBe(200);
    const names = res.body.map((u: any) => u.username);
    expect(names).toEqual([...names].sort());
    const member = res.body.find((u: any) => u.id === w.users.member.id);
    expect(member.total_posts).toBe(5);
    expect(member.days_active).toBe(1);
    expect(member.last_post_date).toBeGreaterThan(0);
    expect(member.notify_props).toEqual({});
    expect(member).not.toHaveProperty('password');
    const admin = res.body.find((u: any) => u.id === w.users.admin.id);
    expect(admin.days_active).toBe(0);
    expect(admin).not.toHaveProperty('total_posts');
  });

  it('pages with from_column_value / from_id in both directions', async () => {
    const all = (await get('page_size=100')).body.map((u: any) => u.id);
    const first = await get('page_size=2');
    expect(first.body.map((u: any) => u.id)).toEqual(all.slice(0, 2));
    const last = first.body[1];
    const next = await get(`page_size=2&from_column_value=${encodeURIComponent(last.username)}&from_id=${last.id}`);
    expect(next.body.map((u: any) => u.id)).toEqual(all.slice(2, 4));
    const head = next.body[0];
    const prev = await get(`page_size=2&direction=prev&from_column_value=${encodeURIComponent(head.username)}&from_id=${head.id}`);
    expect(prev.body.map((u: any) => u.id)).toEqual(all.slice(0, 2));
  });

  it('sorts descending on CreateAt', async () => {
    const res = await get('page_size=100&sort_column=CreateAt&sort_direction=desc');
    const times = res.body.map((u: any) => u.create_at);
    expect(times).toEqual([...times].sort((a: number, b: number) => b - a));
    const second = res.body[1];
    const next = await get(`page_size=100&sort_column=CreateAt&sort_direction=desc&from_column_value=${second.create_at}&from_id=${second.id}`);
    expect(next.body.map((u: any) => u.id)).toEqual(res.body.slice(2).map((u: any) => u.id));
  });

  it('filters by team, no team, activity, role and search term', async () => {
    const ids = async (q: string) => (await get(`page_size=100&${q}`)).body.map((u: any) => u.id).sort();
    const inTeam = await ids(`team_filter=${w.team.id}`);
    expect(inTeam).toEqual([w.users.teamAdmin.id, w.users.member.id, w.users.guest.id].sort());
    expect(await ids('has_no_team=true')).toEqual([w.users.admin.id]);
    expect(await ids('hide_active=true')).toEqual([w.users.outsider.id]);
    expect(await ids('hide_inactive=true')).not.toContain(w.users.outsider.id);
    expect(await ids('role_filter=system_guest')).toEqual([w.users.guest.id]);
    expect(await ids(`search_term=${w.users.member.username.slice(0, 8)}`)).toContain(w.users.member.id);
  });

  it('refuses bad options with Mattermost ids', async () => {
    expectAppError(await get('page_size=0'), 400, 'api.getUsersForReporting.invalid_page_size');
    expectAppError(await get('page_size=101'), 400, 'api.getUsersForReporting.invalid_page_size');
    expectAppError(await get('team_filter=nope'), 400, 'api.getUsersForReporting.invalid_team_filter');
    expectAppError(await get('hide_active=true&hide_inactive=true'), 400, 'api.getUsersForReporting.invalid_active_filter');
    expectAppError(await get('sort_column=Password'), 400, 'model.user_report_options.is_valid.invalid_sort_column');
  });
});

describe('GetUserCountForReporting', () => {
  it('counts with the same filters', async () => {
    const all = await t.request('GET', '/api/v4/reports/users/count', { token: w.tokens.admin });
    expect(all.body).toBe(5);
    const team = await t.request('GET', `/api/v4/reports/users/count?team_filter=${w.team.id}&hide_inactive=true`, { token: w.tokens.admin });
    expect(team.body).toBe(3);
    expectAppError(await t.request('GET', '/api/v4/reports/users/count?team_filter=x', { token: w.tokens.admin }), 400, 'api.getUsersForReporting.invalid_team_filter');
  });
});

describe('GetPostsForReporting', () => {
  const post = (body: unknown) => t.request('POST', '/api/v4/reports/posts', { token: w.tokens.admin, body });

  it('walks the channel with the cursor, ascending and descending', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i++) {
      const res = await post({ channel_id: w.publicChannel.id, per_page: 2, cursor, exclude_system_posts: true });
      expect(res.status).toBe(200);
      seen.push(...res.body.posts.map((p: any) => p.id));
      if (!res.body.next_cursor) break;
      cursor = res.body.next_cursor.cursor;
    }
    expect(seen).toEqual(postIds);
    const desc = await post({ channel_id: w.publicChannel.id, sort_direction: 'desc', exclude_system_posts: true });
    expect(desc.body.posts.map((p: any) => p.id)).toEqual([...postIds].reverse());
    expect(desc.body).not.toHaveProperty('next_cursor');
  });

  it('includes system posts unless excluded, deleted posts only when asked', async () => {
    const now = Date.now();
    const systemId = newId();
    await t.running.context.db.insert(posts).values({ id: systemId, createAt: now, updateAt: now, userId: w.users.member.id, channelId: w.publicChannel.id, type: 'system_join_channel', message: 'joined' });
    const all = await post({ channel_id: w.publicChannel.id });
    expect(all.body.posts.map((p: any) => p.id)).toEqual([...postIds, systemId]);
    const del = await t.request('DELETE', `/api/v4/posts/${postIds[0]}`, { token: w.tokens.member });
    expect(del.status).toBe(200);
    const live = await post({ channel_id: w.publicChannel.id, exclude_system_posts: true });
    expect(live.body.posts.map((p: any) => p.id)).toEqual(postIds.slice(1));
    const withDeleted = await post({ channel_id: w.publicChannel.id, exclude_system_posts: true, include_deleted: true });
    expect(withDeleted.body.posts.map((p: any) => p.id)).toEqual(postIds);
  });

  it('adds metadata on request and clamps per_page', async () => {
    await t.request('POST', '/api/v4/reactions', { token: w.tokens.member, body: { user_id: w.users.member.id, post_id: postIds[1], emoji_name: 'smile' } });
    const res = await post({ channel_id: w.publicChannel.id, include_metadata: true, per_page: 5000 });
    expect(res.status).toBe(200);
    const withReaction = res.body.posts.find((p: any) => p.id === postIds[1]);
    expect(withReaction.metadata.reactions.map((r: any) => r.emoji_name)).toEqual(['smile']);
    const plain = await post({ channel_id: w.publicChannel.id, per_page: -3 });
    expect(plain.body.posts.find((p: any) => p.id === postIds[1])).not.toHaveProperty('metadata');
  });

  it('answers Mattermost errors for bad input', async () => {
    expectAppError(await post({ channel_id: 'bad' }), 400, 'model.post.query_params.invalid_channel_id');
    expectAppError(await post({ channel_id: 'abcdefghijkmnopqrstuvwxyza' }), 404, 'app.channel.get.existing.app_error');
    expectAppError(await post({ channel_id: w.publicChannel.id, cursor: '!!!' }), 400, 'model.post.decode_cursor.invalid_base64');
    const twoParts = Buffer.from('1:x').toString('base64url');
    expectAppError(await post({ channel_id: w.publicChannel.id, cursor: twoParts }), 400, 'model.post.decode_cursor.invalid_format');
    const v2 = Buffer.from(`2:${w.publicChannel.id}:create_at:false:false:asc:0:`).toString('base64url');
    expectAppError(await post({ channel_id: w.publicChannel.id, cursor: v2 }), 400, 'model.post.decode_cursor.unsupported_version');
    const badField = Buffer.from(`1:${w.publicChannel.id}:edit_at:false:false:asc:0:`).toString('base64url');
    expectAppError(await post({ channel_id: w.publicChannel.id, cursor: badField }), 400, 'model.post.query_params.invalid_time_field');
  });
});

describe('StartBatchUsersExport', () => {
  it('checks the filters before the licence', async () => {
    const res = await t.request('POST', '/api/v4/reports/users/export?team_filter=bad', { token: w.tokens.admin });
    expectAppError(res, 400, 'api.getUsersForReporting.invalid_team_filter');
  });
});
