import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import type { WsEvent } from '../../../server/events/types';
import { getChannelByName, getChannelById, getChannelMember } from '../../../db/queries/channels';
import { getUserById } from '../../../db/queries/users';
import { channelPosts, INTEGRATION_ENV } from '../webhooks/helpers';

describe('built-in slash commands', () => {
  let t: TestServer;
  let w: World;
  const events: WsEvent[] = [];
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    t.running.context.events.onEvent((e) => events.push(e));
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const run = (command: string, channelId = w.publicChannel.id, token = w.tokens.member) =>
    t.request('POST', '/api/v4/commands/execute', { token, body: { command, channel_id: channelId, team_id: w.team.id } });
  const lastEphemeral = () => {
    const e = events.filter((x) => x.event === 'ephemeral_message').at(-1);
    return e ? JSON.parse(e.data.post as string).message : undefined;
  };
  const latest = async (channelId = w.publicChannel.id) => (await channelPosts(t, w.tokens.member!, channelId))[0];

  it('/me, /shrug, /code and /echo post as the caller', async () => {
    expect((await run('/me waves')).status).toBe(200);
    expect(await latest()).toMatchObject({ message: '*waves*', type: 'me', user_id: w.users.member.id });
    await run('/shrug oh well');
    expect((await latest()).message).toBe('oh well ¯\\\\\\_(ツ)\\_/¯');
    await run('/code let x = 1\nlet y = 2');
    expect((await latest()).message).toBe('    let x = 1\n    let y = 2');
    await run('/echo "echoed text"');
    expect((await latest()).message).toBe('echoed text');
    await run('/echo');
    expect(lastEphemeral()).toMatch(/message must be provided/);
    const me = await latest();
    expect(me.props.from_webhook).toBeUndefined();
  });

  it('/join and /leave move the caller between channels, answering goto_location', async () => {
    const server = t.running.context;
    const offTopic = (await getChannelByName(server.db, w.team.id, 'off-topic'))!;
    await run('/leave', offTopic.id, w.tokens.member);
    expect(await getChannelMember(server.db, offTopic.id, w.users.member.id)).toBeUndefined();
    const res = await run('/join ~off-topic');
    expect(res.body.goto_location).toBe(`http://localhost:8065/${w.team.name}/channels/off-topic`);
    expect(await getChannelMember(server.db, offTopic.id, w.users.member.id)).toBeDefined();
    const town = (await getChannelByName(server.db, w.team.id, 'town-square'))!;
    await run('/leave', town.id);
    expect(lastEphemeral()).toMatch(/town-square/);
  });

  it('/invite and /kick manage members with the caller\'s permissions', async () => {
    const server = t.running.context;
    const offTopic = (await getChannelByName(server.db, w.team.id, 'off-topic'))!;
    await run(`/kick @${w.users.teamAdmin.username}`, w.publicChannel.id, w.tokens.member);
    expect(await getChannelMember(server.db, w.publicChannel.id, w.users.teamAdmin.id)).toBeUndefined();
    await run(`/invite @${w.users.teamAdmin.username}`, w.publicChannel.id, w.tokens.member);
    expect(await getChannelMember(server.db, w.publicChannel.id, w.users.teamAdmin.id)).toBeDefined();
    expect(lastEphemeral()).toBe(`@${w.users.teamAdmin.username} added to ~${w.publicChannel.name}.`);
    // a guest may not remove anyone
    await run(`/kick @${w.users.member.username}`, w.publicChannel.id, w.tokens.guest);
    expect(await getChannelMember(server.db, w.publicChannel.id, w.users.member.id)).toBeDefined();
    await run(`/remove @${w.users.teamAdmin.username}`, w.privateChannel.id, w.tokens.member);
    expect(await getChannelMember(server.db, w.privateChannel.id, w.users.teamAdmin.id)).toBeUndefined();
    await run(`/invite @${w.users.teamAdmin.username} ~${w.privateChannel.name}`, offTopic.id, w.tokens.member);
    expect(await getChannelMember(server.db, w.privateChannel.id, w.users.teamAdmin.id)).toBeDefined();
    await run(`/kick @nobody-here`);
    expect(lastEphemeral()).toMatch(/could not find/);
  });

  it('/msg and /groupmsg open conversations and send the message', async () => {
    const res = await run(`/msg @${w.users.teamAdmin.username} hello there`);
    expect(res.body.goto_location).toBe(`http://localhost:8065/${w.team.name}/messages/@${w.users.teamAdmin.username}`);
    const ids = [w.users.member.id, w.users.teamAdmin.id].sort();
    const dm = (await getChannelByName(t.running.context.db, '', `${ids[0]}__${ids[1]}`))!;
    expect((await latest(dm.id)).message).toBe('hello there');
    const gm = await run(`/groupmsg @${w.users.teamAdmin.username},@${w.users.admin.username} hi all`);
    expect(gm.status).toBe(200);
    expect(gm.body.goto_location).toMatch(new RegExp(`/${w.team.name}/messages/[a-z0-9]{40}$`));
  });

  it('/header, /purpose and /rename change the channel with a system message', async () => {
    await run('/header New header');
    await run('/purpose New purpose');
    await run('/rename Renamed Channel');
    const ch = (await getChannelById(t.running.context.db, w.publicChannel.id))!;
    expect(ch).toMatchObject({ header: 'New header', purpose: 'New purpose', displayName: 'Renamed Channel' });
    const types = (await channelPosts(t, w.tokens.member!, w.publicChannel.id)).slice(0, 3).map((p) => p.type);
    expect(types).toEqual(['system_displayname_change', 'system_purpose_change', 'system_header_change']);
    await run('/header guest header', w.publicChannel.id, w.tokens.guest);
    expect((await getChannelById(t.running.context.db, w.publicChannel.id))!.header).toBe('New header');
  });

  it('/mute toggles the channel, /away /dnd /online /offline set the status, /status sets a custom status', async () => {
    await run('/mute');
    expect((await getChannelMember(t.running.context.db, w.publicChannel.id, w.users.member.id))!.notifyProps.mark_unread).toBe('mention');
    await run('/mute');
    expect((await getChannelMember(t.running.context.db, w.publicChannel.id, w.users.member.id))!.notifyProps.mark_unread).toBe('all');
    for (const status of ['away', 'dnd', 'offline', 'online']) {
      await run(`/${status}`);
      const res = await t.request('GET', `/api/v4/users/${w.users.member.id}/status`, { token: w.tokens.member });
      expect(res.body.status).toBe(status);
    }
    await run('/status :coffee: On a break');
    const user = await getUserById(t.running.context.db, w.users.member.id);
    expect(JSON.parse(user!.props.customStatus)).toMatchObject({ emoji: 'coffee', text: 'On a break' });
    await run('/status clear');
    expect((await getUserById(t.running.context.db, w.users.member.id))!.props.customStatus ?? '').toBe('');
  });

  it('/help, /collapse, /search and /logout', async () => {
    expect((await run('/help')).body.goto_location).toBe('https://mattermost.com/pl/help/');
    await run('/collapse');
    const pref = await t.request('GET', `/api/v4/users/me/preferences/display_settings/name/collapse_previews`, { token: w.tokens.member });
    expect(pref.body.value).toBe('true');
    await run('/search renamed');
    expect(typeof lastEphemeral()).toBe('string');
    // logout with a throwaway session
    const session = await t.running.context.sessions.create({ userId: w.users.member.id, roles: 'system_user', lengthHours: 1 });
    const out = await run('/logout', w.publicChannel.id, session.token);
    expect(out.body.goto_location).toBe('/login');
    expectAppError(await t.request('GET', '/api/v4/users/me', { token: session.token }), 401, 'api.context.session_expired.app_error');
  });

  it('answers 501 for every command when commands are disabled', async () => {
    const service = t.running.context.config;
    const next = structuredClone(service.storedConfig());
    next.ServiceSettings.EnableCommands = false;
    await service.save(next);
    try {
      expectAppError(await run('/me hi'), 501, 'api.command.disabled.app_error');
    } finally {
      next.ServiceSettings.EnableCommands = true;
      await service.save(next);
    }
  });
});
