import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import type { WsEvent } from '../../../server/events/types';
import { channelPosts, INTEGRATION_ENV } from '../webhooks/helpers';
import { eventually, startReceiver, type Receiver } from '../webhooks/receiver';

describe('custom slash commands against a real receiver', () => {
  let t: TestServer;
  let w: World;
  let rx: Receiver;
  const events: WsEvent[] = [];
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    rx = await startReceiver();
    t.running.context.events.onEvent((e) => events.push(e));
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  async function createCommand(body: Record<string, unknown>) {
    const res = await t.request('POST', '/api/v4/commands', { token: w.tokens.teamAdmin, body: { team_id: w.team.id, method: 'P', url: `${rx.url}/cmd`, ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
  const execute = (command: string, channelId = w.publicChannel.id, token = w.tokens.member) =>
    t.request('POST', '/api/v4/commands/execute', { token, body: { command, channel_id: channelId, team_id: w.team.id } });

  it('POSTs Mattermost\'s payload and posts an in_channel answer from_webhook', async () => {
    const cmd = await createCommand({ trigger: 'Deploy', auto_complete: true, auto_complete_desc: 'Deploys', auto_complete_hint: '[env]' });
    expect(cmd.trigger).toBe('deploy');
    expect(cmd.token).toMatch(/^[a-z0-9]{26}$/);
    rx.received.length = 0;
    rx.answer = { body: { response_type: 'in_channel', text: 'Deploying to <https://prod.example|prod>', goto_location: 'https://example.com/deploys/1' } };
    const res = await execute(`/deploy prod @${w.users.member.username} ~${w.publicChannel.name}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ response_type: 'in_channel', goto_location: 'https://example.com/deploys/1' });
    expect(res.body.trigger_id).toMatch(/^[a-z0-9]{26}$/);
    const req = await rx.waitFor(1);
    expect(req.method).toBe('POST');
    expect(req.headers.authorization).toBe(`Token ${cmd.token}`);
    expect(req.form).toMatchObject({
      token: cmd.token,
      team_id: w.team.id,
      team_domain: w.team.name,
      channel_id: w.publicChannel.id,
      channel_name: w.publicChannel.name,
      user_id: w.users.member.id,
      user_name: w.users.member.username,
      command: '/deploy',
      text: `prod @${w.users.member.username} ~${w.publicChannel.name}`,
      root_id: '',
      user_mentions: w.users.member.username,
      user_mentions_ids: w.users.member.id,
      channel_mentions: w.publicChannel.name,
      channel_mentions_ids: w.publicChannel.id,
    });
    expect(req.form!.response_url).toMatch(/^http:\/\/localhost:8065\/hooks\/commands\/[a-z0-9]{26}$/);
    expect(req.form!.trigger_id.length).toBeGreaterThan(40);
    const [post] = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
    expect(post.message).toBe('Deploying to [prod](https://prod.example)');
    expect(post.user_id).toBe(w.users.member.id);
    expect(post.props.from_webhook).toBe('true');
  });

  it('sends ephemeral answers to the caller alone, and applies extra_responses', async () => {
    await createCommand({ trigger: 'secret' });
    rx.answer = { body: { text: 'only you', extra_responses: [{ response_type: 'in_channel', text: 'everyone sees this' }, { text: 'also only you' }] } };
    events.length = 0;
    const before = (await channelPosts(t, w.tokens.member!, w.publicChannel.id)).length;
    const res = await execute('/secret');
    expect(res.status).toBe(200);
    const ephemeral = events.filter((e) => e.event === 'ephemeral_message');
    expect(ephemeral.map((e) => JSON.parse(e.data.post as string).message)).toEqual(['only you', 'also only you']);
    expect(ephemeral.every((e) => e.broadcast.user_id === w.users.member.id)).toBe(true);
    const posts = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
    expect(posts.length).toBe(before + 1);
    expect(posts[0].message).toBe('everyone sees this');
  });

  it('uses GET with the payload in the query, and takes a plain text answer as ephemeral text', async () => {
    await createCommand({ trigger: 'weather', method: 'G', url: `${rx.url}/w?city=paris` });
    rx.received.length = 0;
    rx.answer = { body: 'Sunny', contentType: 'text/plain' };
    events.length = 0;
    const res = await execute('/weather tomorrow');
    expect(res.status).toBe(200);
    expect(res.body.text).toBe('Sunny');
    const req = await rx.waitFor(1);
    expect(req.method).toBe('GET');
    const q = new URL(req.url, 'http://x').searchParams;
    expect(q.get('city')).toBe('paris');
    expect(q.get('text')).toBe('tomorrow');
    expect(q.get('command')).toBe('/weather');
    expect(events.some((e) => e.event === 'ephemeral_message' && JSON.parse(e.data.post as string).message === 'Sunny')).toBe(true);
  });

  it('accepts later answers at the response URL, five times at most', async () => {
    await createCommand({ trigger: 'later' });
    rx.received.length = 0;
    rx.answer = { body: {} };
    await execute('/later');
    const req = await rx.waitFor(1);
    const path = new URL(req.form!.response_url).pathname;
    for (let i = 1; i <= 5; i++) {
      const res = await t.request('POST', path, { body: { response_type: 'in_channel', text: `update ${i}` } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toBe('ok');
    }
    expectAppError(await t.request('POST', path, { body: { text: 'too many' } }), 400, 'app.command_webhook.try_use.invalid');
    const messages = (await channelPosts(t, w.tokens.member!, w.publicChannel.id)).map((p) => p.message);
    expect(messages.slice(0, 5)).toEqual(['update 5', 'update 4', 'update 3', 'update 2', 'update 1']);
    expectAppError(await t.request('POST', `/hooks/commands/${'a'.repeat(26)}`, { body: { text: 'x' } }), 404, 'app.command_webhook.get.missing');
  });

  it("hands the command a trigger id that opens a dialog for the caller", async () => {
    await createCommand({ trigger: 'askme' });
    rx.received.length = 0;
    rx.answer = { body: {} };
    const res = await execute('/askme');
    const triggerId = (await rx.waitFor(1)).form!.trigger_id;
    events.length = 0;
    const open = await t.request('POST', '/api/v4/actions/dialogs/open', { body: { trigger_id: triggerId, url: `${rx.url}/dialog`, dialog: { title: 'Ask', elements: [] } } });
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    const event = events.find((e) => e.event === 'open_dialog')!;
    expect(event.broadcast.user_id).toBe(w.users.member.id);
    expect(JSON.parse(event.data.dialog as string).trigger_id).toBe(res.body.trigger_id);
  });

  it('reports failing integrations and unknown commands as Mattermost does', async () => {
    await createCommand({ trigger: 'broken' });
    rx.answer = { status: 500, body: 'boom' };
    expectAppError(await execute('/broken'), 500, 'api.command.execute_command.failed_resp.app_error');
    rx.answer = { body: '{not json', contentType: 'application/json' };
    expectAppError(await execute('/broken'), 500, 'api.command.execute_command.failed.app_error');
    expectAppError(await execute('/nosuchcommand'), 404, 'api.command.execute_command.not_found.app_error');
    expectAppError(await execute('nothing'), 400, 'api.command.execute_command.start.app_error');
    expectAppError(await execute('/me hi', w.privateChannel.id, w.tokens.outsider), 403, 'api.context.permissions.app_error');
  });

  it('manages commands: duplicate triggers, update, regen token, move, delete', async () => {
    const dup = await t.request('POST', '/api/v4/commands', { token: w.tokens.teamAdmin, body: { team_id: w.team.id, method: 'P', trigger: 'echo', url: rx.url } });
    expectAppError(dup, 400, 'api.command.duplicate_trigger.app_error');
    const bad = await t.request('POST', '/api/v4/commands', { token: w.tokens.teamAdmin, body: { team_id: w.team.id, method: 'X', trigger: 'zz', url: rx.url } });
    expectAppError(bad, 400, 'model.command.is_valid.method.app_error');
    const cmd = await createCommand({ trigger: 'mover' });
    const upd = await t.request('PUT', `/api/v4/commands/${cmd.id}`, { token: w.tokens.teamAdmin, body: { ...cmd, display_name: 'Mover', trigger: 'mover2' } });
    expect(upd.status, JSON.stringify(upd.body)).toBe(200);
    expect(upd.body).toMatchObject({ display_name: 'Mover', trigger: 'mover2', token: cmd.token });
    const regen = await t.request('PUT', `/api/v4/commands/${cmd.id}/regen_token`, { token: w.tokens.teamAdmin });
    expect(regen.body.token).toMatch(/^[a-z0-9]{26}$/);
    expect(regen.body.token).not.toBe(cmd.token);
    // The creator is no admin of the other team: the move is refused.
    const move = await t.request('PUT', `/api/v4/commands/${cmd.id}/move`, { token: w.tokens.admin, body: { team_id: w.otherTeam.id } });
    expectAppError(move, 400, 'api.command.move_command.creator_no_permission.app_error');
    const custom = await t.request('GET', `/api/v4/commands?team_id=${w.team.id}&custom_only=true`, { token: w.tokens.teamAdmin });
    expect(custom.body.map((c: any) => c.id)).toContain(cmd.id);
    expect(custom.body.find((c: any) => c.id === cmd.id).token).toBe(regen.body.token);
    const del = await t.request('DELETE', `/api/v4/commands/${cmd.id}`, { token: w.tokens.teamAdmin });
    expect(del.body).toEqual({ status: 'OK' });
    expectAppError(await t.request('GET', `/api/v4/commands/${cmd.id}`, { token: w.tokens.teamAdmin }), 404, 'store.sql_command.save.get.app_error');
  });

  it('lists autocomplete commands and suggestions', async () => {
    const list = await t.request('GET', `/api/v4/teams/${w.team.id}/commands/autocomplete`, { token: w.tokens.member });
    expect(list.status).toBe(200);
    const triggers = list.body.map((c: any) => c.trigger);
    expect(triggers).toEqual(expect.arrayContaining(['deploy', 'echo', 'me', 'join', 'shrug']));
    const deploy = list.body.find((c: any) => c.trigger === 'deploy');
    expect(deploy).toMatchObject({ token: '', url: '', auto_complete_desc: 'Deploys' });
    const sugg = await t.request('GET', `/api/v4/teams/${w.team.id}/commands/autocomplete_suggestions?user_input=${encodeURIComponent('/de')}`, { token: w.tokens.member });
    expect(sugg.status).toBe(200);
    expect(sugg.body).toEqual([{ Complete: 'deploy', Suggestion: '/deploy', Hint: '[env]', Description: 'Deploys', IconData: '' }]);
    const none = await t.request('GET', `/api/v4/teams/${w.team.id}/commands/autocomplete`, { token: w.tokens.outsider });
    expectAppError(none, 403, 'api.context.permissions.app_error');
  });
});
