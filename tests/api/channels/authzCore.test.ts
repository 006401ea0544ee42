/**
 * Who may call each channel-object operation: the status every persona gets. Mutating cases
 * build a fresh fixture per persona, so each answer is about permissions only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { getOrCreateGroupChannel } from '../../../app/channels/direct';
import { setChannelDeleteAt } from '../../../db/queries/channelLists';
import type { ChannelRow } from '../../../db/schema';

type Statuses = Record<Persona, number>;
interface Request {
  method: string;
  path: string;
  body?: unknown;
}
interface Case {
  name: string;
  request: (persona: Persona) => Promise<Request> | Request;
  expected: Statuses;
}

/** anonymous, outsider, guest, member, teamAdmin, admin */
const s = (anonymous: number, outsider: number, guest: number, member: number, teamAdmin: number, admin: number): Statuses => ({
  anonymous,
  outsider,
  guest,
  member,
  teamAdmin,
  admin,
});

describe('channels authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let n = 0;
  const name = (p: string) => `${p}-${(++n).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  /** A channel of the team: teamAdmin created it (channel admin), member joined it. */
  async function fresh(type: 'O' | 'P', archived = false): Promise<ChannelRow> {
    const db = t.running.context.db;
    const row = await createTeamChannel(db, w.team.id, { type, name: name('m'), display_name: 'Matrix', header: '', purpose: '' }, w.users.teamAdmin);
    await addChannelMember(db, row, w.users.member);
    if (archived) await setChannelDeleteAt(db, row.id, Date.now(), Date.now());
    return row;
  }

  const groupOfMemberTeamAdminGuest = async () =>
    getOrCreateGroupChannel(t.running.context, [w.users.member.id, w.users.teamAdmin.id, w.users.guest.id]);

  const cases: Case[] = [
    { name: 'CreateChannel public', request: () => ({ method: 'POST', path: '/api/v4/channels', body: { team_id: w.team.id, name: name('c'), display_name: 'C', type: 'O' } }), expected: s(401, 403, 403, 201, 201, 201) },
    { name: 'CreateChannel private', request: () => ({ method: 'POST', path: '/api/v4/channels', body: { team_id: w.team.id, name: name('c'), display_name: 'C', type: 'P' } }), expected: s(401, 403, 403, 201, 201, 201) },
    { name: 'GetChannel public', request: () => ({ method: 'GET', path: `/api/v4/channels/${w.publicChannel.id}` }), expected: s(401, 403, 200, 200, 200, 200) },
    { name: 'GetChannel private', request: () => ({ method: 'GET', path: `/api/v4/channels/${w.privateChannel.id}` }), expected: s(401, 403, 403, 200, 200, 200) },
    { name: 'GetChannelByName public', request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/name/${w.publicChannel.name}` }), expected: s(401, 403, 200, 200, 200, 200) },
    { name: 'GetChannelByName private', request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/name/${w.privateChannel.name}` }), expected: s(401, 404, 404, 200, 200, 200) },
    { name: 'GetChannelByNameForTeamName private', request: () => ({ method: 'GET', path: `/api/v4/teams/name/${w.team.name}/channels/name/${w.privateChannel.name}` }), expected: s(401, 404, 404, 200, 200, 200) },
    {
      name: 'UpdateChannel private',
      request: async () => {
        const c = await fresh('P');
        return { method: 'PUT', path: `/api/v4/channels/${c.id}`, body: { id: c.id, header: 'h' } };
      },
      expected: s(401, 403, 403, 200, 200, 200),
    },
    {
      name: 'PatchChannel public',
      request: async () => ({ method: 'PUT', path: `/api/v4/channels/${(await fresh('O')).id}/patch`, body: { header: 'h' } }),
      expected: s(401, 403, 403, 200, 200, 200),
    },
    {
      name: 'UpdateChannelPrivacy public to private',
      request: async () => ({ method: 'PUT', path: `/api/v4/channels/${(await fresh('O')).id}/privacy`, body: { privacy: 'P' } }),
      expected: s(401, 403, 403, 403, 200, 200),
    },
    {
      name: 'UpdateChannelPrivacy private to public',
      request: async () => ({ method: 'PUT', path: `/api/v4/channels/${(await fresh('P')).id}/privacy`, body: { privacy: 'O' } }),
      expected: s(401, 403, 403, 403, 200, 200),
    },
    {
      name: 'MoveChannel',
      request: async () => ({ method: 'POST', path: `/api/v4/channels/${(await fresh('O')).id}/move`, body: { team_id: w.otherTeam.id, force: true } }),
      expected: s(401, 403, 403, 403, 403, 200),
    },
    {
      name: 'DeleteChannel public',
      request: async () => ({ method: 'DELETE', path: `/api/v4/channels/${(await fresh('O')).id}` }),
      expected: s(401, 403, 403, 200, 200, 200),
    },
    {
      name: 'DeleteChannel private',
      request: async () => ({ method: 'DELETE', path: `/api/v4/channels/${(await fresh('P')).id}` }),
      expected: s(401, 403, 403, 200, 200, 200),
    },
    {
      name: 'RestoreChannel',
      request: async () => ({ method: 'POST', path: `/api/v4/channels/${(await fresh('P', true)).id}/restore` }),
      expected: s(401, 403, 403, 403, 200, 200),
    },
    { name: 'GetAllChannels', request: () => ({ method: 'GET', path: '/api/v4/channels' }), expected: s(401, 403, 403, 403, 403, 200) },
    { name: 'GetPublicChannelsForTeam', request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels` }), expected: s(401, 403, 403, 200, 200, 200) },
    { name: 'GetDeletedChannelsForTeam', request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/deleted` }), expected: s(401, 403, 403, 200, 200, 200) },
    { name: 'GetPrivateChannelsForTeam', request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/private` }), expected: s(401, 403, 403, 403, 403, 200) },
    {
      name: 'GetPublicChannelsByIdsForTeam',
      request: () => ({ method: 'POST', path: `/api/v4/teams/${w.team.id}/channels/ids`, body: [w.publicChannel.id] }),
      expected: s(401, 403, 200, 200, 200, 200),
    },
    { name: 'SearchChannels', request: () => ({ method: 'POST', path: `/api/v4/teams/${w.team.id}/channels/search`, body: { term: 'pub' } }), expected: s(401, 404, 200, 200, 200, 200) },
    {
      name: 'SearchArchivedChannels',
      request: () => ({ method: 'POST', path: `/api/v4/teams/${w.team.id}/channels/search_archived`, body: { term: '' } }),
      expected: s(401, 404, 200, 200, 200, 200),
    },
    { name: 'SearchAllChannels', request: () => ({ method: 'POST', path: '/api/v4/channels/search', body: { term: '' } }), expected: s(401, 403, 403, 403, 403, 200) },
    {
      name: 'SearchAllChannels system_console=false in the team',
      request: () => ({ method: 'POST', path: '/api/v4/channels/search?system_console=false', body: { term: '', team_ids: [w.team.id] } }),
      expected: s(401, 403, 200, 200, 200, 200),
    },
    {
      name: 'AutocompleteChannelsForTeam',
      request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/autocomplete?name=p` }),
      expected: s(401, 403, 403, 200, 200, 200),
    },
    {
      name: 'AutocompleteChannelsForTeamForSearch',
      request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/search_autocomplete?name=p` }),
      expected: s(401, 200, 200, 200, 200, 200),
    },
    {
      name: "GetChannelsForTeamForUser (the member's)",
      request: () => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}/teams/${w.team.id}/channels` }),
      expected: s(401, 403, 403, 200, 403, 200),
    },
    {
      // The admin is in no team but created channels in it above (CreateChannel cases).
      name: 'GetChannelsForTeamForUser (me)',
      request: () => ({ method: 'GET', path: `/api/v4/users/me/teams/${w.team.id}/channels` }),
      expected: s(401, 403, 200, 200, 200, 200),
    },
    { name: "GetChannelsForUser (the member's)", request: () => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}/channels` }), expected: s(401, 403, 403, 200, 403, 200) },
    { name: 'GetChannelStats private', request: () => ({ method: 'GET', path: `/api/v4/channels/${w.privateChannel.id}/stats` }), expected: s(401, 403, 403, 200, 200, 200) },
    { name: 'GetChannelMembersTimezones private', request: () => ({ method: 'GET', path: `/api/v4/channels/${w.privateChannel.id}/timezones` }), expected: s(401, 403, 403, 200, 200, 200) },
    {
      name: 'GetChannelsMemberCount public',
      request: () => ({ method: 'POST', path: '/api/v4/channels/stats/member_count', body: [w.publicChannel.id] }),
      expected: s(401, 403, 200, 200, 200, 200),
    },
    {
      name: 'GetChannelsMemberCount private',
      request: () => ({ method: 'POST', path: '/api/v4/channels/stats/member_count', body: [w.privateChannel.id] }),
      expected: s(401, 403, 403, 200, 200, 200),
    },
    {
      name: 'CreateDirectChannel with the member',
      request: (p) => ({ method: 'POST', path: '/api/v4/channels/direct', body: [p === 'anonymous' ? w.users.admin.id : w.users[p].id, w.users.member.id] }),
      expected: s(401, 201, 201, 201, 201, 201),
    },
    {
      name: 'CreateDirectChannel between two others',
      request: () => ({ method: 'POST', path: '/api/v4/channels/direct', body: [w.users.member.id, w.users.teamAdmin.id] }),
      expected: s(401, 403, 403, 201, 201, 201),
    },
    {
      name: 'CreateGroupChannel',
      request: () => ({ method: 'POST', path: '/api/v4/channels/group', body: [w.users.member.id, w.users.teamAdmin.id, w.users.guest.id] }),
      expected: s(401, 201, 201, 201, 201, 201),
    },
    { name: 'SearchGroupChannels', request: () => ({ method: 'POST', path: '/api/v4/channels/group/search', body: { term: 'member' } }), expected: s(401, 200, 200, 200, 200, 200) },
    {
      name: 'GetGroupMessageMembersCommonTeams',
      request: async () => ({ method: 'GET', path: `/api/v4/channels/${(await groupOfMemberTeamAdminGuest()).id}/common_teams` }),
      expected: s(401, 403, 403, 200, 200, 200),
    },
    {
      name: 'ConvertGroupMessageToPrivateChannel',
      request: async () => {
        const gm = await groupOfMemberTeamAdminGuest();
        return { method: 'POST', path: `/api/v4/channels/${gm.id}/convert_to_channel`, body: { channel_id: gm.id, team_id: w.team.id, name: name('gm'), display_name: 'GM' } };
      },
      expected: s(401, 403, 403, 200, 200, 404),
    },
    { name: 'UpdateChannelScheme (licensed)', request: () => ({ method: 'PUT', path: `/api/v4/channels/${w.publicChannel.id}/scheme`, body: { scheme_id: 'a'.repeat(26) } }), expected: s(401, 403, 403, 403, 403, 403) },
    { name: 'GetChannelModerations (licensed)', request: () => ({ method: 'GET', path: `/api/v4/channels/${w.publicChannel.id}/moderations` }), expected: s(401, 403, 403, 403, 403, 403) },
    { name: 'PatchChannelModerations (licensed)', request: () => ({ method: 'PUT', path: `/api/v4/channels/${w.publicChannel.id}/moderations/patch`, body: [] }), expected: s(401, 403, 403, 403, 403, 403) },
    {
      name: 'GetChannelMemberCountsByGroup (licensed)',
      request: () => ({ method: 'GET', path: `/api/v4/channels/${w.publicChannel.id}/member_counts_by_group` }),
      expected: s(401, 403, 403, 403, 403, 403),
    },
    {
      name: 'ChannelMembersMinusGroupMembers',
      request: () => ({ method: 'GET', path: `/api/v4/channels/${w.publicChannel.id}/members_minus_group_members?group_ids=${'g'.repeat(26)}` }),
      expected: s(401, 403, 403, 403, 403, 200),
    },
    { name: 'GetManagedCategories (feature flag off)', request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/managed_categories` }), expected: s(401, 404, 404, 404, 404, 404) },
    { name: 'GetRecommendedChannelsForUser', request: () => ({ method: 'GET', path: `/api/v4/teams/${w.team.id}/channels/recommended` }), expected: s(401, 403, 403, 200, 200, 200) },
    {
      name: 'SetMyChannelAutotranslation (Enterprise)',
      request: () => ({ method: 'PUT', path: `/api/v4/channels/${w.publicChannel.id}/members/me/autotranslation`, body: { autotranslation_disabled: true } }),
      expected: s(401, 403, 403, 403, 403, 403),
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const got: Partial<Statuses> = {};
      for (const persona of PERSONAS) {
        const req = await c.request(persona);
        const res = await t.request(req.method, req.path, { token: w.tokens[persona], body: req.body });
        got[persona] = res.status;
      }
      expect(got).toEqual(c.expected);
    });
  }
});
