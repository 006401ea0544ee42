/**
 * Who may manage and run slash commands: team admins and system admins manage custom commands
 * (others get 404 on a command, so ids do not leak); anyone who may post in a channel runs
 * commands there; autocompletion needs view_team.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { INTEGRATION_ENV } from '../webhooks/helpers';
import { matrix, only } from '../webhooks/matrix';

describe('commands: authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let cmd: any;
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    cmd = (await create(w.tokens.teamAdmin, 'shared')).body;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const create = (token: string | undefined, trigger: string) =>
    t.request('POST', '/api/v4/commands', { token, body: { team_id: w.team.id, method: 'P', trigger, url: 'http://127.0.0.1:9/cmd' } });
  const managers: Persona[] = ['teamAdmin', 'admin'];

  it('CreateCommand, GetCommandById, UpdateCommand, RegenCommandToken, MoveCommand, DeleteCommand', async () => {
    await matrix(w, 'CreateCommand', only(managers, 201), (token, who) => create(token, `c${who.toLowerCase()}`));
    await matrix(w, 'GetCommandById', only(managers, 200, 404), (token) => t.request('GET', `/api/v4/commands/${cmd.id}`, { token }));
    await matrix(w, 'UpdateCommand', only(managers, 200, 404), (token) => t.request('PUT', `/api/v4/commands/${cmd.id}`, { token, body: { ...cmd, display_name: 'x' } }));
    await matrix(w, 'RegenCommandToken', only(managers, 200, 404), (token) => t.request('PUT', `/api/v4/commands/${cmd.id}/regen_token`, { token }));
    await matrix(w, 'MoveCommand (same team)', only(managers, 200), (token) => t.request('PUT', `/api/v4/commands/${cmd.id}/move`, { token, body: { team_id: w.team.id } }));
    const deleted: Record<string, number> = {};
    for (const who of PERSONAS) {
      const c = (await create(w.tokens.teamAdmin, `d${who.toLowerCase()}`)).body;
      deleted[who] = (await t.request('DELETE', `/api/v4/commands/${c.id}`, { token: w.tokens[who] })).status;
    }
    expect(deleted, 'DeleteCommand').toEqual(only(managers, 200, 404));
  });

  it('ListCommands shows custom commands in full to managers only', async () => {
    await matrix(w, 'ListCommands', only(['guest', 'member', 'teamAdmin', 'admin'], 200), (token) => t.request('GET', `/api/v4/commands?team_id=${w.team.id}`, { token }));
    await matrix(w, 'ListCommands custom_only', only(managers, 200), (token) => t.request('GET', `/api/v4/commands?team_id=${w.team.id}&custom_only=true`, { token }));
    const asMember = await t.request('GET', `/api/v4/commands?team_id=${w.team.id}`, { token: w.tokens.member });
    expect(JSON.stringify(asMember.body)).not.toContain(cmd.token);
    expect(JSON.stringify(asMember.body)).not.toContain('127.0.0.1:9');
  });

  it('ExecuteCommand, autocomplete and suggestions', async () => {
    await matrix(w, 'ExecuteCommand public', only(['guest', 'member', 'teamAdmin', 'admin'], 200), (token) =>
      t.request('POST', '/api/v4/commands/execute', { token, body: { command: '/shrug', channel_id: w.publicChannel.id, team_id: w.team.id } }),
    );
    await matrix(w, 'ExecuteCommand private', only(['member', 'teamAdmin', 'admin'], 200), (token) =>
      t.request('POST', '/api/v4/commands/execute', { token, body: { command: '/shrug', channel_id: w.privateChannel.id, team_id: w.team.id } }),
    );
    await matrix(w, 'ListAutocompleteCommands', only(['guest', 'member', 'teamAdmin', 'admin'], 200), (token) =>
      t.request('GET', `/api/v4/teams/${w.team.id}/commands/autocomplete`, { token }),
    );
    await matrix(w, 'ListCommandAutocompleteSuggestions', only(['guest', 'member', 'teamAdmin', 'admin'], 200), (token) =>
      t.request('GET', `/api/v4/teams/${w.team.id}/commands/autocomplete_suggestions?user_input=%2Fsh`, { token }),
    );
    await matrix(w, 'ExecuteCommandResponseHook (unknown hook)', { anonymous: 404, outsider: 404, guest: 404, member: 404, teamAdmin: 404, admin: 404 }, (token) =>
      t.request('POST', `/hooks/commands/${'b'.repeat(26)}`, { token, body: { text: 'x' } }),
    );
  });
});
