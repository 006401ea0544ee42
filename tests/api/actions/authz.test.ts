/**
 * Who may press a post's buttons and submit dialogs: whoever may read the channel (and view its
 * team, for dialogs); opening a dialog needs no session, only a valid trigger id.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { channelPosts, INTEGRATION_ENV } from '../webhooks/helpers';
import { startReceiver, type Receiver } from '../webhooks/receiver';
import { matrix, only } from '../webhooks/matrix';

describe('integration actions: authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let rx: Receiver;
  let pub: any;
  let priv: any;
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    rx = await startReceiver();
    rx.answer = { body: {} };
    pub = await interactivePost(w.publicChannel.id);
    priv = await interactivePost(w.privateChannel.id);
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  async function interactivePost(channelId: string) {
    const hook = await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.teamAdmin, body: { channel_id: channelId } });
    await t.request('POST', `/hooks/${hook.body.id}`, { body: { text: 'x', attachments: [{ actions: [{ id: 'go', name: 'Go', integration: { url: `${rx.url}/go` } }] }] } });
    return (await channelPosts(t, w.tokens.teamAdmin!, channelId))[0];
  }
  const readers: Persona[] = ['guest', 'member', 'teamAdmin', 'admin'];
  const privateReaders: Persona[] = ['member', 'teamAdmin', 'admin'];

  it('DoPostAction', async () => {
    await matrix(w, 'DoPostAction public', only(readers, 200), (token) => t.request('POST', `/api/v4/posts/${pub.id}/actions/go`, { token, body: {} }));
    await matrix(w, 'DoPostAction private', only(privateReaders, 200), (token) => t.request('POST', `/api/v4/posts/${priv.id}/actions/go`, { token, body: {} }));
  });

  it('SubmitInteractiveDialog and LookupInteractiveDialog', async () => {
    const body = (channelId: string) => ({ url: `${rx.url}/dlg`, channel_id: channelId, team_id: w.team.id, submission: {} });
    await matrix(w, 'Submit public', only(readers, 200), (token) => t.request('POST', '/api/v4/actions/dialogs/submit', { token, body: body(w.publicChannel.id) }));
    await matrix(w, 'Submit private', only(privateReaders, 200), (token) => t.request('POST', '/api/v4/actions/dialogs/submit', { token, body: body(w.privateChannel.id) }));
    await matrix(w, 'Lookup private', only(privateReaders, 200), (token) => t.request('POST', '/api/v4/actions/dialogs/lookup', { token, body: body(w.privateChannel.id) }));
  });

  it('OpenInteractiveDialog: the trigger id is the credential', async () => {
    rx.received.length = 0;
    await t.request('POST', `/api/v4/posts/${pub.id}/actions/go`, { token: w.tokens.member, body: {} });
    const triggerId = (await rx.waitFor(1)).json.trigger_id;
    await matrix(w, 'OpenInteractiveDialog', { anonymous: 200, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('POST', '/api/v4/actions/dialogs/open', { token, body: { trigger_id: triggerId, url: rx.url, dialog: { title: 'T', elements: [] } } }),
    );
    const bad = await t.request('POST', '/api/v4/actions/dialogs/open', { body: { trigger_id: `${triggerId}x`, url: rx.url, dialog: { title: 'T', elements: [] } } });
    expect(bad.status).toBe(400);
  });
});
