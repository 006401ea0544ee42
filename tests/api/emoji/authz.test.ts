/**
 * Custom emoji, persona by persona: everyone with a session reads them; create_emojis (system
 * users, not guests) creates; delete_emojis deletes one's own, delete_others_emojis others'.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { image, send } from '../files/helpers';

let counter = 0;
const uniqueName = (prefix = 'emo') => `${prefix}${Date.now().toString(36)}${(counter += 1)}`;

describe('emoji authorization matrix', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const create = async (persona: Persona, name: string) => {
    const f = new FormData();
    f.append('image', new Blob([new Uint8Array(await image(32, 32))]), 'e.png');
    f.append('emoji', JSON.stringify({ name, creator_id: persona === 'anonymous' ? '' : w.users[persona].id }));
    return send(t, 'POST', '/api/v4/emoji', { token: w.tokens[persona], body: f });
  };

  it('authorization matrix for reads and creation', async () => {
    const id = (await create('member', uniqueName('mx'))).body.id;
    const matrix = async (call: (token: string | undefined, p: Persona) => Promise<{ status: number }>) => {
      const out = {} as Record<Persona, number>;
      for (const p of PERSONAS) out[p] = (await call(w.tokens[p], p)).status;
      return out;
    };
    const everyone = { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 };
    expect(await matrix((token) => send(t, 'GET', '/api/v4/emoji', { token }))).toEqual(everyone);
    expect(await matrix((token) => send(t, 'GET', `/api/v4/emoji/${id}`, { token }))).toEqual(everyone);
    expect(await matrix((token) => send(t, 'GET', `/api/v4/emoji/${id}/image`, { token }))).toEqual(everyone);
    expect(await matrix((token) => send(t, 'GET', '/api/v4/emoji/autocomplete?name=mx', { token }))).toEqual(everyone);
    expect(await matrix((token) => send(t, 'POST', '/api/v4/emoji/search', { token, ...json({ term: 'mx' }) }))).toEqual(everyone);
    expect(await matrix((token) => send(t, 'POST', '/api/v4/emoji/names', { token, ...json(['mx']) }))).toEqual(everyone);
    // create_emojis: system_user has it, system_guest does not.
    expect(await matrix((_token, p) => create(p, uniqueName(`c${p.toLowerCase()}`)))).toEqual({
      anonymous: 401, outsider: 200, guest: 403, member: 200, teamAdmin: 200, admin: 200,
    });
  });

  it('DeleteEmoji: the creator (delete_emojis) or delete_others_emojis (system admin)', async () => {
    const out = {} as Record<Persona, number>;
    for (const p of PERSONAS) {
      const id = (await create('member', uniqueName('del'))).body.id;
      out[p] = (await send(t, 'DELETE', `/api/v4/emoji/${id}`, { token: w.tokens[p] })).status;
    }
    expect(out).toEqual({ anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 });
    const own = (await create('teamAdmin', uniqueName('own'))).body.id;
    expect((await send(t, 'DELETE', `/api/v4/emoji/${own}`, { token: w.tokens.teamAdmin })).status).toBe(200);
  });
});
