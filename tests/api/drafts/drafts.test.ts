import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { rawSocket } from '../../helpers/wsClient';
import { archiveChannel } from '../../../app/channels/updates';
import { removeMemberFromChannel } from '../../../app/channels/members';
import { newId } from '../../../server/ids';
import { base, support } from '../reactions/support';

describe('drafts', () => {
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

  const upsert = (token: string | undefined, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.request('POST', `${base}/drafts`, { token, body, headers });
  const list = (token: string | undefined, teamId = w.team.id) => t.request('GET', `${base}/users/me/teams/${teamId}/drafts`, { token });

  async function setAllowSyncedDrafts(value: boolean) {
    const config = s.server().config;
    const current = config.storedConfig();
    await config.save({ ...current, ServiceSettings: { ...current.ServiceSettings, AllowSyncedDrafts: value } } as never);
  }

  it('saves a draft (201), overwrites it keeping create_at, and lists the drafts of the team and of DMs, newest first', async () => {
    const mate = await s.teamUser('drafter');
    const channel = await s.channel('O', [mate.row]);
    const dm = await s.directChannel(mate.row, w.users.member);
    const root = await s.post(mate.row, channel, 'a root');

    const first = await upsert(mate.token, { channel_id: channel.id, root_id: '', message: 'hello', user_id: 'ignored' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ user_id: mate.row.id, channel_id: channel.id, root_id: '', message: 'hello', props: {}, delete_at: 0 });
    expect(first.body.create_at).toBe(first.body.update_at);

    await new Promise((r) => setTimeout(r, 3));
    const second = await upsert(mate.token, { channel_id: channel.id, root_id: '', message: 'hello again', props: { a: 1 }, file_ids: [] });
    expect(second.status).toBe(201);
    expect(second.body.create_at).toBe(first.body.create_at);
    expect(second.body.update_at).toBeGreaterThan(first.body.update_at);
    expect(second.body.props).toEqual({ a: 1 });

    await upsert(mate.token, { channel_id: channel.id, root_id: root.id, message: 'in the thread' });
    await upsert(mate.token, { channel_id: dm.id, root_id: '', message: 'to member' });
    const res = await list(mate.token);
    expect(res.status).toBe(200);
    expect(res.body.map((d: { channel_id: string; root_id: string; message: string }) => [d.channel_id, d.root_id, d.message])).toEqual([
      [dm.id, '', 'to member'],
      [channel.id, root.id, 'in the thread'],
      [channel.id, '', 'hello again'],
    ]);
    // Another team: only the direct message's draft.
    const other = await list(w.tokens.admin, w.team.id);
    expect(other.body).toEqual([]);
  });

  it('deletes a draft when saved with an empty message (201 null), and on DELETE (200 OK, even when there is none)', async () => {
    const mate = await s.teamUser('eraser');
    const channel = await s.channel('O', [mate.row]);
    const root = await s.post(mate.row, channel, 'thread root');
    await upsert(mate.token, { channel_id: channel.id, root_id: '', message: 'x' });
    const emptied = await upsert(mate.token, { channel_id: channel.id, root_id: '', message: '' });
    expect(emptied.status).toBe(201);
    expect(emptied.body).toBeNull();
    expect((await list(mate.token)).body).toEqual([]);

    await upsert(mate.token, { channel_id: channel.id, root_id: '', message: 'channel draft' });
    await upsert(mate.token, { channel_id: channel.id, root_id: root.id, message: 'thread draft' });
    const delThread = await t.request('DELETE', `${base}/users/me/channels/${channel.id}/drafts/${root.id}`, { token: mate.token });
    expect(delThread.body).toEqual({ status: 'OK' });
    expect((await list(mate.token)).body.map((d: { message: string }) => d.message)).toEqual(['channel draft']);
    const delChannel = await t.request('DELETE', `${base}/users/me/channels/${channel.id}/drafts`, { token: mate.token });
    expect(delChannel.body).toEqual({ status: 'OK' });
    expect((await list(mate.token)).body).toEqual([]);
    expect((await t.request('DELETE', `${base}/users/me/channels/${channel.id}/drafts`, { token: mate.token })).status).toBe(200);
  });

  it('refuses drafts where the user may not post, in archived channels, and invalid ones', async () => {
    const channel = await s.channel('O', [w.users.member]);
    expectAppError(await upsert(w.tokens.guest, { channel_id: w.privateChannel.id, root_id: '', message: 'x' }), 403, 'api.context.permissions.app_error');
    expectAppError(await upsert(w.tokens.member, { channel_id: newId(), root_id: '', message: 'x' }), 403, 'api.context.permissions.app_error');
    expectAppError(await upsert(w.tokens.member, { channel_id: channel.id, root_id: 'bad', message: 'x' }), 400, 'model.draft.is_valid.root_id.app_error');
    expectAppError(await upsert(w.tokens.member, { channel_id: channel.id, root_id: '', message: 'x'.repeat(16384) }), 400, 'model.draft.is_valid.message_length.app_error');
    await archiveChannel(s.server(), channel);
    expectAppError(await upsert(w.tokens.member, { channel_id: channel.id, root_id: '', message: 'x' }), 400, 'api.draft.create_draft.can_not_draft_to_deleted.error');
  });

  it('hides the drafts of channels the user left', async () => {
    const mate = await s.teamUser('left');
    const channel = await s.channel('P', [mate.row]);
    await upsert(mate.token, { channel_id: channel.id, root_id: '', message: 'private draft' });
    expect((await list(mate.token)).body).toHaveLength(1);
    await removeMemberFromChannel(s.server(), channel, mate.row);
    expect((await list(mate.token)).body).toEqual([]);
  });

  it("tells the user's other connections with draft_created and draft_deleted, not the one that saved", async () => {
    const mate = await s.teamUser('synced');
    const channel = await s.channel('O', [mate.row, w.users.member]);
    const writer = await rawSocket(url, { token: mate.token });
    const reader = await rawSocket(url, { token: mate.token });
    const colleague = await rawSocket(url, { token: w.tokens.member });
    const [hello] = await writer.event('hello');
    await Promise.all([reader.event('hello'), colleague.event('hello')]);

    await upsert(mate.token, { channel_id: channel.id, root_id: '', message: 'synced text' }, { 'Connection-Id': hello.data.connection_id });
    const [created] = await reader.event('draft_created');
    expect(created.broadcast.user_id).toBe(mate.row.id);
    expect(JSON.parse(created.data.draft)).toMatchObject({ channel_id: channel.id, message: 'synced text', user_id: mate.row.id });
    await t.request('DELETE', `${base}/users/me/channels/${channel.id}/drafts`, { token: mate.token });
    const [deleted] = await reader.event('draft_deleted');
    expect(JSON.parse(deleted.data.draft)).toMatchObject({ channel_id: channel.id, message: 'synced text' });
    await writer.event('draft_deleted');

    for (const sock of [writer, colleague]) expect((await sock.reply(sock.send('ping'))).status).toBe('OK');
    expect(writer.frames.some((f) => f.event === 'draft_created')).toBe(false);
    expect(colleague.frames.some((f) => f.event?.startsWith('draft_'))).toBe(false);
    for (const sock of [writer, reader, colleague]) sock.close();
  });

  it('answers 501 api.drafts.disabled.app_error while ServiceSettings.AllowSyncedDrafts is off', async () => {
    await setAllowSyncedDrafts(false);
    try {
      expectAppError(await upsert(w.tokens.member, { channel_id: w.publicChannel.id, root_id: '', message: 'x' }), 501, 'api.drafts.disabled.app_error');
      expectAppError(await list(w.tokens.member), 501, 'api.drafts.disabled.app_error');
      expectAppError(await t.request('DELETE', `${base}/users/me/channels/${w.publicChannel.id}/drafts`, { token: w.tokens.member }), 501, 'api.drafts.disabled.app_error');
    } finally {
      await setAllowSyncedDrafts(true);
    }
  });

  it('GetUserDrafts needs view_team (the error names create_post, as Mattermost does)', async () => {
    const res = await list(w.tokens.outsider);
    expectAppError(res, 403, 'api.context.permissions.app_error');
    expectAppError(await list(w.tokens.member, 'nope'), 403, 'api.context.permissions.app_error');
  });

  /** Scheduled posts need a licence: an unlicensed Mattermost refuses them all with 400. */
  describe('scheduled posts without a licence', () => {
    it('answers 400 api.scheduled_posts.license_error to every operation, 401 without a session', async () => {
      const id = newId();
      const calls = [
        () => t.request('POST', `${base}/posts/schedule`, { token: w.tokens.member, body: { channel_id: w.publicChannel.id, message: 'later', scheduled_at: Date.now() + 60_000 } }),
        () => t.request('PUT', `${base}/posts/schedule/${id}`, { token: w.tokens.member, body: { id, channel_id: w.publicChannel.id, user_id: w.users.member.id, message: 'x', scheduled_at: Date.now() + 60_000 } }),
        () => t.request('DELETE', `${base}/posts/schedule/${id}`, { token: w.tokens.member }),
        () => t.request('GET', `${base}/posts/scheduled/team/${w.team.id}`, { token: w.tokens.admin }),
      ];
      for (const call of calls) expectAppError(await call(), 400, 'api.scheduled_posts.license_error');
      expect((await t.request('DELETE', `${base}/posts/schedule/${id}`)).status).toBe(401);
    });
  });
});
