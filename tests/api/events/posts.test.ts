import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { contractViolations, type Frame } from '../../helpers/wsClient';
import { postsHelpers } from '../posts/helpers';
import { eventHarness, expectFailsSilently, type EventHarness } from './helpers';
import type { WsEvent } from '../../../server/events/types';

const base = '/api/v4';
const POST_EVENTS = ['posted', 'thread_updated', 'multiple_channels_viewed', 'status_change', 'ephemeral_message'];

/** The thread_updated events of a batch, by recipient, with the thread decoded. */
function threadUpdates(events: WsEvent[]) {
  const out = new Map<string, { thread: any; previous_unread_mentions: number; previous_unread_replies: number; broadcast: WsEvent['broadcast'] }>();
  for (const e of events.filter((x) => x.event === 'thread_updated')) {
    out.set(e.broadcast.user_id!, {
      thread: JSON.parse(e.data.thread as string),
      previous_unread_mentions: e.data.previous_unread_mentions as number,
      previous_unread_replies: e.data.previous_unread_replies as number,
      broadcast: e.broadcast,
    });
  }
  return out;
}

/** The `posted` copy a user would receive: their own, else the channel-wide one (unless omitted). */
function postedFor(events: WsEvent[], userId: string) {
  const posted = events.filter((e) => e.event === 'posted');
  return posted.find((e) => e.broadcast.user_id === userId) ?? posted.find((e) => !e.broadcast.user_id && !e.broadcast.omit_users?.[userId]);
}

