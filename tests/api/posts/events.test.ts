import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { rawSocket, waitUntil } from '../../helpers/wsClient';
import { base, postsHelpers } from './helpers';

type Socket = Awaited<ReturnType<typeof rawSocket>>;

describe('posts: WebSocket events', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  const h = postsHelpers(() => t, () => w);
  const sockets: Record<string, Socket> = {};

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
    for (const who of ['member', 'teamAdmin', 'guest', 'outsider', 'admin'] as const) {
      sockets[who] = await rawSocket(url, { token: w.tokens[who] });
      await sockets[who].event('hello');
    }
  });
  afterAll(async () => {
    for (const s of Object.values(sockets)) s.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  const events = (who: string, name: string) => sockets[who].frames.filter((f) => f.event === name);
  /** Waits until every socket has answered a ping sent after the action, so absent events are really absent. */
  async function settle() {
    await Promise.all(Object.values(sockets).map(async (s) => (await s.reply(s.send('ping'))).status));
  }
  const postsIn = (who: string, name: string, postId: string) => events(who, name).filter((f) => JSON.parse(f.data.post).id === postId);

  it('sends `posted` to the members of a private channel only, with Mattermost\'s data and per-user mentions', async () => {
    const post = await h.createPost(w.tokens.teamAdmin, { channel_id: w.privateChannel.id, message: `secret for @${w.users.member.username}` });
    await waitUntil(() => postsIn('member', 'posted', post.id)[0], 5000, 'member posted');
    await waitUntil(() => postsIn('teamAdmin', 'posted', post.id)[0], 5000, 'author posted');
    await settle();
    expect(postsIn('outsider', 'posted', post.id)).toEqual([]);
    expect(postsIn('guest', 'posted', post.id)).toEqual([]);
    expect(postsIn('admin', 'posted', post.id)).toEqual([]);
    const [forMember] = postsIn('member', 'posted', post.id);
    expect(postsIn('member', 'posted', post.id)).toHaveLength(1);
    expect(forMember.data).toMatchObject({
      channel_display_name: w.privateChannel.displayName,
      channel_name: w.privateChannel.name,
      channel_type: 'P',
      sender_name: `@${w.users.teamAdmin.username}`,
      set_online: true,
      team_id: w.team.id,
      mentions: JSON.stringify([w.users.member.id]),
    });
    expect(forMember.broadcast.channel_id).toBe(w.privateChannel.id);
    expect(JSON.parse(forMember.data.post)).toMatchObject({ id: post.id, message: post.message, user_id: w.users.teamAdmin.id });
    const [forAuthor] = postsIn('teamAdmin', 'posted', post.id);
    expect(forAuthor.data.mentions).toBeUndefined();
    // the author's own channel is read
    const viewed = await waitUntil(() => events('teamAdmin', 'multiple_channels_viewed').find((f) => f.data.channel_times[w.privateChannel.id]), 5000, 'viewed');
    expect(viewed.data.channel_times[w.privateChannel.id]).toBe(post.create_at);
  });

  it('sends `post_edited` (edits and pins) and `post_deleted` to members only; system admins learn who deleted', async () => {
    const ch = await h.channel('P', [w.users.member, w.users.admin]);
    const post = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'v1' });
    await t.request('PUT', `${base}/posts/${post.id}/patch`, { token: w.tokens.member, body: { message: 'v2' } });
    await t.request('POST', `${base}/posts/${post.id}/pin`, { token: w.tokens.teamAdmin });
    await waitUntil(() => postsIn('member', 'post_edited', post.id).length === 2, 5000, 'edits');
    const edits = postsIn('member', 'post_edited', post.id).map((f) => JSON.parse(f.data.post));
    expect(edits.map((p) => [p.message, p.is_pinned])).toEqual([
      ['v2', false],
      ['v2', true],
    ]);
    expect(edits[0].edit_at).toBeGreaterThan(0);
    await t.request('DELETE', `${base}/posts/${post.id}`, { token: w.tokens.member });
    const deleted = await waitUntil(() => postsIn('member', 'post_deleted', post.id)[0], 5000, 'deleted');
    expect(deleted.data.delete_by).toBeUndefined();
    const forAdmin = await waitUntil(() => postsIn('admin', 'post_deleted', post.id)[0], 5000, 'admin deleted');
    expect(forAdmin.data.delete_by).toBe(w.users.member.id);
    await settle();
    for (const who of ['outsider', 'guest']) {
      expect(postsIn(who, 'post_edited', post.id)).toEqual([]);
      expect(postsIn(who, 'post_deleted', post.id)).toEqual([]);
    }
    expect(postsIn('admin', 'post_deleted', post.id)).toHaveLength(1);
  });

  it('sends `post_unread` to the user and `ephemeral_message` only to its recipient', async () => {
    const post = await h.createPost(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, message: 'read me' });
    const res = await t.request('POST', `${base}/users/me/posts/${post.id}/set_unread`, { token: w.tokens.member });
    expect(res.status).toBe(200);
    const unread = await waitUntil(() => events('member', 'post_unread').find((f) => f.data.post_id === post.id), 5000, 'post_unread');
    expect(unread.data).toMatchObject({ msg_count: res.body.msg_count, mention_count: res.body.mention_count, last_viewed_at: post.create_at - 1 });
    expect(unread.broadcast).toMatchObject({ user_id: w.users.member.id, channel_id: w.publicChannel.id, team_id: w.team.id });
    const eph = await t.request('POST', `${base}/posts/ephemeral`, { token: w.tokens.admin, body: { user_id: w.users.member.id, post: { channel_id: w.publicChannel.id, message: 'just you' } } });
    const got = await waitUntil(() => events('member', 'ephemeral_message').find((f) => JSON.parse(f.data.post).id === eph.body.id), 5000, 'ephemeral');
    expect(JSON.parse(got.data.post).message).toBe('just you');
    await settle();
    for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) {
      expect(events(who, 'ephemeral_message').filter((f) => JSON.parse(f.data.post).id === eph.body.id)).toEqual([]);
      expect(events(who, 'post_unread').filter((f) => f.data.post_id === post.id)).toEqual([]);
    }
  });

  it('without use_channel_mentions, @channel notifies nobody and warns the poster with an ephemeral post', async () => {
    const role = (await t.request('GET', `${base}/roles/name/channel_user`, { token: w.tokens.admin })).body;
    const without = role.permissions.filter((p: string) => p !== 'use_channel_mentions');
    expect((await t.request('PUT', `${base}/roles/${role.id}/patch`, { token: w.tokens.admin, body: { permissions: without } })).status).toBe(200);
    try {
      const ch = await h.channel('O', [w.users.member, w.users.guest]);
      const post = await h.createPost(w.tokens.member, { channel_id: ch.id, message: 'hey @channel' });
      expect(post.props).toMatchObject({ mentionHighlightDisabled: true });
      expect((await h.member(ch.id, w.users.guest.id))!.mentionCount).toBe(0);
      const warning = await waitUntil(() => events('member', 'ephemeral_message').find((f) => JSON.parse(f.data.post).channel_id === ch.id), 5000, 'warning');
      expect(JSON.parse(warning.data.post).message).toContain('@channel');
    } finally {
      await t.request('PUT', `${base}/roles/${role.id}/patch`, { token: w.tokens.admin, body: { permissions: role.permissions } });
    }
  });
});
