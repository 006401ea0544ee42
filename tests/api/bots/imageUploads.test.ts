import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { getTeamById } from '../../../db/queries/teams';
import type { WsEvent } from '../../../server/events/types';
import { image, send } from '../files/helpers';

const SVG = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

/** The one image-upload reader (app/images/upload.ts) behind the bot icon, team icon and profile image endpoints. */
describe('image uploads: bot icons, team icons (update_team), profile images', () => {
  let t: TestServer;
  let w: World;
  let botId: string;
  const events: WsEvent[] = [];

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_ENABLEBOTACCOUNTCREATION: 'true', MM_FILESETTINGS_MAXFILESIZE: '20000' } });
    w = await buildWorld(t);
    const bot = await t.request('POST', '/api/v4/bots', { token: w.tokens.admin, body: { username: 'iconbot' } });
    botId = bot.body.user_id;
    t.running.context.events.onEvent((e) => events.push(e));
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const form = (data: Uint8Array, field = 'image', name = 'pic.png') => {
    const f = new FormData();
    f.append(field, new Blob([new Uint8Array(data)]), name);
    return f;
  };
  const endpoints = () => [
    { path: `/api/v4/bots/${botId}/icon`, prefix: 'api.bot.set_bot_icon_image', tooLarge: 400, body: async () => Buffer.from(SVG) },
    { path: `/api/v4/teams/${w.team.id}/image`, prefix: 'api.team.set_team_icon', tooLarge: 400, body: () => image(40, 40) },
    { path: '/api/v4/users/me/image', prefix: 'api.user.upload_profile_user', tooLarge: 413, body: () => image(40, 40) },
  ];

  it('each endpoint refuses a missing image, a non-multipart body and an oversized upload with its own ids', async () => {
    for (const e of endpoints()) {
      expectAppError(await send(t, 'POST', e.path, { token: w.tokens.admin, body: form(await e.body(), 'other') }), 400, `${e.prefix}.no_file.app_error`);
      const raw = await t.request('POST', e.path, { token: w.tokens.admin, rawBody: 'x', headers: { 'Content-Type': 'text/plain' } });
      expectAppError(raw, 400, `${e.prefix}.parse.app_error`);
      expectAppError(await send(t, 'POST', e.path, { token: w.tokens.admin, body: form(new Uint8Array(30_000)) }), e.tooLarge, `${e.prefix}.too_large.app_error`);
    }
  });

  it('persona matrix: setting the team icon (manage_team)', async () => {
    const expected: Record<Persona, number> = { anonymous: 401, outsider: 403, guest: 403, member: 403, teamAdmin: 200, admin: 200 };
    for (const p of PERSONAS) {
      const res = await send(t, 'POST', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens[p], body: form(await image(30, 30)) });
      expect(res.status, `${p}: ${JSON.stringify(res.body)}`).toBe(expected[p]);
    }
  });

  it('setting and removing the team icon sends update_team to the team with the new last_team_icon_update', async () => {
    events.length = 0;
    expect((await send(t, 'POST', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.teamAdmin, body: form(await image(60, 30)) })).status).toBe(200);
    const stored = (await getTeamById(t.running.context.db, w.team.id))!;
    const set = events.filter((e) => e.event === 'update_team');
    expect(set).toHaveLength(1);
    expect(set[0].broadcast).toMatchObject({ team_id: w.team.id });
    const sent = JSON.parse(set[0].data.team as string);
    expect(sent).toMatchObject({ id: w.team.id, last_team_icon_update: stored.lastTeamIconUpdate, email: '', invite_id: '' });
    expect(stored.lastTeamIconUpdate).toBeGreaterThan(0);

    events.length = 0;
    expect((await send(t, 'DELETE', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.teamAdmin })).status).toBe(200);
    const removed = events.filter((e) => e.event === 'update_team');
    expect(removed).toHaveLength(1);
    expect(JSON.parse(removed[0].data.team as string).last_team_icon_update ?? 0).toBe(0);

    // A refused upload announces nothing.
    events.length = 0;
    expectAppError(await send(t, 'POST', `/api/v4/teams/${w.team.id}/image`, { token: w.tokens.teamAdmin, body: form(Buffer.from('nope')) }), 400, 'api.team.set_team_icon.decode.app_error');
    expect(events.filter((e) => e.event === 'update_team')).toEqual([]);
  });

  it('valid uploads still work through the shared reader (bot SVG icon, profile picture)', async () => {
    expect((await send(t, 'POST', `/api/v4/bots/${botId}/icon`, { token: w.tokens.admin, body: form(Buffer.from(SVG), 'image', 'i.svg') })).status).toBe(200);
    const icon = await send(t, 'GET', `/api/v4/bots/${botId}/icon`, { token: w.tokens.admin });
    expect(icon.status).toBe(200);
    expect((await send(t, 'POST', '/api/v4/users/me/image', { token: w.tokens.member, body: form(await image(50, 80)) })).status).toBe(200);
  });
});