describe('post and thread events (collapsed threads always on)', () => {
  let t: TestServer;
  let w: World;
  let h: EventHarness;
  const p = postsHelpers(() => t, () => w);

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    h = await eventHarness(t, w, await t.listen({ presence: { offlineGraceMs: 100_000, sweepMs: 100_000 } }));
  });
  afterAll(async () => {
    h.close();
    await t.close();
  });
  afterEach(() => {
    expectNoViolations(t);
    expect(contractViolations()).toEqual([]);
  });

  const reply = (token: string, channelId: string, rootId: string, message: string) => h.during(() => p.createPost(token, { channel_id: channelId, root_id: rootId, message }), POST_EVENTS);

  it('a reply sends thread_updated to each follower, and `followers` in their own copy of `posted`', async () => {
    const { member, teamAdmin, guest } = w.users;
    const ch = await p.channel('O', [member, guest]);
    let root: any;
    const rootEvents = await h.during(async () => {
      root = await p.createPost(w.tokens.member, { channel_id: ch.id, message: 'root' });
    }, POST_EVENTS);
    expect(rootEvents.filter((e) => e.event === 'thread_updated')).toEqual([]);

    // First reply: the root's author and the replier follow; the author starts following now.
    const first = await reply(w.tokens.teamAdmin!, ch.id, root.id, 'first');
    const t1 = threadUpdates(first);
    expect([...t1.keys()].sort()).toEqual([member.id, teamAdmin.id].sort());
    const forMember = t1.get(member.id)!;
    expect(forMember.broadcast).toEqual({ team_id: w.team.id, user_id: member.id });
    expect(forMember.thread).toMatchObject({ id: root.id, reply_count: 1, unread_replies: 1, unread_mentions: 0, post: { id: root.id } });
    // participants are the repliers, as users (sanitised profiles)
    expect(forMember.thread.participants.map((u: { username: string }) => u.username)).toEqual([teamAdmin.username]);
    expect(forMember.thread.participants[0]).toMatchObject({ id: teamAdmin.id, notify_props: {} });
    expect(forMember).toMatchObject({ previous_unread_mentions: 0, previous_unread_replies: 0 });
    expect(t1.get(teamAdmin.id)).toMatchObject({ thread: { unread_replies: 0, unread_mentions: 0 }, previous_unread_mentions: 0, previous_unread_replies: 0 });
    expect(postedFor(first, member.id)!.data.followers).toBe(JSON.stringify([member.id]));
    expect(postedFor(first, teamAdmin.id)!.data.followers).toBeUndefined();
    expect(postedFor(first, guest.id)!.data.followers).toBeUndefined();

    // Second reply mentions the guest, who starts following; the author has one more unread reply.
    const second = await reply(w.tokens.teamAdmin!, ch.id, root.id, `second for @${guest.username}`);
    const t2 = threadUpdates(second);
    expect([...t2.keys()].sort()).toEqual([member.id, teamAdmin.id, guest.id].sort());
    expect(t2.get(member.id)).toMatchObject({ thread: { reply_count: 2, unread_replies: 2 }, previous_unread_replies: 1, previous_unread_mentions: 0 });
    expect(t2.get(guest.id)).toMatchObject({ thread: { unread_mentions: 1 }, previous_unread_replies: 0, previous_unread_mentions: 0 });
    expect(t2.get(teamAdmin.id)).toMatchObject({ thread: { unread_replies: 0 }, previous_unread_replies: 0 });
    expect(postedFor(second, guest.id)!.data).toMatchObject({ mentions: JSON.stringify([guest.id]), followers: JSON.stringify([guest.id]) });
    expect(postedFor(second, member.id)!.data).toMatchObject({ followers: JSON.stringify([member.id]) });
    expect(postedFor(second, member.id)!.data.mentions).toBeUndefined();

    // The root's author replies: they have read it all; the replier's previous counts are theirs before.
    const third = await reply(w.tokens.member!, ch.id, root.id, 'third');
    const t3 = threadUpdates(third);
    expect(t3.get(member.id)).toMatchObject({ thread: { reply_count: 3, unread_replies: 0, unread_mentions: 0 }, previous_unread_replies: 2, previous_unread_mentions: 0 });
    expect(t3.get(guest.id)).toMatchObject({ thread: { unread_replies: 3, unread_mentions: 1 }, previous_unread_replies: 2, previous_unread_mentions: 1 });
    expect(t3.get(teamAdmin.id)).toMatchObject({ thread: { unread_replies: 1 }, previous_unread_replies: 0 });
    expect(postedFor(third, member.id)!.data.followers).toBeUndefined();

    // Delivery: followers receive their own thread_updated; non-members of the channel receive nothing.
    await h.barrier();
    for (const who of ['member', 'teamAdmin', 'guest'] as const) {
      const got = h.frames(who, 'thread_updated', (f) => JSON.parse(f.data.thread).id === root.id);
      expect(got.length, who).toBe(who === 'guest' ? 2 : 3);
    }
    for (const who of ['admin', 'outsider']) {
      expect(h.frames(who, 'thread_updated'), who).toEqual([]);
      expect(h.frames(who, 'posted', (f) => JSON.parse(f.data.post).channel_id === ch.id), who).toEqual([]);
    }
    const memberPosted = h.frames('member', 'posted', (f) => JSON.parse(f.data.post).root_id === root.id);
    expect(memberPosted.map((f) => f.data.followers ?? null)).toEqual([JSON.stringify([member.id]), JSON.stringify([member.id]), null]);
  });

  it('deleting a reply takes back the unread mention it made, with thread_updated to that user only', async () => {
    const { guest, member } = w.users;
    const ch = await p.channel('O', [member, guest]);
    const root = await p.createPost(w.tokens.member, { channel_id: ch.id, message: 'root' });
    const mention = await p.createPost(w.tokens.teamAdmin, { channel_id: ch.id, root_id: root.id, message: `look @${guest.username}` });
    const names = ['thread_updated', 'post_deleted'];
    await expectFailsSilently(h, names, () => t.request('DELETE', `${base}/posts/${mention.id}`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
    const events = await h.during(() => t.request('DELETE', `${base}/posts/${mention.id}`, { token: w.tokens.teamAdmin }), names);
    expect(events.map((e) => e.event)).toEqual(['post_deleted', 'thread_updated']);
    expect(events[1]).toMatchObject({ data: { previous_unread_mentions: 0, previous_unread_replies: 0 }, broadcast: { team_id: w.team.id, user_id: guest.id } });
    expect(JSON.parse(events[1].data.thread as string)).toMatchObject({ id: root.id, reply_count: 0, unread_mentions: 0 });
    // Once read past, a deleted mention changes nothing.
    const again = await p.createPost(w.tokens.teamAdmin, { channel_id: ch.id, root_id: root.id, message: `again @${guest.username}` });
    expect((await t.request('PUT', `${base}/users/me/teams/${w.team.id}/threads/${root.id}/read/${Date.now()}`, { token: w.tokens.guest })).status).toBe(200);
    const later = await h.during(() => t.request('DELETE', `${base}/posts/${again.id}`, { token: w.tokens.teamAdmin }), names);
    expect(later.map((e) => e.event)).toEqual(['post_deleted']);
  });

  it('direct messages: thread_updated without a team, to the two members only', async () => {
    const dm = await p.directChannel(w.users.member, w.users.outsider);
    const root = await p.createPost(w.tokens.member, { channel_id: dm.id, message: 'psst' });
    const events = await reply(w.tokens.outsider!, dm.id, root.id, 'yes?');
    const updates = threadUpdates(events);
    expect([...updates.keys()].sort()).toEqual([w.users.member.id, w.users.outsider.id].sort());
    expect(updates.get(w.users.member.id)!.broadcast).toEqual({ team_id: '', user_id: w.users.member.id });
    expect(postedFor(events, w.users.member.id)!.data).toMatchObject({ mentions: JSON.stringify([w.users.member.id]), followers: JSON.stringify([w.users.member.id]), channel_type: 'D' });
    await h.barrier();
    for (const who of ['admin', 'teamAdmin', 'guest']) {
      expect(h.frames(who, 'thread_updated', (f) => JSON.parse(f.data.thread).id === root.id), who).toEqual([]);
      expect(h.frames(who, 'posted', (f) => JSON.parse(f.data.post).channel_id === dm.id), who).toEqual([]);
    }
    expect(h.frames('outsider', 'thread_updated', (f) => JSON.parse(f.data.thread).id === root.id)).toHaveLength(1);
  });

  it('set_online brings the poster online unless they chose a status or asked not to', async () => {
    const mate = await p.teamUser('poster');
    const ch = await p.channel('O', [mate.row]);
    const statusOf = async (id: string) => (await t.request('GET', `${base}/users/${id}/status`, { token: w.tokens.admin })).body.status;
    expect(await statusOf(mate.row.id)).toBe('offline');
    let res: any;
    const quiet = await h.during(async () => {
      res = await t.request('POST', `${base}/posts?set_online=false`, { token: mate.token, body: { channel_id: ch.id, message: 'quietly' } });
    }, POST_EVENTS);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(quiet.find((e) => e.event === 'posted')!.data.set_online).toBe(false);
    expect(quiet.filter((e) => e.event === 'status_change')).toEqual([]);
    expect(await statusOf(mate.row.id)).toBe('offline');

    const loud = await h.during(() => p.createPost(mate.token, { channel_id: ch.id, message: 'hello' }), POST_EVENTS);
    expect(loud.find((e) => e.event === 'posted')!.data.set_online).toBe(true);
    expect(loud.filter((e) => e.event === 'status_change')).toEqual([{ event: 'status_change', data: { status: 'online', user_id: mate.row.id }, broadcast: { user_id: mate.row.id } }]);
    expect(await statusOf(mate.row.id)).toBe('online');
    // Already online: nothing more to say.
    expect((await h.during(() => p.createPost(mate.token, { channel_id: ch.id, message: 'again' }), ['status_change']))).toEqual([]);

    expect((await t.request('PUT', `${base}/users/me/status`, { token: mate.token, body: { user_id: mate.row.id, status: 'dnd' } })).status).toBe(200);
    expect(await h.during(() => p.createPost(mate.token, { channel_id: ch.id, message: 'busy' }), ['status_change'])).toEqual([]);
    expect(await statusOf(mate.row.id)).toBe('dnd');
  });

  it('a refused post publishes nothing and changes no status', async () => {
    const closed = await p.channel('P', [w.users.member]);
    const root = await p.createPost(w.tokens.member, { channel_id: closed.id, message: 'root' });
    await expectFailsSilently(h, POST_EVENTS, () => t.request('POST', `${base}/posts`, { token: w.tokens.outsider, body: { channel_id: closed.id, message: 'intrusion' } }), 403, 'api.context.permissions.app_error');
    await expectFailsSilently(
      h,
      POST_EVENTS,
      () => t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: w.publicChannel.id, root_id: root.id, message: 'wrong channel' } }),
      400,
      'api.post.create_post.channel_root_id.app_error',
    );
    await expectFailsSilently(
      h,
      POST_EVENTS,
      () => t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: closed.id, root_id: 'abcdefghijklmnopqrstuvwxyz', message: 'no root' } }),
      400,
      'api.post.create_post.root_id.app_error',
    );
    expect((await t.request('DELETE', `${base}/channels/${closed.id}`, { token: w.tokens.teamAdmin })).status).toBe(200);
    await expectFailsSilently(
      h,
      POST_EVENTS,
      () => t.request('POST', `${base}/posts`, { token: w.tokens.member, body: { channel_id: closed.id, message: 'archived' } }),
      400,
      'api.post.create_post.can_not_post_to_deleted.error',
    );
  });

  it('thread_follow_changed and thread_read_changed reach the user alone; refusals publish nothing', async () => {
    const root = await p.createPost(w.tokens.member, { channel_id: w.publicChannel.id, message: 'thread' });
    await p.createPost(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, root_id: root.id, message: 'reply' });
    const threadUrl = (user: string) => `${base}/users/${user}/teams/${w.team.id}/threads/${root.id}`;
    const names = ['thread_follow_changed', 'thread_read_changed'];

    const unfollow = await h.during(() => t.request('DELETE', `${threadUrl('me')}/following`, { token: w.tokens.member }), names);
    expect(unfollow).toEqual([{ event: 'thread_follow_changed', data: { thread_id: root.id, state: false, reply_count: 1 }, broadcast: { user_id: w.users.member.id, team_id: w.team.id } }]);
    const follow = await h.during(() => t.request('PUT', `${threadUrl('me')}/following`, { token: w.tokens.member }), names);
    expect(follow[0].data).toEqual({ thread_id: root.id, state: true, reply_count: 1 });

    const read = await h.during(() => t.request('PUT', `${threadUrl('me')}/read/${root.create_at}`, { token: w.tokens.member }), names);
    expect(read).toHaveLength(1);
    expect(read[0].data).toMatchObject({ thread_id: root.id, timestamp: root.create_at, unread_replies: 1, channel_id: w.publicChannel.id });
    expect(read[0].broadcast).toEqual({ user_id: w.users.member.id, team_id: w.team.id });
    const all = await h.during(() => t.request('PUT', `${base}/users/me/teams/${w.team.id}/threads/read`, { token: w.tokens.member }), names);
    expect(all).toEqual([{ event: 'thread_read_changed', data: {}, broadcast: { user_id: w.users.member.id, team_id: w.team.id } }]);

    await expectFailsSilently(h, names, () => t.request('PUT', `${threadUrl(w.users.teamAdmin.id)}/following`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    await expectFailsSilently(h, names, () => t.request('PUT', `${base}/users/me/teams/${w.team.id}/threads/${root.id}/following`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    await expectFailsSilently(h, names, () => t.request('PUT', `${threadUrl('me')}/read/1`, { token: w.tokens.outsider }), 404, 'app.user.get_thread_membership_for_user.not_found');
    await h.barrier();
    for (const who of ['admin', 'teamAdmin', 'guest', 'outsider']) {
      const mine = (f: Frame) => f.data?.thread_id === root.id || f.data?.thread_id === undefined;
      expect(h.frames(who, 'thread_follow_changed', mine).concat(h.frames(who, 'thread_read_changed', mine)), who).toEqual([]);
    }
    expect(h.frames('member', 'thread_read_changed')).toHaveLength(2);
  });
});

describe('thread events follow each user\'s collapsed-threads setting (default_off)', () => {
  let t: TestServer;
  let w: World;
  let h: EventHarness;
  const p = postsHelpers(() => t, () => w);

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_COLLAPSEDTHREADS: 'default_off' } });
    w = await buildWorld(t);
    h = await eventHarness(t, w, await t.listen({ presence: { offlineGraceMs: 100_000, sweepMs: 100_000 } }), ['member', 'teamAdmin']);
  });
  afterAll(async () => {
    h.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  it('only users who turned collapsed threads on get thread_updated and `followers`', async () => {
    const on = { user_id: w.users.teamAdmin.id, category: 'display_settings', name: 'collapsed_reply_threads', value: 'on' };
    expect((await t.request('PUT', `${base}/users/me/preferences`, { token: w.tokens.teamAdmin, body: [on] })).status).toBe(200);
    const root = await p.createPost(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, message: 'root' });
    const events = await h.during(() => p.createPost(w.tokens.member, { channel_id: w.publicChannel.id, root_id: root.id, message: 'reply' }), POST_EVENTS);
    expect([...threadUpdates(events).keys()]).toEqual([w.users.teamAdmin.id]);
    expect(postedFor(events, w.users.teamAdmin.id)!.data.followers).toBe(JSON.stringify([w.users.teamAdmin.id]));
    expect(postedFor(events, w.users.member.id)!.data.followers).toBeUndefined();
    await h.barrier();
    expect(h.frames('member', 'thread_updated')).toEqual([]);
    expect(h.frames('teamAdmin', 'thread_updated')).toHaveLength(1);
  });
});
