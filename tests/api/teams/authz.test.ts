/**
 * Who may call each teams operation: the status every persona gets, and that invite-only teams
 * stay out of the lists and searches of those outside them.
 *
 * Each case runs against a fresh team (unless it only reads): teamAdmin created it, member and
 * guest are in it (the guest in town-square too), outsider is not; admin is a system admin
 * outside the team.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestResponse, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { createUser, expectNoViolations, uniqueUser } from '../../helpers/fixtures';
import { createTeam } from '../../../app/teams/createTeam';
import { joinTeam } from '../../../app/teams/membership';
import { addChannelMember } from '../../../app/channels/membership';
import { getChannelByName } from '../../../db/queries/channels';
import { getUserById } from '../../../db/queries/users';
import type { TeamRow } from '../../../db/schema';

type Statuses = Record<Persona, number>;
const only = (base: number, overrides: Partial<Statuses>): Statuses => ({
  anonymous: 401,
  outsider: base,
  guest: base,
  member: base,
  teamAdmin: base,
  admin: base,
  ...overrides,
});

let seq = 0;

describe('teams authorization matrix', () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  async function freshTeam(open: boolean): Promise<TeamRow> {
    const server = t.running.context;
    seq += 1;
    const team = await createTeam(
      server,
      { name: `authz-${Date.now().toString(36)}-${seq}`, display_name: `Authz ${seq}`, type: open ? 'O' : 'I', allow_open_invite: open },
      w.users.teamAdmin,
    );
    await joinTeam(server, server.db, team, w.users.member);
    await joinTeam(server, server.db, team, w.users.guest);
    const town = await getChannelByName(server.db, team.id, 'town-square');
    await addChannelMember(server.db, town!, w.users.guest);
    return team;
  }
  const newUserId = async () => (await createUser(t, uniqueUser('az'), w.tokens.admin)).id;
  const req = (p: Persona, method: string, path: string, body?: unknown) => t.request(method, path, { token: w.tokens[p], body });

  interface Case {
    name: string;
    expected: Statuses;
    run: (p: Persona) => Promise<TestResponse>;
    check?: (p: Persona, res: TestResponse) => void | Promise<void>;
  }

  const cases: Case[] = [
    {
      name: 'GetAllTeams',
      expected: only(200, { guest: 403 }),
      run: (p) => req(p, 'GET', '/api/v4/teams?per_page=200'),
      check: (p, res) => {
        if (res.status !== 200) return;
        const ids = res.body.map((x: { id: string }) => x.id);
        expect(ids).toContain(w.team.id);
        if (p === 'admin') expect(ids).toContain(w.otherTeam.id);
        else expect(ids, `${p} must not list an invite-only team`).not.toContain(w.otherTeam.id);
      },
    },
    {
      name: 'SearchTeams',
      expected: only(200, {}),
      run: (p) => req(p, 'POST', '/api/v4/teams/search', { term: '' }),
      check: (p, res) => {
        if (res.status !== 200) return;
        const ids = res.body.map((x: { id: string }) => x.id);
        if (p === 'admin') expect(ids).toContain(w.otherTeam.id);
        else expect(ids, `${p} must not find an invite-only team`).not.toContain(w.otherTeam.id);
        if (p === 'guest') expect(ids).toEqual([]);
      },
    },
    {
      name: 'CreateTeam',
      expected: only(201, { guest: 403 }),
      run: (p) => req(p, 'POST', '/api/v4/teams', { name: `made-${Date.now().toString(36)}-${(seq += 1)}`, display_name: 'Made', type: 'O' }),
    },
    {
      name: 'GetTeam (open team)',
      expected: only(200, {}),
      run: async (p) => req(p, 'GET', `/api/v4/teams/${(await freshTeam(true)).id}`),
    },
    {
      name: 'GetTeam (invite-only team)',
      expected: only(200, { outsider: 403 }),
      run: async (p) => req(p, 'GET', `/api/v4/teams/${(await freshTeam(false)).id}`),
    },
    {
      name: 'GetTeamByName (invite-only team)',
      expected: only(200, { outsider: 403 }),
      run: async (p) => req(p, 'GET', `/api/v4/teams/name/${(await freshTeam(false)).name}`),
    },
    {
      name: 'TeamExists (invite-only team)',
      expected: only(200, {}),
      run: async (p) => req(p, 'GET', `/api/v4/teams/name/${(await freshTeam(false)).name}/exists`),
      check: (p, res) => {
        if (res.status === 200) expect(res.body.exists, p).toBe(p !== 'outsider');
      },
    },
    {
      name: 'GetTeamInviteInfo',
      expected: { anonymous: 200, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 },
      run: (p) => req(p, 'GET', `/api/v4/teams/invite/${w.team.inviteId}`),
    },
    {
      name: 'AddTeamMemberFromInvite (invite-only team)',
      expected: only(201, { guest: 403 }),
      run: async (p) => req(p, 'POST', `/api/v4/teams/members/invite?invite_id=${(await freshTeam(false)).inviteId}`),
    },
    {
      name: 'InvalidateEmailInvites',
      expected: only(403, { admin: 200 }),
      run: (p) => req(p, 'DELETE', '/api/v4/teams/invites/email'),
    },
    ...(['UpdateTeam', 'PatchTeam', 'UpdateTeamPrivacy', 'RegenerateTeamInviteId', 'SoftDeleteTeam', 'RestoreTeam'] as const).map(
      (name): Case => ({
        name,
        expected: only(403, { teamAdmin: 200, admin: 200 }),
        run: async (p) => {
          const team = await freshTeam(true);
          const base = `/api/v4/teams/${team.id}`;
          switch (name) {
            case 'UpdateTeam':
              return req(p, 'PUT', base, { id: team.id, display_name: 'Changed', allow_open_invite: true });
            case 'PatchTeam':
              return req(p, 'PUT', `${base}/patch`, { description: 'changed' });
            case 'UpdateTeamPrivacy':
              return req(p, 'PUT', `${base}/privacy`, { privacy: 'I' });
            case 'RegenerateTeamInviteId':
              return req(p, 'POST', `${base}/regenerate_invite_id`);
            case 'SoftDeleteTeam':
              return req(p, 'DELETE', base);
            case 'RestoreTeam':
              return req(p, 'POST', `${base}/restore`);
          }
        },
      }),
    ),
    {
      name: 'GetTeamMembers (invite-only team)',
      expected: only(200, { outsider: 403 }),
      run: async (p) => req(p, 'GET', `/api/v4/teams/${(await freshTeam(false)).id}/members`),
    },
    {
      name: 'GetTeamMembersByIds (invite-only team)',
      expected: only(200, { outsider: 403 }),
      run: async (p) => req(p, 'POST', `/api/v4/teams/${(await freshTeam(false)).id}/members/ids`, [w.users.member.id]),
    },
    {
      name: 'GetTeamMember (invite-only team)',
      expected: only(200, { outsider: 403 }),
      run: async (p) => req(p, 'GET', `/api/v4/teams/${(await freshTeam(false)).id}/members/${w.users.member.id}`),
    },
    {
      name: 'GetTeamStats (invite-only team)',
      expected: only(200, { outsider: 403 }),
      run: async (p) => req(p, 'GET', `/api/v4/teams/${(await freshTeam(false)).id}/stats`),
    },
    {
      name: 'AddTeamMember (someone else)',
      expected: only(201, { outsider: 403, guest: 403 }),
      run: async (p) => {
        const team = await freshTeam(true);
        return req(p, 'POST', `/api/v4/teams/${team.id}/members`, { team_id: team.id, user_id: await newUserId() });
      },
    },
    {
      name: 'AddTeamMember (oneself, open team)',
      expected: only(201, { guest: 403 }),
      run: async (p) => {
        const team = await freshTeam(true);
        return req(p, 'POST', `/api/v4/teams/${team.id}/members`, { team_id: team.id, user_id: p === 'anonymous' ? w.users.member.id : w.users[p].id });
      },
    },
    {
      name: 'AddTeamMember (oneself, invite-only team)',
      // join_private_teams: even the team's own members are refused; only the system admin holds it.
      expected: only(403, { admin: 201 }),
      run: async (p) => {
        const team = await freshTeam(false);
        return req(p, 'POST', `/api/v4/teams/${team.id}/members`, { team_id: team.id, user_id: p === 'anonymous' ? w.users.member.id : w.users[p].id });
      },
    },
    {
      name: 'AddTeamMembers',
      expected: only(201, { outsider: 403, guest: 403 }),
      run: async (p) => {
        const team = await freshTeam(true);
        return req(p, 'POST', `/api/v4/teams/${team.id}/members/batch`, [{ team_id: team.id, user_id: await newUserId() }]);
      },
    },
    {
      name: 'RemoveTeamMember (someone else)',
      expected: only(403, { teamAdmin: 200, admin: 200 }),
      run: async (p) => {
        const team = await freshTeam(true);
        const other = await getUserById(t.running.context.db, await newUserId());
        await joinTeam(t.running.context, t.running.context.db, team, other!);
        return req(p, 'DELETE', `/api/v4/teams/${team.id}/members/${other!.id}`);
      },
    },
    {
      name: 'RemoveTeamMember (oneself)',
      expected: only(200, { outsider: 400, admin: 400 }),
      run: async (p) => req(p, 'DELETE', `/api/v4/teams/${(await freshTeam(true)).id}/members/me`),
    },
    {
      name: 'UpdateTeamMemberRoles',
      expected: only(403, { teamAdmin: 200, admin: 200 }),
      run: async (p) => req(p, 'PUT', `/api/v4/teams/${(await freshTeam(true)).id}/members/${w.users.member.id}/roles`, { roles: 'team_user team_admin' }),
    },
    {
      name: 'UpdateTeamMemberSchemeRoles',
      expected: only(403, { teamAdmin: 200, admin: 200 }),
      run: async (p) =>
        req(p, 'PUT', `/api/v4/teams/${(await freshTeam(true)).id}/members/${w.users.member.id}/schemeRoles`, { scheme_user: true, scheme_admin: true }),
    },
    {
      name: 'TeamMembersMinusGroupMembers',
      expected: only(403, { admin: 200 }),
      run: (p) => req(p, 'GET', `/api/v4/teams/${w.team.id}/members_minus_group_members?group_ids=${'g'.repeat(26)}`),
    },
    {
      name: 'UpdateTeamScheme',
      expected: only(501, {}),
      run: (p) => req(p, 'PUT', `/api/v4/teams/${w.team.id}/scheme`, { scheme_id: '' }),
    },
    {
      name: 'InviteUsersToTeam',
      expected: only(501, { outsider: 403, guest: 403 }),
      run: (p) => req(p, 'POST', `/api/v4/teams/${w.team.id}/invite/email`, ['someone@example.com']),
    },
    {
      name: 'InviteGuestsToTeam',
      expected: only(501, {}),
      run: (p) => req(p, 'POST', `/api/v4/teams/${w.team.id}/invite-guests/email`, { emails: ['g@example.com'], channels: [w.publicChannel.id] }),
    },
    {
      name: "GetTeamsForUser (member's)",
      expected: only(403, { member: 200, admin: 200 }),
      run: (p) => req(p, 'GET', `/api/v4/users/${w.users.member.id}/teams`),
      check: (p, res) => {
        if (res.status === 200) expect(res.body.map((x: { id: string }) => x.id), p).toContain(w.team.id);
      },
    },
    {
      name: "GetTeamMembersForUser (member's)",
      expected: only(403, { member: 200, admin: 200 }),
      run: (p) => req(p, 'GET', `/api/v4/users/${w.users.member.id}/teams/members`),
    },
    {
      name: "GetTeamsUnreadForUser (member's)",
      expected: only(403, { member: 200, admin: 200 }),
      run: (p) => req(p, 'GET', `/api/v4/users/${w.users.member.id}/teams/unread`),
    },
    {
      name: "GetTeamUnread (member's)",
      expected: only(403, { member: 200, admin: 200 }),
      run: (p) => req(p, 'GET', `/api/v4/users/${w.users.member.id}/teams/${w.team.id}/unread`),
    },
    {
      name: 'MarkAllInTeamAsRead (feature flag off)',
      expected: only(501, {}),
      run: (p) => req(p, 'PUT', `/api/v4/users/me/teams/${w.team.id}/read`),
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const got: Partial<Statuses> = {};
      for (const p of PERSONAS) {
        const res = await c.run(p);
        got[p] = res.status;
        if (c.check) await c.check(p, res);
      }
      expect(got).toEqual(c.expected);
    });
  }

  it('keeps email and invite id from those who may not manage or invite', async () => {
    const team = await freshTeam(true);
    for (const p of ['outsider', 'guest'] as const) {
      const res = await req(p, 'GET', `/api/v4/teams/${team.id}`);
      expect(res.body.email, p).toBe('');
      expect(res.body.invite_id, p).toBe('');
    }
    const listed = await req('outsider', 'GET', '/api/v4/teams?per_page=200');
    const entry = listed.body.find((x: { id: string }) => x.id === team.id);
    expect(entry).toMatchObject({ email: '', invite_id: '' });
  });
});
