import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { base, postsHelpers } from './helpers';
import { newId } from '../../../server/ids';

describe('posts: channel lists, threads, since', () => {
  let t: TestServer;
  let w: World;
  const h = postsHelpers(() => t, () => w);

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  /** A channel with: r1, r2, (reply a to r1), r3, (reply b to r1), r4 — oldest first. */
  async function fixture() {
    const ch = await h.channel('O', [w.users.member]);
    const mk = (message: string, root_id?: string) => h.createPost(w.tokens.member, { channel_id: ch.id, message, root_id });
    const r1 = await mk('r1');
    const r2 = await mk('r2');
    const a = await mk('a', r1.id);
    const r3 = await mk('r3');
    const b = await mk('b', r1.id);
    const r4 = await mk('r4');
    return { ch, r1, r2, a, r3, b, r4 };
  }
  const get = (path: string, token = w.tokens.member) => t.request('GET', `${base}${path}`, { token });

  it('pages the channel newest first, with the threads of replies in `posts`, and cursors', async () => {
    const { ch, r1, r2, a, r3, b, r4 } = await fixture();
    const page = await get(`/channels/${ch.id}/posts?per_page=3`);
    expect(page.status).toBe(200);
    expect(page.body.order).toEqual([r4.id, b.id, r3.id]);
    expect(Object.keys(page.body.posts).sort()).toEqual([r4.id, b.id, r3.id, r1.id, a.id].sort());
    expect(page.body).toMatchObject({ next_post_id: '', prev_post_id: a.id, has_next: false, first_inaccessible_post_time: 0 });
    expect(page.body.posts[r1.id].reply_count).toBe(2);
    expect(page.body.posts[b.id].reply_count).toBe(2);
    const second = await get(`/channels/${ch.id}/posts?page=1&per_page=3`);
    expect(second.body.order).toEqual([a.id, r2.id, r1.id]);
    expect(second.body).toMatchObject({ next_post_id: r3.id, prev_post_id: '' });
    const skip = await get(`/channels/${ch.id}/posts?per_page=2&skipFetchThreads=true`);
    expect(Object.keys(skip.body.posts).sort()).toEqual([r4.id, b.id, r1.id].sort());
  });

  it('reads before and after a post, and collapsed threads (roots only, with thread figures)', async () => {
    const { ch, r1, r2, a, r3, b, r4 } = await fixture();
    const before = await get(`/channels/${ch.id}/posts?before=${r3.id}&per_page=2`);
    expect(before.body.order).toEqual([a.id, r2.id]);
    expect(before.body).toMatchObject({ next_post_id: r3.id, prev_post_id: r1.id });
    const after = await get(`/channels/${ch.id}/posts?after=${r2.id}&per_page=2`);
    expect(after.body.order).toEqual([r3.id, a.id]);
    expect(after.body).toMatchObject({ prev_post_id: r2.id, next_post_id: b.id });
    const end = await get(`/channels/${ch.id}/posts?after=${b.id}&per_page=5`);
    expect(end.body.order).toEqual([r4.id]);
    expect(end.body.next_post_id).toBe('');
    const crt = await get(`/channels/${ch.id}/posts?collapsedThreads=true&collapsedThreadsExtended=true&per_page=10`);
    expect(crt.body.order).toEqual([r4.id, r3.id, r2.id, r1.id]);
    expect(crt.body.posts[r1.id]).toMatchObject({ reply_count: 2, last_reply_at: b.create_at, is_following: true });
    expect(crt.body.posts[r1.id].participants.map((u: any) => u.id)).toEqual([w.users.member.id]);
    expect(crt.body.posts[r1.id].participants[0].username).toBe(w.users.member.username);
    const stub = await get(`/channels/${ch.id}/posts?collapsedThreads=true&per_page=10`);
    expect(stub.body.posts[r1.id].participants).toEqual([{ id: w.users.member.id }]);
    expect(stub.body.posts[r2.id].participants).toBeNull();
    const crtBefore = await get(`/channels/${ch.id}/posts?collapsedThreads=true&before=${r3.id}&per_page=1`);
    expect(crtBefore.body.order).toEqual([r2.id]);
    expectAppError(await get(`/channels/${ch.id}/posts?before=nope`), 400, 'api.context.invalid_url_param.app_error');
  });

  it('reads a thread, paged in both directions, and collapsed', async () => {
    const { r1, a, b, r2 } = await fixture();
    const thread = await get(`/posts/${a.id}/thread`);
    expect(thread.status).toBe(200);
    expect(thread.body.order[0]).toBe(a.id);
    expect([...thread.body.order].sort()).toEqual([a.id, r1.id, b.id].sort());
    const down = await get(`/posts/${r1.id}/thread?perPage=1&direction=down&fromCreateAt=${r1.create_at}&fromPost=${r1.id}`);
    expect(down.body.order).toEqual([r1.id, a.id]);
    expect(down.body.has_next).toBe(true);
    const down2 = await get(`/posts/${r1.id}/thread?perPage=1&direction=down&fromCreateAt=${a.create_at}&fromPost=${a.id}`);
    expect(down2.body.order).toEqual([r1.id, b.id]);
    expect(down2.body.has_next).toBe(false);
    const up = await get(`/posts/${r1.id}/thread?perPage=5&direction=up`);
    expect(up.body.order).toEqual([r1.id, b.id, a.id]);
    const collapsed = await get(`/posts/${r1.id}/thread?collapsedThreads=true&direction=down`);
    expect(collapsed.body.order).toEqual([r1.id, a.id, b.id]);
    expect(collapsed.body.posts[r1.id]).toMatchObject({ reply_count: 2, is_following: true, participants: [{ id: w.users.member.id }] });
    const single = await get(`/posts/${r2.id}/thread?skipFetchThreads=true`);
    expect(single.body.order).toEqual([r2.id]);
    expectAppError(await get(`/posts/${r1.id}/thread?fromPost=${a.id}`), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await get(`/posts/${r1.id}/thread?direction=sideways`), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await get(`/posts/${r1.id}/thread?updatesOnly=true`), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await get(`/posts/${newId()}/thread`), 404, 'app.post.get.app_error');
    expectAppError(await get(`/posts/${r1.id}/thread`, w.tokens.outsider), 403, 'api.context.permissions.app_error');
  });

  it('returns the changes since a time, edits and deletes included, with empty cursors', async () => {
    const { ch, r1, a, r3, r4 } = await fixture();
    const patched = await t.request('PUT', `${base}/posts/${r3.id}/patch`, { token: w.tokens.member, body: { message: 'r3 edited' } });
    await t.request('DELETE', `${base}/posts/${a.id}`, { token: w.tokens.member });
    const since = await get(`/channels/${ch.id}/posts?since=${r4.update_at}`);
    expect(since.status).toBe(200);
    expect([...since.body.order].sort()).toEqual([r3.id, a.id, r1.id].sort());
    expect(since.body.posts[r3.id]).toMatchObject({ message: 'r3 edited', update_at: patched.body.update_at });
    expect(since.body.posts[a.id].delete_at).toBeGreaterThan(0);
    expect(since.body.posts[a.id].message).toBe('');
    expect(since.body.posts[r1.id].reply_count).toBe(1);
    expect(since.body).toMatchObject({ next_post_id: '', prev_post_id: '' });
    const nothing = await get(`/channels/${ch.id}/posts?since=${Date.now() + 60_000}`);
    expect(nothing.body.order).toEqual([]);
    const crt = await get(`/channels/${ch.id}/posts?since=${r4.update_at}&collapsedThreads=true`);
    expect([...crt.body.order].sort()).toEqual([r3.id, r1.id].sort());
  });

  it('reads around the last unread post, or the newest page when all is read', async () => {
    const ch = await h.channel('O', [w.users.member]);
    const mk = (message: string) => h.createPost(w.tokens.teamAdmin, { channel_id: ch.id, message });
    const p1 = await mk('p1');
    const p2 = await mk('p2');
    // member reads the channel, then three more posts arrive
    expect((await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.member, body: { channel_id: ch.id } })).status).toBe(200);
    const p3 = await mk('p3');
    const p4 = await mk('p4');
    const p5 = await mk('p5');
    const around = await get(`/users/me/channels/${ch.id}/posts/unread?limit_before=1&limit_after=2`);
    expect(around.status).toBe(200);
    expect(around.body.order).toEqual([p4.id, p3.id, p2.id]);
    expect(around.body).toMatchObject({ next_post_id: p5.id, prev_post_id: p1.id });
    await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.member, body: { channel_id: ch.id } });
    const read = await get(`/users/me/channels/${ch.id}/posts/unread?limit_before=2&limit_after=2`);
    expect(read.body.order).toEqual([p5.id, p4.id]);
    expect(read.body).toMatchObject({ next_post_id: '', prev_post_id: p3.id });
    expectAppError(await get(`/users/me/channels/${ch.id}/posts/unread?limit_after=0`), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await get(`/users/${w.users.teamAdmin.id}/channels/${ch.id}/posts/unread`), 403, 'api.context.permissions.app_error');
    expectAppError(await get(`/users/me/channels/${ch.id}/posts/unread`, w.tokens.guest), 403, 'api.context.permissions.app_error');
  });

  it('refuses include_deleted to non-admins and shows deleted posts to admins', async () => {
    const { ch, r2 } = await fixture();
    await t.request('DELETE', `${base}/posts/${r2.id}`, { token: w.tokens.member });
    expectAppError(await get(`/channels/${ch.id}/posts?include_deleted=true`), 403, 'api.context.permissions.app_error');
    const normal = await get(`/channels/${ch.id}/posts`);
    expect(normal.body.order).not.toContain(r2.id);
    const admin = await get(`/channels/${ch.id}/posts?include_deleted=true`, w.tokens.admin);
    expect(admin.body.order).toContain(r2.id);
    expect(admin.body.posts[r2.id].message).toBe('');
  });
});
