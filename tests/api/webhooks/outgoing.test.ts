import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { channelPosts, INTEGRATION_ENV, postAs } from './helpers';
import { eventually, startReceiver, type Receiver } from './receiver';

describe('outgoing webhooks against a real receiver', () => {
  let t: TestServer;
  let w: World;
  let rx: Receiver;
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    rx = await startReceiver();
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  async function createHook(body: Record<string, unknown>, token = w.tokens.teamAdmin) {
    const res = await t.request('POST', '/api/v4/hooks/outgoing', { token, body: { team_id: w.team.id, display_name: 'Out', ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  it('fires on an exact trigger word with a JSON payload and posts the answer as a reply', async () => {
    rx.received.length = 0;
    rx.answer = { body: { text: 'Deploying <@' + w.users.member.id + '>', response_type: 'comment', username: 'ignored-without-override' } };
    const hook = await createHook({ trigger_words: ['deploy'], trigger_when: 0, callback_urls: [`${rx.url}/json`], content_type: 'application/json' });
    expect(hook).toMatchObject({ trigger_words: ['deploy'], trigger_when: 0, content_type: 'application/json', creator_id: w.users.teamAdmin.id });
    expect(hook.token).toMatch(/^[a-z0-9]{26}$/);

    await postAs(t, w.tokens.member!, w.publicChannel.id, 'deployment is not a trigger');
    const post = await postAs(t, w.tokens.member!, w.publicChannel.id, 'deploy production now');
    const req = await rx.waitFor(1);
    expect(req.method).toBe('POST');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.json).toEqual({
      token: hook.token,
      team_id: w.team.id,
      team_domain: w.team.name,
      channel_id: w.publicChannel.id,
      channel_name: w.publicChannel.name,
      timestamp: post.create_at,
      user_id: w.users.member.id,
      user_name: w.users.member.username,
      post_id: post.id,
      text: 'deploy production now',
      trigger_word: 'deploy',
      file_ids: '',
    });
    const reply = await eventually(async () => (await channelPosts(t, w.tokens.member!, w.publicChannel.id)).find((p) => p.root_id === post.id));
    expect(reply.message).toBe(`Deploying @${w.users.member.username}`);
    expect(reply.user_id).toBe(w.users.teamAdmin.id);
    expect(reply.props).toMatchObject({ from_webhook: 'true', webhook_display_name: 'Out' });
    // the webhook's own post did not trigger anything
    await new Promise((r) => setTimeout(r, 200));
    expect(rx.received.length).toBe(1);
    await t.request('DELETE', `/api/v4/hooks/outgoing/${hook.id}`, { token: w.tokens.teamAdmin });
  });

  it('fires on starts-with triggers with a form payload (timestamp in seconds) and posts in the channel', async () => {
    rx.received.length = 0;
    rx.answer = { body: { text: 'weather is fine', attachments: [{ text: 'sunny', color: '#00FF00' }] } };
    const hook = await createHook({ trigger_words: ['wea'], trigger_when: 1, callback_urls: [`${rx.url}/form`] });
    expect(hook.content_type).toBe('');
    const post = await postAs(t, w.tokens.member!, w.publicChannel.id, 'weather?');
    const req = await rx.waitFor(1);
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.form).toMatchObject({ token: hook.token, trigger_word: 'wea', text: 'weather?', post_id: post.id, timestamp: String(Math.floor(post.create_at / 1000)) });
    const answer = await eventually(async () => (await channelPosts(t, w.tokens.member!, w.publicChannel.id)).find((p) => p.message === 'weather is fine'));
    expect(answer.root_id).toBe('');
    expect(answer.type).toBe('slack_attachment');
    expect(answer.props.attachments[0].text).toBe('sunny');
    await t.request('DELETE', `/api/v4/hooks/outgoing/${hook.id}`, { token: w.tokens.teamAdmin });
  });

  it('fires on every post of its channel when it has no trigger words; ignores other channels and private ones', async () => {
    rx.received.length = 0;
    rx.answer = { body: '' };
    const hook = await createHook({ channel_id: w.publicChannel.id, trigger_words: [], callback_urls: [`${rx.url}/chan`] });
    await postAs(t, w.tokens.member!, w.privateChannel.id, 'private talk');
    await postAs(t, w.tokens.member!, w.publicChannel.id, 'anything at all');
    const req = await rx.waitFor(1);
    expect(req.form).toMatchObject({ text: 'anything at all', trigger_word: '' });
    await new Promise((r) => setTimeout(r, 200));
    expect(rx.received.length).toBe(1);
    await t.request('DELETE', `/api/v4/hooks/outgoing/${hook.id}`, { token: w.tokens.teamAdmin });
  });

  it('validates hooks as Mattermost does', async () => {
    let res = await t.request('POST', '/api/v4/hooks/outgoing', { token: w.tokens.teamAdmin, body: { team_id: w.team.id, display_name: 'x', trigger_words: [], callback_urls: [rx.url] } });
    expectAppError(res, 400, 'api.webhook.create_outgoing.triggers.app_error');
    res = await t.request('POST', '/api/v4/hooks/outgoing', { token: w.tokens.teamAdmin, body: { team_id: w.team.id, channel_id: w.privateChannel.id, display_name: 'x', trigger_words: [], callback_urls: [rx.url] } });
    expectAppError(res, 403, 'api.outgoing_webhook.disabled.app_error');
    res = await t.request('POST', '/api/v4/hooks/outgoing', { token: w.tokens.teamAdmin, body: { team_id: w.team.id, display_name: 'x', trigger_words: ['a'], callback_urls: ['ftp://nope'] } });
    expectAppError(res, 400, 'model.outgoing_hook.is_valid.url.app_error');
    const a = await createHook({ trigger_words: ['dup'], callback_urls: [`${rx.url}/dup`] });
    res = await t.request('POST', '/api/v4/hooks/outgoing', { token: w.tokens.teamAdmin, body: { team_id: w.team.id, display_name: 'x', trigger_words: ['dup'], callback_urls: [`${rx.url}/dup`] } });
    expectAppError(res, 500, 'api.webhook.create_outgoing.intersect.app_error');
    await t.request('DELETE', `/api/v4/hooks/outgoing/${a.id}`, { token: w.tokens.teamAdmin });
  });

  it('updates, regenerates the token, lists by team and channel, deletes', async () => {
    const hook = await createHook({ channel_id: w.publicChannel.id, trigger_words: ['x'], callback_urls: [`${rx.url}/u`] });
    const upd = await t.request('PUT', `/api/v4/hooks/outgoing/${hook.id}`, {
      token: w.tokens.teamAdmin,
      body: { ...hook, display_name: 'Renamed', description: 'd', trigger_words: ['y'], callback_urls: [`${rx.url}/u2`] },
    });
    expect(upd.status, JSON.stringify(upd.body)).toBe(200);
    expect(upd.body).toMatchObject({ display_name: 'Renamed', trigger_words: ['y'], token: hook.token });
    const regen = await t.request('POST', `/api/v4/hooks/outgoing/${hook.id}/regen_token`, { token: w.tokens.teamAdmin });
    expect(regen.status).toBe(200);
    expect(regen.body.id).toBe(hook.id);
    expect(regen.body.token).not.toBe(hook.token);
    const byTeam = await t.request('GET', `/api/v4/hooks/outgoing?team_id=${w.team.id}`, { token: w.tokens.teamAdmin });
    expect(byTeam.body.map((h: any) => h.id)).toContain(hook.id);
    const byChannel = await t.request('GET', `/api/v4/hooks/outgoing?channel_id=${w.publicChannel.id}`, { token: w.tokens.teamAdmin });
    expect(byChannel.body.map((h: any) => h.id)).toEqual([hook.id]);
    const del = await t.request('DELETE', `/api/v4/hooks/outgoing/${hook.id}`, { token: w.tokens.teamAdmin });
    expect(del.body).toEqual({ status: 'OK' });
    expectAppError(await t.request('GET', `/api/v4/hooks/outgoing/${hook.id}`, { token: w.tokens.teamAdmin }), 404, 'app.webhooks.get_outgoing.app_error');
  });
});
