import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { buildWorld, type World } from '../helpers/world';
import { login } from '../helpers/fixtures';
import { contractViolations, officialClient, rawSocket, waitUntil } from '../helpers/wsClient';

describe('WebSocket protocol', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen({ authTimeoutMs: 300, resumeWindowMs: 60_000 });
  });
  afterAll(() => t.close());
  afterEach(() => expect(contractViolations()).toEqual([]));

  /** An event every connection receives: patching a role publishes role_updated to all. */
  async function broadcastSomething() {
    const role = (await t.request('GET', '/api/v4/roles/name/channel_user', { token: w.tokens.admin })).body;
    await t.request('PUT', `/api/v4/roles/${role.id}/patch`, { token: w.tokens.admin, body: { permissions: role.permissions } });
  }

  it('authenticates the official client by challenge, says hello with seq 0 and answers ping', async () => {
    const c = officialClient(url, w.tokens.member!);
    const hello = await waitUntil(() => c.events('hello')[0], 5000, 'hello');
    expect(hello.seq).toBe(0);
    expect(hello.data.connection_id).toMatch(/^[a-z0-9]{26}$/);
    expect(hello.data.server_version).toMatch(/^11\.9\.0\./);
    expect(hello.broadcast.user_id).toBe(w.users.member.id);
    const pong = await new Promise<any>((resolve) => c.client.sendMessage('ping', null, resolve));
    expect(pong).toMatchObject({ status: 'OK', data: { text: 'pong' } });
    await broadcastSomething();
    const updated = await waitUntil(() => c.events('role_updated')[0], 5000, 'role_updated');
    const seqs = c.frames.filter((f) => f.seq !== undefined).map((f) => f.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i));
    expect(updated.seq).toBeGreaterThan(0);
    expect(JSON.parse(updated.data.role).name).toBe('channel_user');
    c.close();
  });

  it('authenticates by Authorization header without a challenge', async () => {
    const s = await rawSocket(url, { token: w.tokens.member });
    const [hello] = await s.event('hello');
    expect(hello.seq).toBe(0);
    s.close();
  });

  it('drops sockets that never authenticate, and refuses actions before authentication', async () => {
    const s = await rawSocket(url);
    const seq = s.send('get_statuses');
    expect((await s.reply(seq)).error.id).toBe('api.web_socket_router.not_authenticated.app_error');
    const bad = s.send('authentication_challenge', { token: 'abcdefghijklmnopqrstuvwxyz' });
    expect((await s.reply(bad)).status).toBe('FAIL');
    expect(await s.closed).toBe(4003);
  });

  it('answers unknown actions with FAIL and keeps the socket open', async () => {
    const s = await rawSocket(url, { token: w.tokens.member });
    await s.event('hello');
    const seq = s.send('fly_to_the_moon', {});
    const reply = await s.reply(seq);
    expect(reply.status).toBe('FAIL');
    expect(reply.error.id).toBe('api.web_socket_router.bad_action.app_error');
    expect((await s.reply(s.send('ping'))).data.text).toBe('pong');
    s.close();
  });

  it('broadcasts typing to the other members of the channel only', async () => {
    const typist = await rawSocket(url, { token: w.tokens.member });
    const colleague = await rawSocket(url, { token: w.tokens.teamAdmin });
    const outsider = await rawSocket(url, { token: w.tokens.outsider });
    await Promise.all([typist.event('hello'), colleague.event('hello'), outsider.event('hello')]);
    const seq = typist.send('user_typing', { channel_id: w.privateChannel.id, parent_id: '' });
    expect((await typist.reply(seq)).status).toBe('OK');
    const [typing] = await colleague.event('typing');
    expect(typing.data).toEqual({ parent_id: '', user_id: w.users.member.id });
    expect(typing.broadcast.channel_id).toBe(w.privateChannel.id);
    expect((await outsider.reply(outsider.send('ping'))).status).toBe('OK');
    expect(outsider.frames.some((f) => f.event === 'typing')).toBe(false);
    expect(typist.frames.some((f) => f.event === 'typing')).toBe(false);
    const refused = outsider.send('user_typing', { channel_id: w.privateChannel.id });
    expect((await outsider.reply(refused)).error.id).toBe('api.context.permissions.app_error');
    for (const s of [typist, colleague, outsider]) s.close();
  });

  it('resumes a dropped connection: replays what was missed, with no hello', async () => {
    const first = await rawSocket(url, { token: w.tokens.member });
    const [hello] = await first.event('hello');
    await broadcastSomething();
    const [seen] = await first.event('role_updated', 1);
    first.close();
    await first.closed;
    await broadcastSomething();
    await broadcastSomething();
    // The client saw everything up to `seen`; it asks for what follows.
    const from = seen.seq! + 1;
    const again = await rawSocket(url, { token: w.tokens.member, query: `connection_id=${hello.data.connection_id}&sequence_number=${from}` });
    await again.event('role_updated', 2);
    await broadcastSomething();
    await again.event('role_updated', 3);
    const seqs = again.frames.filter((f) => f.seq !== undefined).map((f) => f.seq);
    expect(seqs).toEqual(seqs.map((_, i) => from + i));
    expect(again.frames.some((f) => f.event === 'hello')).toBe(false);
    again.close();
    await again.closed;

    // A sequence number the buffer no longer holds (or never held) means a new connection.
    const stale = await rawSocket(url, { token: w.tokens.member, query: `connection_id=${hello.data.connection_id}&sequence_number=999` });
    const [fresh] = await stale.event('hello');
    expect(fresh.seq).toBe(0);
    expect(fresh.data.connection_id).not.toBe(hello.data.connection_id);
    stale.close();
  });

  it('keeps the official client gapless across a dropped socket', async () => {
    const c = officialClient(url, w.tokens.member!);
    await waitUntil(() => c.events('hello')[0], 5000, 'hello');
    await broadcastSomething();
    await waitUntil(() => c.events('role_updated').length === 1, 5000, 'first event');
    (c.client as any).conn.close();
    await broadcastSomething();
    await broadcastSomething();
    await waitUntil(() => c.events('role_updated').length === 3, 5000, 'replayed events');
    const seqs = c.frames.filter((f) => f.seq !== undefined).map((f) => f.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i));
    expect(c.events('hello')).toHaveLength(1);
    expect(c.missedCount()).toBe(0);
    c.close();
  });

  it('closes the sockets of a revoked session', async () => {
    const token = await login(t, w.users.member.username, 'Passw0rd!x');
    const s = await rawSocket(url, { token });
    await s.event('hello');
    expect((await t.request('POST', '/api/v4/users/logout', { token })).status).toBe(200);
    expect(await s.closed).toBe(4001);
  });
});
