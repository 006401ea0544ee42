import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { markDirectChannelsViewed } from '../../../app/channels/view';
import { getChannelMember, insertChannel, updateChannelFields, updateChannelMemberFields } from '../../../db/queries/channels';
import { newId, nowMillis } from '../../../server/ids';
import type { ChannelRow, UserRow } from '../../../db/schema';

describe('read state: view, mark read, unread counts', () => {
  let t: TestServer;
  let w: World;
  const base = '/api/v4';

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const db = () => t.running.context.db;
  let seq = 0;
  /** A public channel with teamAdmin, member and guest in it. */
  async function channelWithMembers(): Promise<ChannelRow> {
    seq += 1;
    const channel = await createTeamChannel(
      db(),
      w.team.id,
      { header: '', purpose: '', type: 'O', name: `read-${seq}-${newId().slice(0, 5)}`, display_name: `Read ${seq}` },
      w.users.teamAdmin,
    );
    await addChannelMember(db(), channel, w.users.member);
    await addChannelMember(db(), channel, w.users.guest);
    return channel;
  }
  /** Simulates posts: the channel's totals and last post time move on. */
  const posts = (channel: ChannelRow, total: number, root: number, lastPostAt: number) =>
    updateChannelFields(db(), channel.id, { totalMsgCount: total, totalMsgCountRoot: root, lastPostAt });
  const mentions = (channel: ChannelRow, user: UserRow, mention: number, root: number, urgent: number) =>
    updateChannelMemberFields(db(), channel.id, user.id, { mentionCount: mention, mentionCountRoot: root, urgentMentionCount: urgent });

  it('reports unread counts as the channel totals minus what the member read', async () => {
    const channel = await channelWithMembers();
    await posts(channel, 10, 7, 1_700_000_000_000);
    await mentions(channel, w.users.member, 3, 2, 1);
    const res = await t.request('GET', `${base}/users/me/channels/${channel.id}/unread`, { token: w.tokens.member });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      team_id: w.team.id,
      channel_id: channel.id,
      msg_count: 10,
      mention_count: 3,
      mention_count_root: 2,
      urgent_mention_count: 1,
      msg_count_root: 7,
    });
    await updateChannelMemberFields(db(), channel.id, w.users.member.id, { msgCount: 4, msgCountRoot: 5 });
    const later = await t.request('GET', `${base}/users/${w.users.member.id}/channels/${channel.id}/unread`, { token: w.tokens.member });
    expect(later.body).toMatchObject({ msg_count: 6, msg_count_root: 2, mention_count: 3 });
  });

  it('viewing a channel catches the member up and clears mentions', async () => {
    const channel = await channelWithMembers();
    const lastPostAt = 1_700_000_100_000;
    await posts(channel, 10, 7, lastPostAt);
    await mentions(channel, w.users.member, 3, 2, 1);
    const res = await t.request('POST', `${base}/channels/members/me/view`, {
      token: w.tokens.member,
      body: { channel_id: channel.id, prev_channel_id: '', collapsed_threads_supported: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ status: 'OK', last_viewed_at_times: { [channel.id]: lastPostAt } });
    expect(await getChannelMember(db(), channel.id, w.users.member.id)).toMatchObject({
      msgCount: 10,
      msgCountRoot: 7,
      mentionCount: 0,
      mentionCountRoot: 0,
      urgentMentionCount: 0,
      lastViewedAt: lastPostAt,
      lastUpdateAt: lastPostAt,
    });
    const unread = await t.request('GET', `${base}/users/me/channels/${channel.id}/unread`, { token: w.tokens.member });
    expect(unread.body).toMatchObject({ msg_count: 0, msg_count_root: 0, mention_count: 0, mention_count_root: 0, urgent_mention_count: 0 });
    // Other members are untouched.
    expect(await getChannelMember(db(), channel.id, w.users.guest.id)).toMatchObject({ msgCount: 0, lastViewedAt: 0 });

    // Five more posts: five unread, then viewing the next channel marks the previous one read too.
    await posts(channel, 15, 9, lastPostAt + 5_000);
    const mid = await t.request('GET', `${base}/users/me/channels/${channel.id}/unread`, { token: w.tokens.member });
    expect(mid.body).toMatchObject({ msg_count: 5, msg_count_root: 2 });
    const next = await channelWithMembers();
    await posts(next, 2, 2, lastPostAt + 6_000);
    const view2 = await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.member, body: { channel_id: next.id, prev_channel_id: channel.id } });
    expect(view2.body.last_viewed_at_times).toEqual({ [channel.id]: lastPostAt + 5_000, [next.id]: lastPostAt + 6_000 });
    expect(await getChannelMember(db(), channel.id, w.users.member.id)).toMatchObject({ msgCount: 15, msgCountRoot: 9, lastViewedAt: lastPostAt + 5_000 });
    expect(await getChannelMember(db(), next.id, w.users.member.id)).toMatchObject({ msgCount: 2, msgCountRoot: 2 });
  });

  it('never moves read state backwards, and leaves read channels as they are', async () => {
    const channel = await channelWithMembers();
    await posts(channel, 4, 4, 1_700_000_200_000);
    await updateChannelMemberFields(db(), channel.id, w.users.member.id, { msgCount: 4, msgCountRoot: 4, lastViewedAt: 1_800_000_000_000, lastUpdateAt: 1_800_000_000_000 });
    const res = await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.member, body: { channel_id: channel.id } });
    expect(res.body.last_viewed_at_times).toEqual({ [channel.id]: 1_800_000_000_000 });
    expect(await getChannelMember(db(), channel.id, w.users.member.id)).toMatchObject({ msgCount: 4, lastViewedAt: 1_800_000_000_000 });
  });

  it('ignores channels the user is not in and empty ids; refuses malformed ids and other users', async () => {
    const empty = await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.guest, body: { channel_id: '' } });
    expect(empty.body).toEqual({ status: 'OK', last_viewed_at_times: {} });
    const notMine = await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.guest, body: { channel_id: w.privateChannel.id } });
    expect(notMine.status).toBe(200);
    expect(notMine.body.last_viewed_at_times).toEqual({});
    const bad = await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.guest, body: { channel_id: 'x' } });
    expectAppError(bad, 400, 'api.context.invalid_body_param.app_error');
    const badPrev = await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens.guest, body: { channel_id: '', prev_channel_id: 'y' } });
    expectAppError(badPrev, 400, 'api.context.invalid_body_param.app_error');
    const other = await t.request('POST', `${base}/channels/members/${w.users.member.id}/view`, { token: w.tokens.teamAdmin, body: { channel_id: w.publicChannel.id } });
    expectAppError(other, 403, 'api.context.permissions.app_error');
    const byAdmin = await t.request('POST', `${base}/channels/members/${w.users.member.id}/view`, { token: w.tokens.admin, body: { channel_id: w.publicChannel.id } });
    expect(byAdmin.status).toBe(200);
  });

  it('marks several channels read at once', async () => {
    const a = await channelWithMembers();
    const b = await channelWithMembers();
    await posts(a, 3, 3, 1_700_000_300_000);
    await posts(b, 8, 1, 1_700_000_400_000);
    const res = await t.request('POST', `${base}/channels/members/me/mark_read`, { token: w.tokens.guest, body: [a.id, b.id, w.privateChannel.id] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'OK', last_viewed_at_times: { [a.id]: 1_700_000_300_000, [b.id]: 1_700_000_400_000 } });
    expect(await getChannelMember(db(), a.id, w.users.guest.id)).toMatchObject({ msgCount: 3 });
    expect(await getChannelMember(db(), b.id, w.users.guest.id)).toMatchObject({ msgCount: 8, msgCountRoot: 1 });
    expectAppError(await t.request('POST', `${base}/channels/members/me/mark_read`, { token: w.tokens.guest, body: [] }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('counts no messages in a muted channel, only mentions', async () => {
    const channel = await channelWithMembers();
    await posts(channel, 6, 6, 1_700_000_500_000);
    await mentions(channel, w.users.member, 2, 2, 0);
    await t.request('PUT', `${base}/channels/${channel.id}/members/me/notify_props`, { token: w.tokens.member, body: { mark_unread: 'mention' } });
    const res = await t.request('GET', `${base}/users/me/channels/${channel.id}/unread`, { token: w.tokens.member });
    expect(res.body).toMatchObject({ msg_count: 0, msg_count_root: 0, mention_count: 2, mention_count_root: 2 });
  });

  it('answers 404 for archived channels and channels the user is not in; 403 without read access', async () => {
    const channel = await channelWithMembers();
    await updateChannelFields(db(), channel.id, { deleteAt: nowMillis() });
    expectAppError(await t.request('GET', `${base}/users/me/channels/${channel.id}/unread`, { token: w.tokens.member }), 404, 'app.channel.get_unread.app_error');
    expectAppError(await t.request('GET', `${base}/users/me/channels/${w.privateChannel.id}/unread`, { token: w.tokens.admin }), 404, 'app.channel.get_unread.app_error');
    expectAppError(await t.request('GET', `${base}/users/me/channels/${w.privateChannel.id}/unread`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
    expectAppError(
      await t.request('GET', `${base}/users/${w.users.guest.id}/channels/${w.publicChannel.id}/unread`, { token: w.tokens.member }),
      403,
      'api.context.permissions.app_error',
    );
  });

  it('keeps "mark all direct messages read" behind its feature flag (501 when off, as Mattermost)', async () => {
    const res = await t.request('PUT', `${base}/channels/members/me/direct/read`, { token: w.tokens.member });
    expectAppError(res, 501, 'api.mark_all_as_read.disabled.app_error');

    // The operation itself marks every DM/GM of the user read.
    const [x, y] = [w.users.member.id, w.users.guest.id].sort();
    const now = nowMillis();
    const dm = await insertChannel(db(), { id: newId(), createAt: now, updateAt: now, teamId: '', type: 'D', name: `${x}__${y}`, displayName: '', creatorId: x, totalMsgCount: 4, lastPostAt: now });
    await addChannelMember(db(), dm, w.users.member);
    await addChannelMember(db(), dm, w.users.guest);
    const times = await markDirectChannelsViewed(db(), w.users.member.id);
    expect(times).toEqual({ [dm.id]: now });
    expect(await getChannelMember(db(), dm.id, w.users.member.id)).toMatchObject({ msgCount: 4, lastViewedAt: now });
    expect(await getChannelMember(db(), dm.id, w.users.guest.id)).toMatchObject({ msgCount: 0 });
  });
});
