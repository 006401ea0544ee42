/**
 * Resumable uploads, persona by persona: creating needs upload_file in the channel; reading a
 * session is for its owner (and system admins); sending data only for its owner.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { send, storedKeys } from '../files/helpers';

describe('uploads authorization matrix', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const create = (token: string | undefined, body: Record<string, unknown>) => send(t, 'POST', '/api/v4/uploads', { token, ...json(body) });
  const put = (token: string | undefined, id: string, data: Uint8Array) =>
    send(t, 'POST', `/api/v4/uploads/${id}`, { token, body: new Uint8Array(data), headers: { 'Content-Type': 'application/octet-stream' } });

  it('authorization: create needs upload_file in the channel; get and upload only the owner (get also admins)', async () => {
    const matrix = async (call: (p: Persona) => Promise<{ status: number }>) => {
      const out = {} as Record<Persona, number>;
      for (const p of PERSONAS) out[p] = (await call(p)).status;
      return out;
    };
    expect(await matrix((p) => create(w.tokens[p], { channel_id: w.privateChannel.id, filename: 'p.txt', file_size: 3 }))).toEqual({
      anonymous: 401, outsider: 403, guest: 403, member: 201, teamAdmin: 201, admin: 201,
    });
    expect(await matrix((p) => create(w.tokens[p], { channel_id: w.publicChannel.id, filename: 'p.txt', file_size: 3 }))).toEqual({
      anonymous: 401, outsider: 403, guest: 201, member: 201, teamAdmin: 201, admin: 201,
    });
    const session = (await create(w.tokens.member, { channel_id: w.privateChannel.id, filename: 'p.txt', file_size: 3 })).body.id;
    expect(await matrix((p) => send(t, 'GET', `/api/v4/uploads/${session}`, { token: w.tokens[p] }))).toEqual({
      anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200,
    });
    const before = await storedKeys(t);
    expect(await matrix((p) => (p === 'member' ? Promise.resolve({ status: 0 }) : put(w.tokens[p], session, Buffer.from('abc'))))).toEqual({
      anonymous: 401, outsider: 403, guest: 403, member: 0, teamAdmin: 403, admin: 403,
    });
    expect(await storedKeys(t)).toEqual(before);
    expect(await matrix((p) => send(t, 'GET', `/api/v4/users/${w.users.member.id}/uploads`, { token: w.tokens[p] }))).toEqual({
      anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 403,
    });
    const mine = await send(t, 'GET', '/api/v4/users/me/uploads', { token: w.tokens.teamAdmin });
    expect(mine.body.every((u: any) => u.user_id === w.users.teamAdmin.id)).toBe(true);
  });
});
