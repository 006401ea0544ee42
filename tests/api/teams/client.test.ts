/**
 * The official JavaScript client (@mattermost/client's Client4) against a listening server:
 * create a team, add a user to it, list one's teams and the team's members.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectNoViolations, uniqueUser } from '../../helpers/fixtures';

describe('teams through Client4', () => {
  let t: TestServer;
  let url: string;
  let owner: Client4;
  let joiner: Client4;
  let joinerId: string;

  beforeAll(async () => {
    t = await startTestServer();
    url = await t.listen();
    const { token: adminToken } = await bootstrapAdmin(t);
    const ownerUser = await createUser(t, uniqueUser('owner'), adminToken);
    const joinerUser = await createUser(t, uniqueUser('joiner'), adminToken);
    joinerId = joinerUser.id;
    owner = new Client4();
    owner.setUrl(url);
    await owner.login(ownerUser.username, ownerUser.password);
    joiner = new Client4();
    joiner.setUrl(url);
    await joiner.login(joinerUser.username, joinerUser.password);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('creates a team, adds a user, lists teams and members', async () => {
    const name = `client-${Date.now().toString(36)}`;
    const team = await owner.createTeam({ name, display_name: 'Client Team', type: 'O', allow_open_invite: true } as never);
    expect(team).toMatchObject({ name, display_name: 'Client Team', type: 'O', allow_open_invite: true });

    const member = await owner.addToTeam(team.id, joinerId);
    expect(member).toMatchObject({ team_id: team.id, user_id: joinerId, roles: 'team_user' });

    const mine = await joiner.getMyTeams();
    expect(mine.map((x) => x.id)).toEqual([team.id]);
    expect(mine[0].email).toBe('');

    const members = await joiner.getTeamMembers(team.id, 0, 60);
    expect(members.map((m) => m.user_id).sort()).toEqual([joinerId, (await owner.getMe()).id].sort());

    const myMembers = await joiner.getMyTeamMembers();
    expect(myMembers).toEqual([expect.objectContaining({ team_id: team.id, user_id: joinerId, delete_at: 0 })]);

    const unreads = await joiner.getMyTeamUnreads(false);
    expect(unreads).toEqual([expect.objectContaining({ team_id: team.id, msg_count: 0, mention_count: 0 })]);

    const stats = await joiner.getTeamStats(team.id);
    expect(stats).toMatchObject({ team_id: team.id, total_member_count: 2, active_member_count: 2 });

    const byName = await joiner.getTeamByName(name);
    expect(byName.id).toBe(team.id);
    expect(await joiner.checkIfTeamExists(name)).toEqual({ exists: true });
  });

  it('pages the team directory and searches as the web app does', async () => {
    const page = (await owner.getTeams(0, 10, true)) as unknown as { teams: { id: string }[]; total_count: number };
    expect(page.total_count).toBeGreaterThan(0);
    expect(page.teams.length).toBe(page.total_count);
    const found = await owner.searchTeams('client-', {});
    expect(Array.isArray(found)).toBe(true);
  });

  it('surfaces Mattermost errors as ClientErrors with the server error id', async () => {
    await expect(joiner.getTeam('z'.repeat(26))).rejects.toMatchObject({ server_error_id: 'app.team.get.find.app_error', status_code: 404 });
  });
});
