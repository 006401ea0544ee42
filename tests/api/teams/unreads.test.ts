import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { getChannelByName, getChannelMember, updateChannelFields, updateChannelMemberFields } from '../../../db/queries/channels';
import { defaultChannelNotifyProps } from '../../../app/channels/membership';

describe('team unreads', () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    const db = t.running.context.db;
    const town = (await getChannelByName(db, w.team.id, 'town-square'))!;
    const offTopic = (await getChannelByName(db, w.team.id, 'off-topic'))!;
    // town-square: 10 messages (6 root), the member has read 4 (3 root), 2 mentions (1 root).
    await updateChannelFields(db, town.id, { totalMsgCount: 10, totalMsgCountRoot: 6 });
    await updateChannelMemberFields(db, town.id, w.users.member.id, { msgCount: 4, msgCountRoot: 3, mentionCount: 2, mentionCountRoot: 1 });
    // off-topic: 5 unread messages, but the member marks it unread on mentions only.
    await updateChannelFields(db, offTopic.id, { totalMsgCount: 5, totalMsgCountRoot: 5 });
    await updateChannelMemberFields(db, offTopic.id, w.users.member.id, {
      mentionCount: 1,
      notifyProps: { ...defaultChannelNotifyProps(), mark_unread: 'mention' },
    });
    // The private channel is archived: it does not count.
    await updateChannelFields(db, w.privateChannel.id, { totalMsgCount: 50, deleteAt: Date.now() });
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('sums a team: mentions always, messages unless marked unread on mentions only', async () => {
    const res = await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/unread`, { token: w.tokens.member });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      team_id: w.team.id,
      msg_count: 6,
      mention_count: 3,
      mention_count_root: 1,
      msg_count_root: 3,
      thread_count: 0,
      thread_mention_count: 0,
      thread_urgent_mention_count: 0,
    });
  });

  it("reads another user's team unreads only with edit_other_users, and needs view_team", async () => {
    expectAppError(await t.request('GET', `/api/v4/users/${w.users.member.id}/teams/${w.team.id}/unread`, { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
    const byAdmin = await t.request('GET', `/api/v4/users/${w.users.member.id}/teams/${w.team.id}/unread`, { token: w.tokens.admin });
    expect(byAdmin.body.msg_count).toBe(6);
    expectAppError(await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/unread`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
  });

  it('lists unreads per team, excluding one team when asked', async () => {
    const all = await t.request('GET', '/api/v4/users/me/teams/unread', { token: w.tokens.member });
    expect(all.body).toEqual([expect.objectContaining({ team_id: w.team.id, msg_count: 6, mention_count: 3 })]);
    const excluded = await t.request('GET', `/api/v4/users/me/teams/unread?exclude_team=${w.team.id}`, { token: w.tokens.member });
    expect(excluded.body).toEqual([]);
    const outsider = await t.request('GET', '/api/v4/users/me/teams/unread?include_collapsed_threads=true', { token: w.tokens.outsider });
    expect(outsider.body).toEqual([expect.objectContaining({ team_id: w.otherTeam.id, msg_count: 0, thread_count: 0 })]);
    expectAppError(await t.request('GET', `/api/v4/users/${w.users.member.id}/teams/unread`, { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
    expect((await t.request('GET', `/api/v4/users/${w.users.member.id}/teams/unread`, { token: w.tokens.admin })).status).toBe(200);
  });

  it('answers the mark-all-read feature flag being off as Mattermost does (501)', async () => {
    const res = await t.request('PUT', `/api/v4/users/me/teams/${w.team.id}/read`, { token: w.tokens.member });
    expectAppError(res, 501, 'api.mark_all_as_read.disabled.app_error');
  });

  it('marks every channel of the team read when the flag is on', async () => {
    const config = t.running.context.config;
    const flagged = { ...config.get(), FeatureFlags: { ...config.get().FeatureFlags, EnableShiftEscapeToMarkAllRead: true } };
    const spy = vi.spyOn(config, 'get').mockReturnValue(flagged as never);
    try {
      expectAppError(await t.request('PUT', `/api/v4/users/${w.users.member.id}/teams/${w.team.id}/read`, { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('PUT', `/api/v4/users/me/teams/${w.otherTeam.id}/read`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const res = await t.request('PUT', `/api/v4/users/me/teams/${w.team.id}/read`, { token: w.tokens.member });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('OK');
      const town = (await getChannelByName(t.running.context.db, w.team.id, 'town-square'))!;
      expect(Object.keys(res.body.last_viewed_at_times)).toContain(town.id);
      const member = await getChannelMember(t.running.context.db, town.id, w.users.member.id);
      expect(member).toMatchObject({ msgCount: 10, msgCountRoot: 6, mentionCount: 0 });
      const after = await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/unread`, { token: w.tokens.member });
      expect(after.body).toMatchObject({ msg_count: 0, mention_count: 0 });
    } finally {
      spy.mockRestore();
    }
  });
});
