import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { INTEGRATION_ENV } from './helpers';
import { eventually, startReceiver, type Receiver } from './receiver';

/** The official client drives every integration area against a listening server. */
describe('integrations through @mattermost/client', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  let rx: Receiver;
  const client = (token: string | undefined) => {
    const c = new Client4();
    c.setUrl(url);
    c.setToken(token!);
    return c;
  };
  beforeAll(async () => {
    t = await startTestServer({ env: { ...INTEGRATION_ENV, MM_SERVICESETTINGS_ENABLEBOTACCOUNTCREATION: 'true' } });
    w = await buildWorld(t);
    url = await t.listen();
    rx = await startReceiver();
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  it('incoming and outgoing webhooks', async () => {
    const c = client(w.tokens.teamAdmin);
    const hook = await c.createIncomingWebhook({ channel_id: w.publicChannel.id, display_name: 'From client' });
    expect(hook.channel_id).toBe(w.publicChannel.id);
    expect((await c.getIncomingWebhook(hook.id)).display_name).toBe('From client');
    const withCount = (await c.getIncomingWebhooks(w.team.id, 0, 10, true)) as { incoming_webhooks: unknown[]; total_count: number };
    expect(withCount.total_count).toBe(1);
    const updated = await c.updateIncomingWebhook({ ...hook, display_name: 'Renamed' });
    expect(updated.display_name).toBe('Renamed');
    const res = await fetch(`${url}/hooks/${hook.id}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'via curl' }) });
    expect(await res.text()).toBe('ok');
    expect((await c.removeIncomingWebhook(hook.id)).status).toBe('OK');

    rx.received.length = 0;
    rx.answer = { body: { text: 'pong' } };
    const out = await c.createOutgoingWebhook({ team_id: w.team.id, display_name: 'Ping', trigger_words: ['ping'], trigger_when: 0, callback_urls: [`${rx.url}/ping`], content_type: 'application/json' } as never);
    expect((await c.getOutgoingWebhooks('', w.team.id)).map((h) => h.id)).toContain(out.id);
    const regenerated = await c.regenOutgoingHookToken(out.id);
    expect(regenerated.token).not.toBe(out.token);
    await client(w.tokens.member).createPost({ channel_id: w.publicChannel.id, message: 'ping' } as never);
    expect((await rx.waitFor(1)).json.token).toBe(regenerated.token);
    const posts = await eventually(async () => {
      const list = await c.getPosts(w.publicChannel.id);
      return list.order.some((id) => list.posts[id].message === 'pong') ? list : undefined;
    });
    expect(posts.order.length).toBeGreaterThan(1);
    expect((await c.removeOutgoingWebhook(out.id)).status).toBe('OK');
  });

  it('slash commands', async () => {
    const c = client(w.tokens.teamAdmin);
    rx.received.length = 0;
    rx.answer = { body: { response_type: 'in_channel', text: 'built' } };
    const cmd = await c.addCommand({ team_id: w.team.id, trigger: 'build', method: 'P', url: `${rx.url}/build`, auto_complete: true, auto_complete_desc: 'Builds' } as never);
    expect((await c.getCustomTeamCommands(w.team.id)).map((x) => x.id)).toContain(cmd.id);
    expect((await c.getCommandsList(w.team.id)).map((x) => x.trigger)).toEqual(expect.arrayContaining(['build', 'echo']));
    expect((await c.getAutocompleteCommandsList(w.team.id, 0, 50)).map((x) => x.trigger)).toContain('build');
    const suggestions = await c.getCommandAutocompleteSuggestionsList('/bu', w.team.id, { channel_id: w.publicChannel.id, team_id: w.team.id } as never);
    expect(suggestions.map((s) => s.Suggestion)).toContain('/build');
    const response = await client(w.tokens.member).executeCommand('/build now', { channel_id: w.publicChannel.id, team_id: w.team.id } as never);
    expect(response.text).toBe('built');
    expect((await rx.waitFor(1)).form?.text).toBe('now');
    const shrug = await client(w.tokens.member).executeCommand('/shrug', { channel_id: w.publicChannel.id, team_id: w.team.id } as never);
    expect(shrug.response_type).toBe('in_channel');
    const edited = await c.editCommand({ ...cmd, display_name: 'Build it' });
    expect(edited.display_name).toBe('Build it');
    expect((await c.regenCommandToken(cmd.id)).token).toMatch(/^[a-z0-9]{26}$/);
    expect((await c.deleteCommand(cmd.id)).status).toBe('OK');
  });

  it('bots', async () => {
    const c = client(w.tokens.admin);
    const bot = await c.createBot({ username: 'clientbot', display_name: 'Client Bot' });
    expect((await c.getBot(bot.user_id)).username).toBe('clientbot');
    expect((await c.patchBot(bot.user_id, { description: 'patched' })).description).toBe('patched');
    expect((await c.getBots()).map((b) => b.user_id)).toContain(bot.user_id);
    expect((await c.disableBot(bot.user_id)).delete_at).toBeGreaterThan(0);
    expect((await c.getBotsIncludeDeleted()).map((b) => b.user_id)).toContain(bot.user_id);
    expect((await c.enableBot(bot.user_id)).delete_at).toBe(0);
    expect((await c.assignBot(bot.user_id, w.users.member.id)).owner_id).toBe(w.users.member.id);
    const token = await c.createUserAccessToken(bot.user_id, 'client');
    const asBot = client(token.token);
    expect((await asBot.getMe()).is_bot).toBe(true);
  });

  it('OAuth apps', async () => {
    const c = client(w.tokens.admin);
    const app = await c.createOAuthApp({ name: 'Client App', description: 'd', homepage: 'https://c.example.com', callback_urls: ['https://c.example.com/cb'] });
    expect(app.client_secret).toMatch(/^[a-z0-9]{26}$/);
    expect((await c.getOAuthApps()).map((a) => a.id)).toContain(app.id);
    expect((await c.getOAuthApp(app.id)).name).toBe('Client App');
    expect((await c.editOAuthApp({ ...app, name: 'Renamed App' })).name).toBe('Renamed App');
    expect((await client(w.tokens.member).getOAuthAppInfo(app.id)).client_secret).toBe('');
    expect((await c.regenOAuthAppSecret(app.id)).client_secret).not.toBe(app.client_secret);
    const member = client(w.tokens.member);
    const { redirect } = (await member.authorizeOAuthApp('code', app.id, 'https://c.example.com/cb', 'st', '')) as unknown as { redirect: string };
    expect(redirect).toMatch(/^https:\/\/c\.example\.com\/cb\?code=/);
    expect((await member.getAuthorizedOAuthApps(w.users.member.id)).map((a) => a.id)).toEqual([app.id]);
    expect((await member.deauthorizeOAuthApp(app.id)).status).toBe('OK');
    expect((await c.deleteOAuthApp(app.id)).status).toBe('OK');
  });

  it('post actions and dialogs', async () => {
    const hook = await client(w.tokens.teamAdmin).createIncomingWebhook({ channel_id: w.publicChannel.id });
    await fetch(`${url}/hooks/${hook.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'act', attachments: [{ actions: [{ id: 'clientaction', name: 'Do', integration: { url: `${rx.url}/act` } }] }] }),
    });
    const list = await client(w.tokens.member).getPosts(w.publicChannel.id);
    const post = list.posts[list.order[0]];
    rx.received.length = 0;
    rx.answer = { body: { ephemeral_text: 'done' } };
    const res = await client(w.tokens.member).doPostAction(post.id, 'clientaction');
    expect(res.status).toBe('OK');
    const triggerId = (await rx.waitFor(1)).json.trigger_id;
    const opened = await fetch(`${url}/api/v4/actions/dialogs/open`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ trigger_id: triggerId, url: `${rx.url}/dlg`, dialog: { title: 'T', elements: [] } }),
    });
    expect(opened.status).toBe(200);
    rx.answer = { body: {} };
    const submitted = await client(w.tokens.member).submitInteractiveDialog({ url: `${rx.url}/dlg`, callback_id: 'cb', state: '', user_id: w.users.member.id, channel_id: w.publicChannel.id, team_id: w.team.id, submission: { a: '1' }, cancelled: false });
    expect(submitted).toEqual({});
  });
});
