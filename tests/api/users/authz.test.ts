import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { createUser, expectNoViolations, uniqueUser } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';

type Expect = Record<Persona, number>;
interface Row {
  name: string;
  /** builds the request; may create a fresh target user with `fresh()` */
  request: (ctx: { w: World; fresh: () => Promise<{ id: string; email: string; username: string }>; persona: Persona }) => Promise<{ method: string; path: string; body?: unknown }>;
  expect: Expect;
}

const all = (status: number): Expect => ({ anonymous: 401, outsider: status, guest: status, member: status, teamAdmin: status, admin: status });
const adminOnly = (ok: number, denied = 403): Expect => ({ anonymous: 401, outsider: denied, guest: denied, member: denied, teamAdmin: denied, admin: ok });

const rows: Row[] = [
  { name: 'GetUsers', request: async () => ({ method: 'GET', path: '/api/v4/users' }), expect: all(200) },
  {
    name: 'GetUsers in_team',
    request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users?in_team=${w.team.id}` }),
    expect: { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 },
  },
  {
    name: 'GetUsers in_channel (private)',
    request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users?in_channel=${w.privateChannel.id}` }),
    expect: { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 },
  },
  {
    name: 'GetUsers not_in_team',
    request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users?not_in_team=${w.otherTeam.id}` }),
    expect: { anonymous: 401, outsider: 200, guest: 403, member: 403, teamAdmin: 403, admin: 200 },
  },
  { name: 'GetUsers without_team', request: async () => ({ method: 'GET', path: '/api/v4/users?without_team=true' }), expect: adminOnly(200) },
  {
    name: 'GetUser (outsider)',
    request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users/${w.users.outsider.id}` }),
    expect: { anonymous: 401, outsider: 200, guest: 403, member: 200, teamAdmin: 200, admin: 200 },
  },
  { name: 'GetUser (member)', request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}` }), expect: all(200) },
  {
    name: 'GetUserByUsername (outsider)',
    request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users/username/${w.users.outsider.username}` }),
    expect: { anonymous: 401, outsider: 200, guest: 403, member: 200, teamAdmin: 200, admin: 200 },
  },
  {
    name: 'GetUserByEmail (outsider)',
    request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users/email/${w.users.outsider.email}` }),
    expect: { anonymous: 401, outsider: 200, guest: 403, member: 200, teamAdmin: 200, admin: 200 },
  },
  { name: 'GetUsersByIds', request: async ({ w }) => ({ method: 'POST', path: '/api/v4/users/ids', body: [w.users.member.id] }), expect: all(200) },
  { name: 'GetUsersByUsernames', request: async ({ w }) => ({ method: 'POST', path: '/api/v4/users/usernames', body: [w.users.member.username] }), expect: all(200) },
  { name: 'GetUsersByGroupChannelIds', request: async ({ w }) => ({ method: 'POST', path: '/api/v4/users/group_channels', body: [w.publicChannel.id] }), expect: all(200) },
  { name: 'GetKnownUsers', request: async () => ({ method: 'GET', path: '/api/v4/users/known' }), expect: all(200) },
  { name: 'GetTotalUsersStats', request: async () => ({ method: 'GET', path: '/api/v4/users/stats' }), expect: all(200) },
  { name: 'GetTotalUsersStatsFiltered', request: async () => ({ method: 'GET', path: '/api/v4/users/stats/filtered' }), expect: adminOnly(200) },
  { name: 'SearchUsers', request: async () => ({ method: 'POST', path: '/api/v4/users/search', body: { term: 'a' } }), expect: all(200) },
  {
    name: 'SearchUsers team_id',
    request: async ({ w }) => ({ method: 'POST', path: '/api/v4/users/search', body: { term: 'a', team_id: w.team.id } }),
    expect: { anonymous: 401, outsider: 403, guest: 200, member: 200, teamAdmin: 200, admin: 200 },
  },
  {
    name: 'AutocompleteUsers in private channel',
    request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users/autocomplete?in_team=${w.team.id}&in_channel=${w.privateChannel.id}&name=` }),
    expect: { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 200, admin: 200 },
  },
  { name: 'PatchUser (self)', request: async () => ({ method: 'PUT', path: '/api/v4/users/me/patch', body: { position: 'p' } }), expect: all(200) },
  { name: 'PatchUser (other)', request: async ({ fresh }) => ({ method: 'PUT', path: `/api/v4/users/${(await fresh()).id}/patch`, body: { position: 'p' } }), expect: adminOnly(200) },
  {
    name: 'UpdateUser (other)',
    request: async ({ fresh }) => {
      const u = await fresh();
      return { method: 'PUT', path: `/api/v4/users/${u.id}`, body: { id: u.id, email: u.email, username: u.username } };
    },
    expect: adminOnly(200),
  },
  { name: 'PatchUser (system admin)', request: async ({ w }) => ({ method: 'PUT', path: `/api/v4/users/${w.users.admin.id}/patch`, body: { position: 'boss' } }), expect: adminOnly(200) },
  { name: 'UpdateUserRoles', request: async ({ fresh }) => ({ method: 'PUT', path: `/api/v4/users/${(await fresh()).id}/roles`, body: { roles: 'system_user' } }), expect: adminOnly(200) },
  { name: 'UpdateUserActive', request: async ({ fresh }) => ({ method: 'PUT', path: `/api/v4/users/${(await fresh()).id}/active`, body: { active: false } }), expect: adminOnly(200) },
  { name: 'DeleteUser', request: async ({ fresh }) => ({ method: 'DELETE', path: `/api/v4/users/${(await fresh()).id}` }), expect: adminOnly(200) },
  { name: 'PermanentDeleteAllUsers', request: async () => ({ method: 'DELETE', path: '/api/v4/users' }), expect: all(405) },
  { name: 'UpdateUserPassword (other)', request: async ({ fresh }) => ({ method: 'PUT', path: `/api/v4/users/${(await fresh()).id}/password`, body: { new_password: 'Another-pass-1' } }), expect: adminOnly(200) },
  { name: 'resetPasswordFailedAttempts', request: async ({ fresh }) => ({ method: 'POST', path: `/api/v4/users/${(await fresh()).id}/reset_failed_attempts` }), expect: adminOnly(200) },
  { name: 'GetSessions (other)', request: async ({ fresh }) => ({ method: 'GET', path: `/api/v4/users/${(await fresh()).id}/sessions` }), expect: adminOnly(200) },
  { name: 'GetSessions (self)', request: async () => ({ method: 'GET', path: '/api/v4/users/me/sessions' }), expect: all(200) },
  { name: 'RevokeAllSessions (other)', request: async ({ fresh }) => ({ method: 'POST', path: `/api/v4/users/${(await fresh()).id}/sessions/revoke/all` }), expect: adminOnly(200) },
  { name: 'GetUserAudits (other)', request: async ({ fresh }) => ({ method: 'GET', path: `/api/v4/users/${(await fresh()).id}/audits` }), expect: adminOnly(200) },
  { name: 'GetChannelMembersWithTeamDataForUser (other)', request: async ({ w }) => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}/channel_members` }), expect: { ...adminOnly(200), member: 200 } },
  { name: 'VerifyUserEmailWithoutToken', request: async ({ fresh }) => ({ method: 'POST', path: `/api/v4/users/${(await fresh()).id}/email/verify/member` }), expect: adminOnly(200) },
  { name: 'UpdateUserAuth', request: async ({ fresh }) => ({ method: 'PUT', path: `/api/v4/users/${(await fresh()).id}/auth`, body: { auth_data: 'x', auth_service: 'gitlab' } }), expect: adminOnly(200) },
  { name: 'GenerateMfaSecret (other)', request: async ({ fresh }) => ({ method: 'POST', path: `/api/v4/users/${(await fresh()).id}/mfa/generate` }), expect: adminOnly(501) },
  { name: 'PromoteGuestToUser (not a guest)', request: async ({ fresh }) => ({ method: 'POST', path: `/api/v4/users/${(await fresh()).id}/promote` }), expect: adminOnly(501) },
  { name: 'DemoteUserToGuest', request: async ({ fresh }) => ({ method: 'POST', path: `/api/v4/users/${(await fresh()).id}/demote` }), expect: all(501) },
  { name: 'GetUserAccessTokens', request: async () => ({ method: 'GET', path: '/api/v4/users/tokens' }), expect: adminOnly(200) },
  { name: 'SearchUserAccessTokens', request: async () => ({ method: 'POST', path: '/api/v4/users/tokens/search', body: { term: 'a' } }), expect: adminOnly(200) },
  { name: 'CreateUserAccessToken (self, tokens off)', request: async () => ({ method: 'POST', path: '/api/v4/users/me/tokens', body: { description: 'd' } }), expect: adminOnly(501) },
  { name: 'RevokeSessionsFromAllUsers (non-admins)', request: async ({ persona }) => (persona === 'admin' ? { method: 'GET', path: '/api/v4/users/me' } : { method: 'POST', path: '/api/v4/users/sessions/revoke/all' }), expect: adminOnly(200) },
  { name: 'GetUserTermsOfService', request: async () => ({ method: 'GET', path: '/api/v4/users/me/terms_of_service' }), expect: all(404) },
];

describe('authorization matrix of the user operations', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  for (const row of rows) {
    it(row.name, async () => {
      const actual = {} as Expect;
      for (const persona of PERSONAS) {
        const fresh = async () => createUser(t, uniqueUser('target'), w.tokens.admin);
        const req = await row.request({ w, fresh, persona });
        const res = await t.request(req.method, req.path, { token: w.tokens[persona], body: req.body });
        actual[persona] = res.status;
      }
      expect(actual).toEqual(row.expect);
    });
  }
});
