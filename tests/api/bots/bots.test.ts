import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, uniqueUser } from '../../helpers/fixtures';
import { joinTeam } from '../../../app/teams/membership';
import { getTeamById } from '../../../db/queries/teams';
import { getUserById } from '../../../db/queries/users';
import { channelPosts, INTEGRATION_ENV } from '../webhooks/helpers';

const SVG = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('bots', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer({ env: { ...INTEGRATION_ENV, MM_SERVICESETTINGS_ENABLEBOTACCOUNTCREATION: 'true' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function createBot(username: string, token = w.tokens.admin) {
    const res = await t.request('POST', '/api/v4/bots', { token, body: { username, display_name: 'Build Bot', description: 'builds things' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
  async function botToken(botId: string) {
    const res = await t.request('POST', `/api/v4/users/${botId}/tokens`, { token: w.tokens.admin, body: { description: 'ci' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.token as string;
  }

  it('creates a bot user owned by the caller, who gets a direct message about it', async () => {
    const bot = await createBot('buildbot');
    expect(bot).toMatchObject({ username: 'buildbot', display_name: 'Build Bot', description: 'builds things', owner_id: w.users.admin.id, delete_at: 0, system_owned: false });
    const user = await t.request('GET', `/api/v4/users/${bot.user_id}`, { token: w.tokens.admin });
    expect(user.body).toMatchObject({ is_bot: true, username: 'buildbot', first_name: 'Build Bot' });
    const dm = await t.request('POST', '/api/v4/channels/direct', { token: w.tokens.admin, body: [w.users.admin.id, bot.user_id] });
    const [post] = await channelPosts(t, w.tokens.admin!, dm.body.id);
    expect(post).toMatchObject({ type: 'add_bot_teams_channels', user_id: bot.user_id });
    expect(post.props.from_bot).toBe('true');
    expectAppError(await t.request('POST', '/api/v4/bots', { token: w.tokens.admin, body: { username: 'buildbot' } }), 400, 'app.user.save.username_exists.app_error');
    expectAppError(await t.request('POST', '/api/v4/bots', { token: w.tokens.admin, body: { username: 'Bad Name!' } }), 400, 'model.bot.is_valid.username.app_error');
  });

  it('gets, lists, patches; hides bots from those who may not read them', async () => {
    const bot = await createBot('listbot');
    expect((await t.request('GET', `/api/v4/bots/${bot.user_id}`, { token: w.tokens.admin })).body.username).toBe('listbot');
    expectAppError(await t.request('GET', `/api/v4/bots/${bot.user_id}`, { token: w.tokens.member }), 404, 'store.sql_bot.get.missing.app_error');
    const list = await t.request('GET', '/api/v4/bots?per_page=200', { token: w.tokens.admin });
    expect(list.body.map((b: any) => b.user_id)).toContain(bot.user_id);
    expectAppError(await t.request('GET', '/api/v4/bots', { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    const patched = await t.request('PUT', `/api/v4/bots/${bot.user_id}`, { token: w.tokens.admin, body: { username: 'listbot2', description: 'new' } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ username: 'listbot2', description: 'new', display_name: 'Build Bot' });
    expectAppError(await t.request('PUT', `/api/v4/bots/${bot.user_id}`, { token: w.tokens.member, body: { description: 'x' } }), 404, 'store.sql_bot.get.missing.app_error');
  });

  it('posts with its access token (even with personal tokens disabled) and takes part in DMs', async () => {
    const server = t.running.context;
    const bot = await createBot('postbot');
    const token = await botToken(bot.user_id);
    const botRow = (await getUserById(server.db, bot.user_id))!;
    await joinTeam(server, server.db, (await getTeamById(server.db, w.team.id))!, botRow);
    const add = await t.request('POST', `/api/v4/channels/${w.publicChannel.id}/members`, { token: w.tokens.teamAdmin, body: { user_id: bot.user_id } });
    expect(add.status, JSON.stringify(add.body)).toBe(201);
    const post = await t.request('POST', '/api/v4/posts', { token, body: { channel_id: w.publicChannel.id, message: 'hello from a bot' } });
    expect(post.status, JSON.stringify(post.body)).toBe(201);
    expect(post.body.props.from_bot).toBe('true');
    const seen = (await channelPosts(t, w.tokens.member!, w.publicChannel.id))[0];
    expect(seen).toMatchObject({ id: post.body.id, user_id: bot.user_id });

    const dm = await t.request('POST', '/api/v4/channels/direct', { token, body: [bot.user_id, w.users.member.id] });
    expect(dm.status, JSON.stringify(dm.body)).toBe(201);
    const dmPost = await t.request('POST', '/api/v4/posts', { token, body: { channel_id: dm.body.id, message: 'psst' } });
    expect(dmPost.status).toBe(201);
    const reply = await t.request('POST', '/api/v4/posts', { token: w.tokens.member, body: { channel_id: dm.body.id, message: 'hi bot' } });
    expect(reply.status).toBe(201);
    expect((await channelPosts(t, token, dm.body.id)).map((p) => p.message).slice(0, 2)).toEqual(['hi bot', 'psst']);
  });

  it('disables (its token stops working) and enables a bot; assigns it to another owner', async () => {
    const bot = await createBot('togglebot');
    const token = await botToken(bot.user_id);
    expect((await t.request('GET', '/api/v4/users/me', { token })).status).toBe(200);
    const off = await t.request('POST', `/api/v4/bots/${bot.user_id}/disable`, { token: w.tokens.admin });
    expect(off.status).toBe(200);
    expect(off.body.delete_at).toBeGreaterThan(0);
    expect((await t.request('GET', '/api/v4/users/me', { token })).status).toBe(401);
    expectAppError(await t.request('GET', `/api/v4/bots/${bot.user_id}`, { token: w.tokens.admin }), 404, 'store.sql_bot.get.missing.app_error');
    expect((await t.request('GET', `/api/v4/bots/${bot.user_id}?include_deleted=true`, { token: w.tokens.admin })).status).toBe(200);
    const on = await t.request('POST', `/api/v4/bots/${bot.user_id}/enable`, { token: w.tokens.admin });
    expect(on.body.delete_at).toBe(0);
    expect((await t.request('GET', '/api/v4/users/me', { token })).status).toBe(200);

    const assigned = await t.request('POST', `/api/v4/bots/${bot.user_id}/assign/${w.users.member.id}`, { token: w.tokens.admin });
    expect(assigned.body.owner_id).toBe(w.users.member.id);
    const other = await createBot('otherbot');
    expectAppError(await t.request('POST', `/api/v4/bots/${bot.user_id}/assign/${other.user_id}`, { token: w.tokens.admin }), 403, 'api.context.permissions.app_error');
  });

  it('converts a bot to a user and a user to a bot', async () => {
    const bot = await createBot('convertbot');
    expectAppError(await t.request('POST', `/api/v4/bots/${bot.user_id}/convert_to_user`, { token: w.tokens.admin, body: {} }), 400, 'api.context.invalid_param.app_error');
    const res = await t.request('POST', `/api/v4/bots/${bot.user_id}/convert_to_user`, { token: w.tokens.admin, body: { password: 'Passw0rd!x', email: 'converted@example.com' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: bot.user_id, is_bot: false, email: 'converted@example.com' });
    const login = await t.request('POST', '/api/v4/users/login', { body: { login_id: 'convertbot', password: 'Passw0rd!x' } });
    expect(login.status).toBe(200);
    expectAppError(await t.request('GET', `/api/v4/bots/${bot.user_id}`, { token: w.tokens.admin }), 404, 'store.sql_bot.get.missing.app_error');

    const plain = await createUser(t, uniqueUser('tobot'), w.tokens.admin);
    expectAppError(await t.request('POST', `/api/v4/users/${plain.id}/convert_to_bot`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    const conv = await t.request('POST', `/api/v4/users/${plain.id}/convert_to_bot`, { token: w.tokens.admin });
    expect(conv.status, JSON.stringify(conv.body)).toBe(200);
    expect(conv.body).toMatchObject({ user_id: plain.id, owner_id: plain.id, username: plain.username });
    expect((await t.request('GET', `/api/v4/users/${plain.id}`, { token: w.tokens.admin })).body.is_bot).toBe(true);
  });

  it('stores an SVG icon, refuses other formats, deletes it', async () => {
    const bot = await createBot('iconbot');
    expectAppError(await t.request('GET', `/api/v4/bots/${bot.user_id}/icon`, { token: w.tokens.admin }), 404, 'api.bot.get_bot_icon_image.read_error');
    const form = (content: string, type: string) => {
      const fd = new FormData();
      fd.append('image', new Blob([content], { type }), 'icon.svg');
      return new Request('http://localhost/x', { method: 'POST', body: fd });
    };
    const send = async (content: string, type: string) => {
      const req = form(content, type);
      const body = await req.text();
      return t.request('POST', `/api/v4/bots/${bot.user_id}/icon`, { token: w.tokens.admin, rawBody: body, headers: { 'Content-Type': req.headers.get('content-type')! } });
    };
    expectAppError(await send('not an svg', 'text/plain'), 400, 'api.bot.set_bot_icon_image.wrong_format.app_error');
    const ok = await send(SVG, 'image/svg+xml');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const icon = await t.request('GET', `/api/v4/bots/${bot.user_id}/icon`, { token: w.tokens.member });
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.body).toBe(SVG);
    expect((await t.request('GET', `/api/v4/bots/${bot.user_id}`, { token: w.tokens.admin })).body.last_icon_update).toBeGreaterThan(0);
    expect((await t.request('DELETE', `/api/v4/bots/${bot.user_id}/icon`, { token: w.tokens.admin })).status).toBe(200);
    expectAppError(await t.request('GET', `/api/v4/bots/${bot.user_id}/icon`, { token: w.tokens.admin }), 404, 'api.bot.get_bot_icon_image.read_error');
  });

  it('refuses creation while EnableBotAccountCreation is off, and to those without create_bot', async () => {
    expectAppError(await t.request('POST', '/api/v4/bots', { token: w.tokens.member, body: { username: 'nobot' } }), 403, 'api.context.permissions.app_error');
    const service = t.running.context.config;
    const next = structuredClone(service.storedConfig());
    next.ServiceSettings.EnableBotAccountCreation = false;
    await service.save(next);
    // the environment fixes the setting in this file's server, so the stored change has no effect
    expect(service.get().ServiceSettings.EnableBotAccountCreation).toBe(true);
  });
});
