import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { base, postsHelpers } from './helpers';
import { channelMembers, threadMemberships, users } from '../../../db/schema';
import { saveStatus } from '../../../db/queries/status';
import { createSystemPost } from '../../../app/posts/systemMessage';
import { addChannelMember } from '../../../app/channels/membership';
import { and, eq } from 'drizzle-orm';
import { nowMillis } from '../../../server/ids';

describe('posts: unread and mention counts', () => {
  let t: TestServer;
  let w: World;
  const h = postsHelpers(() => t, () => w);

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  /** The member's counters as the API would show them. */
  async function counts(channelId: string, userId: string) {
    const m = (await h.member(channelId, userId))!;
    return { msg: m.msgCount, msgRoot: m.msgCountRoot, mentions: m.mentionCount, mentionsRoot: m.mentionCountRoot, urgent: m.urgentMentionCount, lastViewedAt: m.lastViewedAt };
  }
  const say = (token: string | undefined, channelId: string, message: string, extra: Record<string, unknown> = {}) =>
    h.createPost(token, { channel_id: channelId, message, ...extra });

  it('counts messages and @username / mention-key / first-name mentions exactly, and the poster has read their post', async () => {
    const ch = await h.channel('O', [w.users.member, w.users.guest]);
    const p1 = await say(w.tokens.teamAdmin, ch.id, 'hello all');
    expect(await counts(ch.id, w.users.teamAdmin.id)).toMatchObject({ msg: 1, msgRoot: 1, mentions: 0, lastViewedAt: p1.create_at });
    expect(await counts(ch.id, w.users.member.id)).toMatchObject({ msg: 0, msgRoot: 0, mentions: 0, mentionsRoot: 0 });

    await say(w.tokens.teamAdmin, ch.id, `hi @${w.users.member.username}, and @${w.users.member.username}.`);
    expect(await counts(ch.id, w.users.member.id)).toMatchObject({ mentions: 1, mentionsRoot: 1, urgent: 0 });
    expect(await counts(ch.id, w.users.guest.id)).toMatchObject({ mentions: 0 });

    // code is not text; self mentions do not count
    await say(w.tokens.teamAdmin, ch.id, `\`@${w.users.member.username}\`\n\`\`\`\n@${w.users.guest.username}\n\`\`\``);
    await say(w.tokens.member, ch.id, `note to self @${w.users.member.username}`);
    expect(await counts(ch.id, w.users.member.id)).toMatchObject({ mentions: 0, msg: 4 });
    expect(await counts(ch.id, w.users.guest.id)).toMatchObject({ mentions: 0, msg: 0 });

    // mention keys (case-insensitive) and first name (case-sensitive, when asked for)
    await h.db().update(users).set({ notifyProps: { ...w.users.guest.notifyProps, mention_keys: 'Apple,pear', first_name: 'true' } }).where(eq(users.id, w.users.guest.id));
    await say(w.tokens.teamAdmin, ch.id, 'an apple a day');
    await say(w.tokens.teamAdmin, ch.id, `dear ${w.users.guest.firstName}`);
    await say(w.tokens.teamAdmin, ch.id, `dear ${w.users.guest.firstName.toLowerCase()}x`);
    expect(await counts(ch.id, w.users.guest.id)).toMatchObject({ mentions: 2, mentionsRoot: 2, msg: 0 });
    const channel = (await h.channelRow(ch.id))!;
    expect(channel).toMatchObject({ totalMsgCount: 7, totalMsgCountRoot: 7 });
  });

  it('counts @channel / @all for members who allow them and @here for those online; replies count without roots', async () => {
    const a = await h.teamUser('cnta');
    const b = await h.teamUser('cntb');
    const c = await h.teamUser('cntc');
    const ch = await h.channel('O', [a.row, b.row, c.row]);
    // b ignores channel mentions in this channel; c is online
    await h.db().update(channelMembers).set({ notifyProps: { ignore_channel_mentions: 'on', mark_unread: 'all' } }).where(and(eq(channelMembers.channelId, ch.id), eq(channelMembers.userId, b.row.id)));
    await saveStatus(h.db(), { userId: c.row.id, status: 'online', manual: false, lastActivityAt: nowMillis(), dndEndTime: 0, prevStatus: '' });
    const root = await say(w.tokens.teamAdmin, ch.id, 'heads up @channel');
    expect(await counts(ch.id, a.row.id)).toMatchObject({ mentions: 1, mentionsRoot: 1 });
    expect(await counts(ch.id, b.row.id)).toMatchObject({ mentions: 0 });
    expect(await counts(ch.id, c.row.id)).toMatchObject({ mentions: 1 });
    await say(w.tokens.teamAdmin, ch.id, '@here anyone?');
    expect(await counts(ch.id, a.row.id)).toMatchObject({ mentions: 1 });
    expect(await counts(ch.id, c.row.id)).toMatchObject({ mentions: 2, mentionsRoot: 2 });
    await say(w.tokens.teamAdmin, ch.id, `@${a.row.username} in a thread`, { root_id: root.id });
    expect(await counts(ch.id, a.row.id)).toMatchObject({ mentions: 2, mentionsRoot: 1, msg: 0, msgRoot: 0 });
    // the mentioned user follows the thread with an unread mention; the root's author follows it too
    const [tm] = await h.db().select().from(threadMemberships).where(and(eq(threadMemberships.postId, root.id), eq(threadMemberships.userId, a.row.id)));
    expect(tm).toMatchObject({ following: true, unreadMentions: 1 });
    const channel = (await h.channelRow(ch.id))!;
    expect(channel).toMatchObject({ totalMsgCount: 3, totalMsgCountRoot: 2 });
  });

  it('counts every post of a direct or group message as a mention for the other members', async () => {
    const x = await h.teamUser('dmx');
    const y = await h.teamUser('dmy');
    const z = await h.teamUser('dmz');
    const dm = await h.directChannel(x.row, y.row);
    await say(x.token, dm.id, 'hi');
    await say(x.token, dm.id, 'there');
    expect(await counts(dm.id, y.row.id)).toMatchObject({ msg: 0, mentions: 2, mentionsRoot: 2 });
    expect(await counts(dm.id, x.row.id)).toMatchObject({ msg: 2, mentions: 0 });
    const gm = await h.groupChannel([x.row, y.row, z.row]);
    await say(y.token, gm.id, 'group hello');
    expect(await counts(gm.id, x.row.id)).toMatchObject({ mentions: 1 });
    expect(await counts(gm.id, z.row.id)).toMatchObject({ mentions: 1 });
    expect(await counts(gm.id, y.row.id)).toMatchObject({ mentions: 0, msg: 1 });
    // viewing clears them
    expect((await t.request('POST', `${base}/channels/members/me/view`, { token: y.token, body: { channel_id: dm.id } })).status).toBe(200);
    expect(await counts(dm.id, y.row.id)).toMatchObject({ msg: 2, mentions: 0, mentionsRoot: 0 });
  });

  it('marks a channel unread from a post with recounted messages and mentions', async () => {
    const reader = await h.teamUser('reader');
    const ch = await h.channel('O', [reader.row]);
    const p1 = await say(w.tokens.teamAdmin, ch.id, 'one');
    const p2 = await say(w.tokens.teamAdmin, ch.id, `two @${reader.row.username}`);
    await say(w.tokens.teamAdmin, ch.id, 'three');
    await say(w.tokens.teamAdmin, ch.id, `four @${reader.row.username}`, { root_id: p1.id });
    await t.request('POST', `${base}/channels/members/me/view`, { token: reader.token, body: { channel_id: ch.id } });
    expect(await counts(ch.id, reader.row.id)).toMatchObject({ msg: 4, mentions: 0 });
    const res = await t.request('POST', `${base}/users/me/posts/${p2.id}/set_unread`, { token: reader.token, body: { collapsed_threads_supported: true } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      team_id: w.team.id,
      user_id: reader.row.id,
      channel_id: ch.id,
      msg_count: 1,
      msg_count_root: 1,
      mention_count: 2,
      mention_count_root: 1,
      urgent_mention_count: 0,
      last_viewed_at: p2.create_at - 1,
    });
    expect(await counts(ch.id, reader.row.id)).toMatchObject({ msg: 1, msgRoot: 1, mentions: 2, mentionsRoot: 1, lastViewedAt: p2.create_at - 1 });
    expectAppError(await t.request('POST', `${base}/users/${w.users.member.id}/posts/${p2.id}/set_unread`, { token: reader.token }), 403, 'api.context.permissions.app_error');
    const closed = await h.channel('P', []);
    const secret = await say(w.tokens.teamAdmin, closed.id, 'secret');
    expectAppError(await t.request('POST', `${base}/users/me/posts/${secret.id}/set_unread`, { token: reader.token }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('POST', `${base}/users/me/posts/${p2.id}/set_unread`, { token: w.tokens.admin }), 404, 'app.channel.get_member.missing.app_error');
  });

  it('creates system messages: join/leave kinds do not count as messages, an add mentions the added user', async () => {
    const newcomer = await h.teamUser('newcomer');
    const ch = await h.channel('O', [w.users.member]);
    const server = t.running.context;
    const joined = await createSystemPost(server, server.db, ch, 'system_join_channel', `${w.users.member.username} joined the channel.`, { username: w.users.member.username }, w.users.member.id);
    expect(joined.post).toMatchObject({ type: 'system_join_channel', user_id: w.users.member.id, props: { username: w.users.member.username } });
    expect((await h.channelRow(ch.id))!.totalMsgCount).toBe(0);
    expect((await h.channelRow(ch.id))!.lastPostAt).toBe(joined.post.create_at);
    // Joined at the app level: the REST add writes its own system_add_to_channel post.
    await addChannelMember(server.db, ch, newcomer.row);
    await server.db.transaction(async (tx) => {
      const added = await createSystemPost(server, tx, ch, 'system_add_to_channel', `${newcomer.row.username} added to the channel by ${w.users.teamAdmin.username}.`, {
        userId: w.users.teamAdmin.id,
        username: w.users.teamAdmin.username,
        addedUserId: newcomer.row.id,
        addedUsername: newcomer.row.username,
      });
      expect(added.post.user_id).toBe(w.users.teamAdmin.id);
    });
    expect((await h.channelRow(ch.id))!.totalMsgCount).toBe(0);
    expect(await counts(ch.id, newcomer.row.id)).toMatchObject({ mentions: 1 });
    const header = await createSystemPost(server, server.db, ch, 'system_header_change', 'header changed @channel', { username: w.users.teamAdmin.username, old_header: '', new_header: 'x' }, w.users.teamAdmin.id);
    expect((await h.channelRow(ch.id))!.totalMsgCount).toBe(1);
    expect(await counts(ch.id, w.users.member.id)).toMatchObject({ mentions: 0 });
    expect(header.post.type).toBe('system_header_change');
    // system messages are not edited through the API
    expectAppError(await t.request('PUT', `${base}/posts/${header.post.id}/patch`, { token: w.tokens.admin, body: { message: 'x' } }), 400, 'api.post.update_post.system_message.app_error');
  });
});
