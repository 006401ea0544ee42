/**
 * Who may manage bots: by default only system admins hold create_bot, read_others_bots and
 * manage_others_bots; to everyone else a bot does not exist (404), so that being a bot is not revealed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { createUser, expectNoViolations, uniqueUser } from '../../helpers/fixtures';
import { matrix, only } from '../webhooks/matrix';

describe('bots: authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let bot: any;
  let n = 0;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_ENABLEBOTACCOUNTCREATION: 'true' } });
    w = await buildWorld(t);
    bot = await makeBot();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function makeBot() {
    n += 1;
    const res = await t.request('POST', '/api/v4/bots', { token: w.tokens.admin, body: { username: `authzbot${n}` } });
    expect(res.status).toBe(201);
    return res.body;
  }
  const admin: Persona[] = ['admin'];

  it('create, list, get, patch, disable, enable, assign', async () => {
    await matrix(w, 'CreateBot', only(admin, 201), (token, who) => t.request('POST', '/api/v4/bots', { token, body: { username: `made${who.toLowerCase()}` } }));
    await matrix(w, 'GetBots', only(admin, 200), (token) => t.request('GET', '/api/v4/bots', { token }));
    await matrix(w, 'GetBot', only(admin, 200, 404), (token) => t.request('GET', `/api/v4/bots/${bot.user_id}`, { token }));
    await matrix(w, 'PatchBot', only(admin, 200, 404), (token) => t.request('PUT', `/api/v4/bots/${bot.user_id}`, { token, body: { description: 'd' } }));
    await matrix(w, 'DisableBot', only(admin, 200, 404), (token) => t.request('POST', `/api/v4/bots/${bot.user_id}/disable`, { token }));
    await matrix(w, 'EnableBot', only(admin, 200, 404), (token) => t.request('POST', `/api/v4/bots/${bot.user_id}/enable`, { token }));
    await matrix(w, 'AssignBot', only(admin, 200, 404), (token) => t.request('POST', `/api/v4/bots/${bot.user_id}/assign/${w.users.admin.id}`, { token }));
  });

  it('conversions need manage_system', async () => {
    const toUser: Record<string, number> = {};
    const toBot: Record<string, number> = {};
    for (const who of PERSONAS) {
      const b = await makeBot();
      toUser[who] = (await t.request('POST', `/api/v4/bots/${b.user_id}/convert_to_user`, { token: w.tokens[who], body: { password: 'Passw0rd!x' } })).status;
      const u = await createUser(t, uniqueUser('conv'), w.tokens.admin);
      toBot[who] = (await t.request('POST', `/api/v4/users/${u.id}/convert_to_bot`, { token: w.tokens[who] })).status;
    }
    expect(toUser, 'ConvertBotToUser').toEqual(only(admin, 200));
    expect(toBot, 'ConvertUserToBot').toEqual(only(admin, 200));
  });

  it('icons: managers set and delete; whoever may see the bot user reads', async () => {
    const fd = new FormData();
    fd.append('image', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"></svg>'], { type: 'image/svg+xml' }), 'i.svg');
    const req = new Request('http://x/', { method: 'POST', body: fd });
    const raw = await req.text();
    const headers = { 'Content-Type': req.headers.get('content-type')! };
    await matrix(w, 'SetBotIconImage', only(admin, 200, 404), (token) => t.request('POST', `/api/v4/bots/${bot.user_id}/icon`, { token, rawBody: raw, headers }));
    await matrix(w, 'GetBotIconImage', { anonymous: 401, outsider: 200, guest: 403, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('GET', `/api/v4/bots/${bot.user_id}/icon`, { token }),
    );
    await matrix(w, 'DeleteBotIconImage', only(admin, 200, 404), (token) => t.request('DELETE', `/api/v4/bots/${bot.user_id}/icon`, { token }));
  });

  it('a non-admin never learns which users are bots through bot endpoints', async () => {
    for (const who of ['member', 'guest', 'outsider'] as const) {
      const res = await t.request('GET', `/api/v4/bots/${bot.user_id}`, { token: w.tokens[who] });
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(bot.username);
      const plain = await t.request('GET', `/api/v4/bots/${w.users.member.id}`, { token: w.tokens[who] });
      expect(plain.body.id).toBe(res.body.id);
    }
  });
});
