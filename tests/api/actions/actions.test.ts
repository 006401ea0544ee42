import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import type { WsEvent } from '../../../server/events/types';
import { channelPosts, INTEGRATION_ENV } from '../webhooks/helpers';
import { startReceiver, type Receiver } from '../webhooks/receiver';
import { setConfig } from '../webhooks/config';

describe('interactive messages and dialogs against a real integration', () => {
  let t: TestServer;
  let w: World;
  let rx: Receiver;
  const events: WsEvent[] = [];
  let post: any;
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    rx = await startReceiver();
    t.running.context.events.onEvent((e) => events.push(e));
    const hook = await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.teamAdmin, body: { channel_id: w.publicChannel.id } });
    await t.request('POST', `/hooks/${hook.body.id}`, {
      body: {
        text: 'Deploy request #42',
        attachments: [
          {
            text: 'Approve?',
            actions: [
              { name: 'Approve', integration: { url: `${rx.url}/approve`, context: { ticket: 42 } } },
              { name: 'Env', type: 'select', data_source: '', options: [{ text: 'Prod', value: 'prod' }], integration: { url: `${rx.url}/select`, context: { ticket: 42 } } },
            ],
          },
        ],
      },
    });
    post = (await channelPosts(t, w.tokens.member!, w.publicChannel.id))[0];
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  const actionIds = () => post.props.attachments[0].actions.map((a: any) => a.id as string);

  it('gives each action an id, calls the integration, applies update and ephemeral_text', async () => {
    const [approveId] = actionIds();
    expect(approveId).toMatch(/^[a-z0-9]{26}$/);
    rx.received.length = 0;
    rx.answer = { body: { update: { message: 'Deploy request #42 — approved', props: { attachments: [{ text: 'Approved by someone' }] } }, ephemeral_text: 'You approved <https://ci.example/42|#42>' } };
    events.length = 0;
    const res = await t.request('POST', `/api/v4/posts/${post.id}/actions/${approveId}`, { token: w.tokens.member, body: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('OK');
    expect(res.body.trigger_id).toMatch(/^[a-z0-9]{26}$/);
    const req = await rx.waitFor(1);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.json).toMatchObject({
      user_id: w.users.member.id,
      user_name: w.users.member.username,
      channel_id: w.publicChannel.id,
      channel_name: w.publicChannel.name,
      team_id: w.team.id,
      team_domain: w.team.name,
      post_id: post.id,
      context: { ticket: 42 },
    });
    expect(req.json.trigger_id.length).toBeGreaterThan(40);
    const updated = (await t.request('GET', `/api/v4/posts/${post.id}`, { token: w.tokens.member })).body;
    expect(updated.message).toBe('Deploy request #42 — approved');
    expect(updated.props.attachments[0].text).toBe('Approved by someone');
    expect(updated.props.from_webhook).toBe('true');
    const eph = events.find((e) => e.event === 'ephemeral_message');
    expect(eph?.broadcast.user_id).toBe(w.users.member.id);
    expect(JSON.parse(eph!.data.post as string)).toMatchObject({ message: 'You approved [#42](https://ci.example/42)', root_id: post.id });
    expect(events.some((e) => e.event === 'post_edited')).toBe(true);
  });

  it('sends the selected option of a menu', async () => {
    // the update above replaced the first post's attachments: a fresh post carries the menu
    const hook = await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.teamAdmin, body: { channel_id: w.publicChannel.id } });
    await t.request('POST', `/hooks/${hook.body.id}`, {
      body: { text: 'menu', attachments: [{ actions: [{ id: 'envmenu', name: 'Env', type: 'select', integration: { url: `${rx.url}/select`, context: { a: 1 } } }] }] },
    });
    const menuPost = (await channelPosts(t, w.tokens.member!, w.publicChannel.id))[0];
    expect(menuPost.props.attachments[0].actions[0].id).toBe('envmenu');
    rx.received.length = 0;
    rx.answer = { body: {} };
    const res = await t.request('POST', `/api/v4/posts/${menuPost.id}/actions/envmenu`, { token: w.tokens.member, body: { selected_option: 'prod' } });
    expect(res.status).toBe(200);
    const req = await rx.waitFor(1);
    expect(req.json.context).toEqual({ a: 1, selected_option: 'prod' });
    expect(req.json.type).toBe('select');
  });

  it('refuses unknown actions, failing integrations, cookies, and outsiders', async () => {
    const [approveId] = actionIds();
    expectAppError(await t.request('POST', `/api/v4/posts/${post.id}/actions/nosuchaction`, { token: w.tokens.member, body: {} }), 404, 'api.post.do_action.action_id.app_error');
    const hook = await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.teamAdmin, body: { channel_id: w.privateChannel.id } });
    await t.request('POST', `/hooks/${hook.body.id}`, { body: { text: 'private', attachments: [{ actions: [{ id: 'priv', name: 'x', integration: { url: `${rx.url}/p` } }] }] } });
    const privatePost = (await channelPosts(t, w.tokens.member!, w.privateChannel.id))[0];
    expectAppError(await t.request('POST', `/api/v4/posts/${privatePost.id}/actions/priv`, { token: w.tokens.outsider, body: {} }), 403, 'api.context.permissions.app_error');
    rx.answer = { status: 500, body: 'down' };
    expectAppError(await t.request('POST', `/api/v4/posts/${privatePost.id}/actions/priv`, { token: w.tokens.member, body: {} }), 400, 'api.post.do_action.action_integration.app_error');
    expectAppError(await t.request('POST', `/api/v4/posts/${post.id}/actions/${approveId}`, { token: w.tokens.member, body: { cookie: 'abc' } }), 400, 'api.post.do_action.action_integration.app_error');
    rx.answer = { body: {} };
  });

  it('opens a dialog with a fresh trigger id, submits it and looks up options', async () => {
    const hook = await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.teamAdmin, body: { channel_id: w.publicChannel.id } });
    await t.request('POST', `/hooks/${hook.body.id}`, { body: { text: 'd', attachments: [{ actions: [{ id: 'opendlg', name: 'Open', integration: { url: `${rx.url}/open` } }] }] } });
    const dlgPost = (await channelPosts(t, w.tokens.member!, w.publicChannel.id))[0];
    rx.received.length = 0;
    rx.answer = { body: {} };
    const clicked = await t.request('POST', `/api/v4/posts/${dlgPost.id}/actions/opendlg`, { token: w.tokens.member, body: {} });
    const { trigger_id: triggerId } = (await rx.waitFor(1)).json;

    // The integration opens the dialog (no session: the trigger id is the credential).
    events.length = 0;
    const dialog = { callback_id: 'cb1', title: 'Deploy', elements: [{ display_name: 'Reason', name: 'reason', type: 'text' }], state: 'st' };
    const open = await t.request('POST', '/api/v4/actions/dialogs/open', { body: { trigger_id: triggerId, url: `${rx.url}/submit`, dialog } });
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    const opened = events.find((e) => e.event === 'open_dialog')!;
    expect(opened.broadcast.user_id).toBe(w.users.member.id);
    expect(JSON.parse(opened.data.dialog as string)).toMatchObject({ trigger_id: clicked.body.trigger_id, url: `${rx.url}/submit`, dialog: { title: 'Deploy' } });

    const tampered = Buffer.from(Buffer.from(triggerId, 'base64').toString().replace(w.users.member.id, w.users.admin.id)).toString('base64');
    expectAppError(await t.request('POST', '/api/v4/actions/dialogs/open', { body: { trigger_id: tampered, url: rx.url, dialog } }), 400, 'interactive_message.decode_trigger_id.verify_signature_failed');
    expectAppError(await t.request('POST', '/api/v4/actions/dialogs/open', { body: { trigger_id: 'not-base64!', url: rx.url, dialog } }), 400, 'interactive_message.decode_trigger_id.base64_decode_failed');

    // The user submits; field errors from the integration come back.
    rx.received.length = 0;
    rx.answer = { body: { errors: { reason: 'Say why' } } };
    const submit = await t.request('POST', '/api/v4/actions/dialogs/submit', {
      token: w.tokens.member,
      body: { url: `${rx.url}/submit`, callback_id: 'cb1', state: 'st', channel_id: w.publicChannel.id, team_id: w.team.id, submission: { reason: '' }, user_id: 'spoofed' },
    });
    expect(submit.status, JSON.stringify(submit.body)).toBe(200);
    expect(submit.body).toEqual({ errors: { reason: 'Say why' } });
    const got = await rx.waitFor(1);
    expect(got.json).toMatchObject({ type: 'dialog_submission', callback_id: 'cb1', state: 'st', user_id: w.users.member.id, submission: { reason: '' } });
    expect(got.json.url).toBeUndefined();
    expectAppError(
      await t.request('POST', '/api/v4/actions/dialogs/submit', { token: w.tokens.outsider, body: { url: rx.url, channel_id: w.privateChannel.id, team_id: w.team.id, submission: {} } }),
      403,
      'api.context.permissions.app_error',
    );

    rx.answer = { body: { items: [{ text: 'Prod', value: 'prod' }] } };
    const lookup = await t.request('POST', '/api/v4/actions/dialogs/lookup', {
      token: w.tokens.member,
      body: { url: `${rx.url}/lookup`, channel_id: w.publicChannel.id, team_id: w.team.id, submission: { query: 'pr', selected_field: 'env' } },
    });
    expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
    expect(lookup.body).toEqual({ items: [{ text: 'Prod', value: 'prod' }] });
  });

  it('refuses a trigger id older than OutgoingIntegrationRequestsTimeout', async () => {
    await setConfig(t, 'ServiceSettings', { OutgoingIntegrationRequestsTimeout: 1 });
    try {
      const hook = await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.teamAdmin, body: { channel_id: w.publicChannel.id } });
      await t.request('POST', `/hooks/${hook.body.id}`, { body: { text: 'e', attachments: [{ actions: [{ id: 'exp', name: 'x', integration: { url: `${rx.url}/exp` } }] }] } });
      const p = (await channelPosts(t, w.tokens.member!, w.publicChannel.id))[0];
      rx.received.length = 0;
      rx.answer = { body: {} };
      await t.request('POST', `/api/v4/posts/${p.id}/actions/exp`, { token: w.tokens.member, body: {} });
      const { trigger_id: triggerId } = (await rx.waitFor(1)).json;
      await new Promise((r) => setTimeout(r, 1200));
      const res = await t.request('POST', '/api/v4/actions/dialogs/open', { body: { trigger_id: triggerId, url: rx.url, dialog: { title: 'x', elements: [] } } });
      expectAppError(res, 400, 'interactive_message.decode_trigger_id.expired');
    } finally {
      await setConfig(t, 'ServiceSettings', { OutgoingIntegrationRequestsTimeout: 30 });
    }
  });
});
