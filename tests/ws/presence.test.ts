import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { buildWorld, type World } from '../helpers/world';
import { contractViolations, rawSocket, waitUntil } from '../helpers/wsClient';

describe('presence', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_TEAMSETTINGS_USERSTATUSAWAYTIMEOUT: '1' } });
    w = await buildWorld(t);
    url = await t.listen({ presence: { offlineGraceMs: 150, sweepMs: 100 } });
  });
  afterAll(() => t.close());
  afterEach(() => expect(contractViolations()).toEqual([]));

  const statusOf = async (userId: string) => (await t.request('GET', `/api/v4/users/${userId}/status`, { token: w.tokens.admin })).body.status;
  const eventually = (userId: string, status: string) =>
    waitUntil(
      () => {
        void statusOf(userId).then((s) => (last = s));
        return last === status;
      },
      5000,
      `status ${status}`,
    );
  let last = '';

  it('is online with a socket, away after inactivity, online again on activity, offline after the last socket', async () => {
    const id = w.users.member.id;
    const s = await rawSocket(url, { token: w.tokens.member });
    await s.event('hello');
    const [online] = await s.event('status_change');
    expect(online.data).toEqual({ status: 'online', user_id: id });
    expect(await statusOf(id)).toBe('online');

    await eventually(id, 'away');
    expect((await s.event('status_change', 2))[1].data.status).toBe('away');

    const seq = s.send('user_update_active_status', { user_is_active: true, manual: false });
    await s.reply(seq);
    await eventually(id, 'online');

    s.close();
    await s.closed;
    await eventually(id, 'offline');
  });

  it('never overrides a status the user chose', async () => {
    const id = w.users.teamAdmin.id;
    const s = await rawSocket(url, { token: w.tokens.teamAdmin });
    await s.event('hello');
    await eventually(id, 'online');
    const res = await t.request('PUT', '/api/v4/users/me/status', { token: w.tokens.teamAdmin, body: { user_id: id, status: 'dnd' } });
    expect(res.status).toBe(200);
    await waitUntil(() => s.frames.some((f) => f.event === 'status_change' && f.data.status === 'dnd'), 5000, 'dnd event');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await statusOf(id)).toBe('dnd');
    s.close();
    await s.closed;
    await new Promise((r) => setTimeout(r, 400));
    expect(await statusOf(id)).toBe('dnd');
  });

  it('sends status_change only to the user concerned', async () => {
    const watcher = await rawSocket(url, { token: w.tokens.outsider });
    await watcher.event('hello');
    const s = await rawSocket(url, { token: w.tokens.guest });
    await s.event('status_change');
    expect(watcher.frames.filter((f) => f.event === 'status_change').every((f) => f.data.user_id === w.users.outsider.id)).toBe(true);
    s.close();
    watcher.close();
  });
});
