import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { createUser, expectAppError, expectNoViolations, uniqueUser } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { joinTeam } from '../../../app/teams/membership';
import { addChannelMember } from '../../../app/channels/membership';
import { getUserById } from '../../../db/queries/users';
import { updateTeamFields, upsertTeamMember } from '../../../db/queries/teams';

/**
 * Who may see whom (Mattermost's UserCanSeeOtherUser): everyone with view_members at system
 * level; otherwise users of the teams where one's team role grants view_members OR users one
 * shares a channel with. Guests hold view_members nowhere.
 */
describe('user visibility (canSeeUser)', () => {
  let t: TestServer;
  let w: World;
  const server = () => t.running.context;
  const db = () => t.running.context.db;
  const see = (viewer: string | undefined, userId: string) => t.request('GET', `/api/v4/users/${userId}`, { token: viewer });
  const newUser = async (prefix: string) => (await getUserById(db(), (await createUser(t, uniqueUser(prefix), w.tokens.admin)).id))!;
  const withRolePermissions = async (changes: Record<string, (p: string[]) => string[]>, body: () => Promise<void>) => {
    const saved: Array<[string, string[]]> = [];
    for (const [name, change] of Object.entries(changes)) {
      const role = server().roles.getByName(name)!;
      saved.push([role.id, role.permissions]);
      await server().roles.setPermissions(role.id, change(role.permissions));
    }
    try {
      await body();
    } finally {
      for (const [id, permissions] of saved) await server().roles.setPermissions(id, permissions);
    }
  };

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('users with view_members (system_user by default) see everyone, outside their teams and channels too', async () => {
    expect((await see(w.tokens.member, w.users.outsider.id)).status).toBe(200);
    expect((await see(w.tokens.outsider, w.users.guest.id)).status).toBe(200);
  });

  it('a guest sees those it shares a channel with, even with no team in common, and not its team mates otherwise', async () => {
    expect((await see(w.tokens.guest, w.users.member.id)).status).toBe(200);
    const teamOnly = await newUser('teamonly');
    await joinTeam(server(), db(), w.team, teamOnly);
    expectAppError(await see(w.tokens.guest, teamOnly.id), 403, 'api.context.permissions.app_error');
    const channelOnly = await newUser('chanonly');
    await addChannelMember(db(), w.publicChannel, channelOnly);
    expect((await see(w.tokens.guest, channelOnly.id)).status).toBe(200);
    expect((await see(w.tokens.guest, w.users.guest.id)).status).toBe(200);
  });

  it('without system view_members: a team granting it OR a shared channel suffices; archived teams do not count', async () => {
    // A bare membership: no default channels, so nothing shared but the team.
    const teamOnly = await newUser('tonly');
    await upsertTeamMember(db(), { teamId: w.team.id, userId: teamOnly.id, roles: '', schemeGuest: false, schemeUser: true, schemeAdmin: false, createAt: Date.now() });
    await withRolePermissions(
      {
        system_user: (p) => p.filter((x) => x !== 'view_members'),
        team_user: (p) => [...p, 'view_members'],
      },
      async () => {
        expect((await see(w.tokens.member, teamOnly.id)).status).toBe(200);
        expectAppError(await see(w.tokens.member, w.users.outsider.id), 403, 'api.context.permissions.app_error');
        const stranger = await newUser('stranger');
        await addChannelMember(db(), w.privateChannel, stranger);
        expect((await see(w.tokens.member, stranger.id)).status).toBe(200);

        await updateTeamFields(db(), w.team.id, { deleteAt: Date.now() });
        try {
          const restricted = await see(w.tokens.member, teamOnly.id);
          expectAppError(restricted, 403, 'api.context.permissions.app_error');
        } finally {
          await updateTeamFields(db(), w.team.id, { deleteAt: 0 });
        }
      },
    );
  });
});
