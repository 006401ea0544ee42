/**
 * Who may manage webhooks: team admins (manage_own/others_*_webhooks in their team) and system
 * admins; members, guests and outsiders may not, and hooks of other teams never show in lists.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { INTEGRATION_ENV } from './helpers';
import { matrix, only } from './matrix';

describe('webhooks: authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let otherTeamHook: any;
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    const ch = await createTeamChannel(t.running.context.db, w.otherTeam.id, { type: 'O', name: 'other-pub', display_name: 'Other', header: '', purpose: '' }, w.users.outsider);
    otherTeamHook = (await t.request('POST', '/api/v4/hooks/incoming', { token: w.tokens.outsider, body: { channel_id: ch.id, display_name: 'secret-other' } })).body;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const managers: Persona[] = ['teamAdmin', 'admin'];
  const incoming = (token: string | undefined, channelId = w.publicChannel.id) => t.request('POST', '/api/v4/hooks/incoming', { token, body: { channel_id: channelId } });
  const outgoing = (token: string | undefined, word: string) =>
    t.request('POST', '/api/v4/hooks/outgoing', { token, body: { team_id: w.team.id, display_name: 'o', trigger_words: [word], callback_urls: [`http://127.0.0.1:9/${word}`] } });

  it('incoming: create, list, get, update, delete', async () => {
    await matrix(w, 'CreateIncomingWebhook public', only(managers, 201), (token) => incoming(token));
    await matrix(w, 'CreateIncomingWebhook private', only(managers, 201), (token) => incoming(token, w.privateChannel.id));
    await matrix(w, 'GetIncomingWebhooks team', only(managers, 200), (token) => t.request('GET', `/api/v4/hooks/incoming?team_id=${w.team.id}`, { token }));
    await matrix(w, 'GetIncomingWebhooks all', only(['admin'], 200), (token) => t.request('GET', '/api/v4/hooks/incoming', { token }));
    const hook = (await incoming(w.tokens.teamAdmin)).body;
    await matrix(w, 'GetIncomingWebhook', only(managers, 200), (token) => t.request('GET', `/api/v4/hooks/incoming/${hook.id}`, { token }));
    await matrix(w, 'UpdateIncomingWebhook', only(managers, 201), (token) =>
      t.request('PUT', `/api/v4/hooks/incoming/${hook.id}`, { token, body: { id: hook.id, channel_id: w.publicChannel.id, display_name: 'x', description: '' } }),
    );
    const deleted: Record<string, number> = {};
    for (const who of ['anonymous', 'outsider', 'guest', 'member', 'teamAdmin', 'admin'] as Persona[]) {
      const h = (await incoming(w.tokens.teamAdmin)).body;
      deleted[who] = (await t.request('DELETE', `/api/v4/hooks/incoming/${h.id}`, { token: w.tokens[who] })).status;
    }
    expect(deleted, 'DeleteIncomingWebhook').toEqual(only(managers, 200));
    // ExecuteIncomingWebhook needs no session: the hook id is the secret.
    await matrix(w, 'ExecuteIncomingWebhook', { anonymous: 200, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('POST', `/hooks/${hook.id}`, { token, body: { text: 'hi' } }),
    );
  });

  it('incoming lists never show other teams\' hooks', async () => {
    const team = await t.request('GET', `/api/v4/hooks/incoming?team_id=${w.team.id}&per_page=200`, { token: w.tokens.teamAdmin });
    expect(team.body.map((h: any) => h.id)).not.toContain(otherTeamHook.id);
    expect(JSON.stringify(team.body)).not.toContain('secret-other');
    const other = await t.request('GET', `/api/v4/hooks/incoming?team_id=${w.otherTeam.id}`, { token: w.tokens.teamAdmin });
    expect(other.status).toBe(403);
    expect((await t.request('GET', `/api/v4/hooks/incoming/${otherTeamHook.id}`, { token: w.tokens.teamAdmin })).status).toBe(403);
  });

  it('outgoing: create, list, get, update, regenerate, delete', async () => {
    await matrix(w, 'CreateOutgoingWebhook', only(managers, 201), (token, who) => outgoing(token, `w${who}`));
    await matrix(w, 'GetOutgoingWebhooks team', only(managers, 200), (token) => t.request('GET', `/api/v4/hooks/outgoing?team_id=${w.team.id}`, { token }));
    await matrix(w, 'GetOutgoingWebhooks channel', only(managers, 200), (token) => t.request('GET', `/api/v4/hooks/outgoing?channel_id=${w.publicChannel.id}`, { token }));
    await matrix(w, 'GetOutgoingWebhooks all', only(['admin'], 200), (token) => t.request('GET', '/api/v4/hooks/outgoing', { token }));
    const hook = (await outgoing(w.tokens.teamAdmin, 'shared')).body;
    await matrix(w, 'GetOutgoingWebhook', only(managers, 200), (token) => t.request('GET', `/api/v4/hooks/outgoing/${hook.id}`, { token }));
    await matrix(w, 'UpdateOutgoingWebhook', only(managers, 200), (token) =>
      t.request('PUT', `/api/v4/hooks/outgoing/${hook.id}`, { token, body: { ...hook, display_name: 'changed', description: '' } }),
    );
    await matrix(w, 'RegenOutgoingHookToken', only(managers, 200), (token) => t.request('POST', `/api/v4/hooks/outgoing/${hook.id}/regen_token`, { token }));
    const statuses: Record<string, number> = {};
    for (const who of ['anonymous', 'outsider', 'guest', 'member', 'teamAdmin', 'admin'] as Persona[]) {
      const h = (await outgoing(w.tokens.teamAdmin, `del${who}`)).body;
      statuses[who] = (await t.request('DELETE', `/api/v4/hooks/outgoing/${h.id}`, { token: w.tokens[who] })).status;
    }
    expect(statuses).toEqual(only(managers, 200));
  });
});
