import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { rawSocket } from '../../helpers/wsClient';
import { removeMemberFromChannel } from '../../../app/channels/members';
import { softDeletePostTree, markThreadDeleted } from '../../../db/queries/posts';
import { newId } from '../../../server/ids';
import { base, support } from '../reactions/support';
import type { ChannelRow, PostRow, UserRow } from '../../../db/schema';

describe('collapsed reply threads', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  const s = support(
    () => t,
    () => w,
  );

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const threadsOf = (token: string | undefined, userId: string, query = '') =>
    t.request('GET', `${base}/users/${userId}/teams/${w.team.id}/threads${query ? `?${query}` : ''}`, { token });
  const threadUrl = (userId: string, threadId: string) => `${base}/users/${userId}/teams/${w.team.id}/threads/${threadId}`;

  /** A fresh user in the team and in a fresh public channel with the team admin, so counts start at zero. */
  async function scene(type: 'O' | 'P' = 'O') {
    const mate = await s.teamUser('crt');
    const channel = await s.channel(type, [mate.row, w.users.member]);
    return { mate, channel };
  }

  /** A root by `author` and one reply per replier (message given), returns the root. */
  async function thread(channel: ChannelRow, author: UserRow, replies: Array<[UserRow, string]>): Promise<PostRow> {
    const root = await s.post(author, channel, `root ${newId().slice(0, 5)}`);
    for (const [u, m] of replies) await s.post(u, channel, m, root.id);
    return root;
  }

  describe('GetUserThreads', () => {
    it('lists followed threads with totals, the root post and the participants', async () => {
      const { mate, channel } = await scene();
      const root = await thread(channel, mate.row, [
        [w.users.member, `hello @${mate.row.username}`],
        [w.users.teamAdmin, 'second reply'],
      ]);
      const res = await threadsOf(mate.token, 'me');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ total: 1, total_unread_threads: 1, total_unread_mentions: 1, total_unread_urgent_mentions: 0 });
      expect(res.body.threads).toHaveLength(1);
      const th = res.body.threads[0];
      expect(th).toMatchObject({ id: root.id, reply_count: 2, unread_replies: 2, unread_mentions: 1, is_urgent: false, delete_at: 0, last_viewed_at: 0 });
      expect(th.last_reply_at).toBeGreaterThan(root.createAt);
      expect(th.post).toMatchObject({ id: root.id, message: root.message, channel_id: channel.id });
      expect(th.participants).toEqual([{ id: w.users.member.id }, { id: w.users.teamAdmin.id }]);

      const extended = await threadsOf(mate.token, mate.row.id, 'extended=true');
      expect(extended.body.threads[0].participants.map((u: { username: string }) => u.username)).toEqual([w.users.member.username, w.users.teamAdmin.username]);
      expect(extended.body.threads[0].participants[0]).not.toHaveProperty('password');

      // The repliers follow too; their own replies are read.
      const replier = await threadsOf(w.tokens.teamAdmin, 'me');
      expect(replier.body.threads.map((x: { id: string }) => x.id)).toContain(root.id);
    });

    it('pages with before / after, filters unread and since, and answers totals or threads alone', async () => {
      const { mate, channel } = await scene();
      const a = await thread(channel, mate.row, [[w.users.member, 'a1']]);
      const b = await thread(channel, mate.row, [[w.users.member, 'b1']]);
      const c = await thread(channel, mate.row, [[w.users.member, 'c1']]);
      const ids = (res: { body: { threads: Array<{ id: string }> } }) => res.body.threads.map((x) => x.id);

      expect(ids(await threadsOf(mate.token, 'me'))).toEqual([c.id, b.id, a.id]);
      expect(ids(await threadsOf(mate.token, 'me', 'per_page=2'))).toEqual([c.id, b.id]);
      expect(ids(await threadsOf(mate.token, 'me', `before=${c.id}`))).toEqual([b.id, a.id]);
      expect(ids(await threadsOf(mate.token, 'me', `after=${a.id}`))).toEqual([b.id, c.id]);
      expectAppError(await threadsOf(mate.token, 'me', `before=${c.id}&after=${a.id}`), 400, 'api.getThreadsForUser.bad_params');
      expectAppError(await threadsOf(mate.token, 'me', 'totalsOnly=true&threadsOnly=true'), 400, 'api.getThreadsForUser.bad_only_params');

      const totals = await threadsOf(mate.token, 'me', 'totalsOnly=true');
      expect(totals.body).toMatchObject({ total: 3, total_unread_threads: 3, threads: [] });
      const only = await threadsOf(mate.token, 'me', 'threadsOnly=true');
      expect(only.body).toMatchObject({ total: 0, total_unread_threads: 0, total_unread_mentions: 0 });
      expect(only.body.threads).toHaveLength(3);

      // Reading one leaves two unread; `unread` counts and lists only those.
      expect((await t.request('PUT', `${threadUrl('me', b.id)}/read/${Date.now()}`, { token: mate.token })).status).toBe(200);
      const unread = await threadsOf(mate.token, 'me', 'unread=true');
      expect(unread.body.total).toBe(2);
      expect(ids(unread)).toEqual([c.id, a.id]);

      // since: threads whose membership or last reply changed since then.
      const mark = Date.now() + 1;
      await new Promise((r) => setTimeout(r, 5));
      await s.post(w.users.member, channel, 'a2', a.id);
      expect(ids(await threadsOf(mate.token, 'me', `since=${mark}`))).toEqual([a.id]);
    });

    it("answers only for oneself unless edit_other_users (system admin), and checks the path", async () => {
      expectAppError(await threadsOf(w.tokens.teamAdmin, w.users.member.id), 403, 'api.context.permissions.app_error');
      expect((await threadsOf(w.tokens.admin, w.users.member.id)).status).toBe(200);
      expectAppError(await t.request('GET', `${base}/users/me/teams/nope/threads`, { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
      expectAppError(await t.request('GET', `${base}/users/nope/teams/${w.team.id}/threads`, { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    });

    it('hides threads of deleted roots unless deleted=true', async () => {
      const { mate, channel } = await scene();
      const root = await thread(channel, mate.row, [[w.users.member, 'soon gone']]);
      const at = Date.now();
      await softDeletePostTree(s.db(), root.id, at, mate.row.id);
      await markThreadDeleted(s.db(), root.id, at);
      expect((await threadsOf(mate.token, 'me')).body.threads).toEqual([]);
      const withDeleted = await threadsOf(mate.token, 'me', 'deleted=true');
      expect(withDeleted.body.threads.map((x: { id: string; delete_at: number }) => [x.id, x.delete_at])).toEqual([[root.id, at]]);
      expect(withDeleted.body.threads[0].post.message).toBe('');
    });

    it('drops the threads of a channel the user left (private channels stay private)', async () => {
      const { mate, channel } = await scene('P');
      const root = await thread(channel, mate.row, [[w.users.member, `secret reply @${mate.row.username}`]]);
      expect((await threadsOf(mate.token, 'me')).body.total).toBe(1);
      await removeMemberFromChannel(s.server(), channel, mate.row);
      const after = await threadsOf(mate.token, 'me');
      expect(after.body).toMatchObject({ total: 0, total_unread_threads: 0, total_unread_mentions: 0, threads: [] });
      expect(JSON.stringify(after.body)).not.toContain('secret reply');
      expectAppError(await t.request('GET', threadUrl('me', root.id), { token: mate.token }), 404, 'app.user.get_thread_membership_for_user.not_found');
    });
  });

  describe('GetUserThread', () => {
    it('answers one followed thread, 404 when not followed or never followed', async () => {
      const { mate, channel } = await scene();
      const root = await thread(channel, mate.row, [[w.users.member, 'single']]);
      const one = await t.request('GET', `${threadUrl('me', root.id)}?extended=true`, { token: mate.token });
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id: root.id, reply_count: 1, unread_replies: 1 });
      expect(one.body.participants[0].username).toBe(w.users.member.username);
      expectAppError(await t.request('GET', threadUrl('me', root.id), { token: w.tokens.guest }), 404, 'app.user.get_thread_membership_for_user.not_found');
      expect((await t.request('DELETE', `${threadUrl('me', root.id)}/following`, { token: mate.token })).status).toBe(200);
      expectAppError(await t.request('GET', threadUrl('me', root.id), { token: mate.token }), 404, 'app.user.get_threads_for_user.not_found');
      expectAppError(await t.request('GET', threadUrl('me', 'nope'), { token: mate.token }), 400, 'api.context.invalid_url_param.app_error');
    });
  });

  describe('following', () => {
    it('unfollows and follows again (read from then on), telling the user with thread_follow_changed', async () => {
      const { mate, channel } = await scene();
      const root = await thread(channel, mate.row, [[w.users.member, 'follow me']]);
      const sock = await rawSocket(url, { token: mate.token });
      await sock.event('hello');

      const off = await t.request('DELETE', `${threadUrl('me', root.id)}/following`, { token: mate.token });
      expect(off.body).toEqual({ status: 'OK' });
      const [changed] = await sock.event('thread_follow_changed');
      expect(changed.data).toEqual({ thread_id: root.id, state: false, reply_count: 1 });
      expect(changed.broadcast.user_id).toBe(mate.row.id);
      expect((await threadsOf(mate.token, 'me')).body.threads).toEqual([]);

      expect((await t.request('PUT', `${threadUrl('me', root.id)}/following`, { token: mate.token })).status).toBe(200);
      const events = await sock.event('thread_follow_changed', 2);
      expect(events[1].data).toEqual({ thread_id: root.id, state: true, reply_count: 1 });
      const back = await threadsOf(mate.token, 'me');
      expect(back.body.threads.map((x: { id: string; unread_replies: number }) => [x.id, x.unread_replies])).toEqual([[root.id, 0]]);
      sock.close();
    });

    it('lets a channel member follow a thread they never took part in; others may not', async () => {
      const { mate, channel } = await scene('P');
      const root = await thread(channel, mate.row, [[mate.row, 'self reply']]);
      expect((await t.request('PUT', `${threadUrl('me', root.id)}/following`, { token: w.tokens.member })).status).toBe(200);
      expect((await threadsOf(w.tokens.member, 'me')).body.threads.map((x: { id: string }) => x.id)).toContain(root.id);
      expectAppError(await t.request('PUT', `${threadUrl('me', root.id)}/following`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('PUT', `${threadUrl('me', root.id)}/following`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });
  });

  describe('read state', () => {
    it('marks a thread read up to a time, and unread from a post, with thread_read_changed', async () => {
      const { mate, channel } = await scene();
      const root = await s.post(mate.row, channel, 'read me');
      const r1 = await s.post(w.users.member, channel, `first @${mate.row.username}`, root.id);
      const r2 = await s.post(w.users.teamAdmin, channel, 'second', root.id);
      const sock = await rawSocket(url, { token: mate.token });
      await sock.event('hello');

      const read = await t.request('PUT', `${threadUrl('me', root.id)}/read/${r2.createAt}`, { token: mate.token });
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      expect(read.body).toMatchObject({ id: root.id, last_viewed_at: r2.createAt, unread_replies: 0, unread_mentions: 0 });
      const [ev] = await sock.event('thread_read_changed');
      expect(ev.data).toEqual({
        thread_id: root.id,
        timestamp: r2.createAt,
        unread_mentions: 0,
        unread_replies: 0,
        previous_unread_mentions: 1,
        previous_unread_replies: 2,
        channel_id: channel.id,
      });

      const unread = await t.request('POST', `${threadUrl('me', root.id)}/set_unread/${r1.id}`, { token: mate.token });
      expect(unread.status, JSON.stringify(unread.body)).toBe(200);
      expect(unread.body).toMatchObject({ last_viewed_at: r1.createAt - 1, unread_replies: 2, unread_mentions: 1 });
      const other = await s.post(w.users.member, w.publicChannel, 'elsewhere');
      expectAppError(await t.request('POST', `${threadUrl('me', root.id)}/set_unread/${other.id}`, { token: mate.token }), 400, 'app.user.update_thread_read_for_user_by_post.app_error');
      expectAppError(await t.request('POST', `${threadUrl('me', root.id)}/set_unread/${newId()}`, { token: mate.token }), 404, 'app.post.get.app_error');
      expectAppError(await t.request('PUT', `${threadUrl('me', root.id)}/read/abc`, { token: mate.token }), 404, 'api.context.404.app_error');
      const stranger = await s.post(w.users.member, w.publicChannel, 'not a thread of mine');
      expectAppError(await t.request('PUT', `${threadUrl('me', stranger.id)}/read/1`, { token: mate.token }), 404, 'app.user.get_thread_membership_for_user.not_found');
      sock.close();
    });

    it('marks every thread of the team read (PUT threads/read)', async () => {
      const { mate, channel } = await scene();
      await thread(channel, mate.row, [[w.users.member, `x @${mate.row.username}`]]);
      await thread(channel, mate.row, [[w.users.member, 'y']]);
      expect((await threadsOf(mate.token, 'me')).body.total_unread_threads).toBe(2);
      const res = await t.request('PUT', `${base}/users/me/teams/${w.team.id}/threads/read`, { token: mate.token });
      expect(res.body).toEqual({ status: 'OK' });
      expect((await threadsOf(mate.token, 'me')).body).toMatchObject({ total: 2, total_unread_threads: 0, total_unread_mentions: 0 });
    });
  });

  it('GetThreadMentionCountsByChannel: not routed by Mattermost, so 404', async () => {
    expectAppError(await t.request('GET', `${base}/users/me/teams/${w.team.id}/threads/mention_counts`, { token: w.tokens.member }), 404, 'api.context.404.app_error');
  });
});
