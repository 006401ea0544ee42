import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { channelPosts, INTEGRATION_ENV } from './helpers';
import { setConfig } from './config';

describe('incoming webhooks', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function createHook(token: string | undefined, body: Record<string, unknown>) {
    const res = await t.request('POST', '/api/v4/hooks/incoming', { token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  it('creates a hook for a channel, defaults it locked for those without the bypass permission', async () => {
    const hook = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, display_name: 'CI', description: 'builds' });
    expect(hook).toMatchObject({ channel_id: w.publicChannel.id, team_id: w.team.id, user_id: w.users.teamAdmin.id, display_name: 'CI', channel_locked: false });
    const got = await t.request('GET', `/api/v4/hooks/incoming/${hook.id}`, { token: w.tokens.teamAdmin });
    expect(got.body.id).toBe(hook.id);
  });

  it('posts a JSON payload as the hook owner, with from_webhook and the display name', async () => {
    const hook = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, display_name: 'Builder' });
    const res = await t.request('POST', `/hooks/${hook.id}`, { body: { text: 'Build <https://ci.example.com/1|#1> passed for <!channel>' } });
    expect(res.status).toBe(200);
    expect(res.body).toBe('ok');
    expect(res.headers.get('content-type')).toBe('text/plain');
    const [post] = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
    expect(post.user_id).toBe(w.users.teamAdmin.id);
    expect(post.message).toBe('Build [#1](https://ci.example.com/1) passed for @channel');
    expect(post.props).toMatchObject({ from_webhook: 'true', webhook_display_name: 'Builder' });
    // overrides are off by default: no override props
    expect(post.props.override_username).toBeUndefined();
  });

  it('accepts payload= form bodies with attachments, and makes them a slack_attachment post', async () => {
    const hook = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id });
    const payload = {
      text: '',
      attachments: [
        {
          fallback: 'Deploy finished',
          color: '#FF8000',
          pretext: 'Deploy <https://x.example|details>',
          text: 'All green',
          title: 'Release 1.2',
          title_link: 'https://example.com/r/1.2',
          fields: [{ short: true, title: 'Build', value: 42 }, { short: false, title: 'Env', value: 'prod' }],
        },
      ],
    };
    const res = await t.request('POST', `/hooks/${hook.id}`, {
      rawBody: `payload=${encodeURIComponent(JSON.stringify(payload))}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status, String(res.body)).toBe(200);
    const [post] = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
    expect(post.type).toBe('slack_attachment');
    const [att] = post.props.attachments;
    expect(att).toMatchObject({ fallback: 'Deploy finished', color: '#FF8000', pretext: 'Deploy [details](https://x.example)', title: 'Release 1.2' });
    expect(att.fields[0].value).toBe('42');
  });

  it('repairs raw newlines in a form payload as Mattermost does', async () => {
    const hook = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id });
    const raw = '{"text": "line one\nline two"}';
    const res = await t.request('POST', `/hooks/${hook.id}`, { rawBody: `payload=${encodeURIComponent(raw)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(200);
    const [post] = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
    expect(post.message).toBe('line one\nline two');
  });

  it('honours username and icon overrides only when the configuration allows them', async () => {
    const hook = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, username: 'ignored' });
    expect(hook.username).toBe('');
    await t.request('POST', `/hooks/${hook.id}`, { body: { text: 'no override', username: 'robot', icon_url: 'https://example.com/i.png' } });
    let [post] = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
    expect(post.props.override_username).toBeUndefined();
    expect(post.props.override_icon_url).toBeUndefined();

    await setConfig(t, 'ServiceSettings', { EnablePostUsernameOverride: true, EnablePostIconOverride: true });
    try {
      await t.request('POST', `/hooks/${hook.id}`, { body: { text: 'override', username: 'robot', icon_url: 'https://example.com/i.png' } });
      [post] = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
      expect(post.props).toMatchObject({ override_username: 'robot', override_icon_url: 'https://example.com/i.png' });
      await t.request('POST', `/hooks/${hook.id}`, { body: { text: 'default name' } });
      [post] = await channelPosts(t, w.tokens.member!, w.publicChannel.id);
      expect(post.props.override_username).toBe('webhook');
      const named = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, username: 'deploybot' });
      expect(named.username).toBe('deploybot');
      const bad = await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.teamAdmin, body: { channel_id: w.publicChannel.id, username: 'Not Valid!' } });
      expectAppError(bad, 400, 'api.incoming_webhook.invalid_username.app_error');
    } finally {
      await setConfig(t, 'ServiceSettings', { EnablePostUsernameOverride: false, EnablePostIconOverride: false });
    }
  });

  it('overrides the channel by name unless locked, and sends DMs to @username', async () => {
    const free = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, channel_locked: false });
    let res = await t.request('POST', `/hooks/${free.id}`, { body: { text: 'to private', channel: w.privateChannel.name } });
    expect(res.status).toBe(200);
    let [post] = await channelPosts(t, w.tokens.member!, w.privateChannel.id);
    expect(post.message).toBe('to private');
    res = await t.request('POST', `/hooks/${free.id}`, { body: { text: 'hash name', channel: `#${w.privateChannel.name}` } });
    expect(res.status).toBe(200);

    res = await t.request('POST', `/hooks/${free.id}`, { body: { text: 'hello you', channel: `@${w.users.member.username}` } });
    expect(res.status).toBe(200);
    const dms = await t.request('GET', `/api/v4/users/${w.users.member.id}/teams/${w.team.id}/channels`, { token: w.tokens.member });
    expect(dms.status).toBe(200);

    const locked = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, channel_locked: true });
    res = await t.request('POST', `/hooks/${locked.id}`, { body: { text: 'nope', channel: w.privateChannel.name } });
    expectAppError(res, 403, 'web.incoming_webhook.channel_locked.app_error');
    res = await t.request('POST', `/hooks/${free.id}`, { body: { text: 'nope', channel: 'no-such-channel' } });
    expectAppError(res, 404, 'web.incoming_webhook.channel.app_error');
  });

  it('refuses an empty payload, an unknown hook, a malformed payload and a disabled feature', async () => {
    const hook = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id });
    expectAppError(await t.request('POST', `/hooks/${hook.id}`, { body: { text: '' } }), 400, 'web.incoming_webhook.text.app_error');
    expectAppError(await t.request('POST', `/hooks/${'x'.repeat(26)}`, { body: { text: 'hi' } }), 400, 'web.incoming_webhook.invalid.app_error');
    const form = await t.request('POST', `/hooks/${hook.id}`, { rawBody: 'payload=%7Bnot json', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expectAppError(form, 400, 'model.incoming_hook.parse_data.app_error');
    await setConfig(t, 'ServiceSettings', { EnableIncomingWebhooks: false });
    try {
      expectAppError(await t.request('POST', `/hooks/${hook.id}`, { body: { text: 'hi' } }), 501, 'web.incoming_webhook.disabled.app_error');
      expectAppError(await t.request('GET', `/api/v4/hooks/incoming/${hook.id}`, { token: w.tokens.admin }), 501, 'api.incoming_webhook.disabled.app_error');
    } finally {
      await setConfig(t, 'ServiceSettings', { EnableIncomingWebhooks: true });
    }
  });

  it('updates (201, as Mattermost), lists with total count, and deletes', async () => {
    const hook = await createHook(w.tokens.teamAdmin, { channel_id: w.publicChannel.id, display_name: 'old' });
    const upd = await t.request('PUT', `/api/v4/hooks/incoming/${hook.id}`, {
      token: w.tokens.teamAdmin,
      body: { id: hook.id, channel_id: w.privateChannel.id, display_name: 'new', description: 'd' },
    });
    expect(upd.status, JSON.stringify(upd.body)).toBe(201);
    expect(upd.body).toMatchObject({ display_name: 'new', channel_id: w.privateChannel.id });
    const mismatch = await t.request('PUT', `/api/v4/hooks/incoming/${hook.id}`, {
      token: w.tokens.teamAdmin,
      body: { id: 'x'.repeat(26), channel_id: w.publicChannel.id, display_name: 'n', description: '' },
    });
    expectAppError(mismatch, 400, 'api.context.invalid_param.app_error');

    const list = await t.request('GET', `/api/v4/hooks/incoming?team_id=${w.team.id}&include_total_count=true&per_page=2`, { token: w.tokens.teamAdmin });
    expect(list.status).toBe(200);
    expect(list.body.incoming_webhooks.length).toBe(2);
    expect(list.body.total_count).toBeGreaterThan(2);

    const del = await t.request('DELETE', `/api/v4/hooks/incoming/${hook.id}`, { token: w.tokens.teamAdmin });
    expect(del.body).toEqual({ status: 'OK' });
    expectAppError(await t.request('GET', `/api/v4/hooks/incoming/${hook.id}`, { token: w.tokens.teamAdmin }), 404, 'app.webhooks.get_incoming.app_error');
    expectAppError(await t.request('POST', `/hooks/${hook.id}`, { body: { text: 'gone' } }), 400, 'web.incoming_webhook.invalid.app_error');
  });
});
