/**
 * Authorization matrix for the channel-membership, read-state and sidebar operations: the
 * status each persona gets, and that private channels stay invisible to those outside them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { createUser, expectNoViolations, uniqueUser } from '../../helpers/fixtures';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { createCategory } from '../../../app/sidebar/categories';
import { joinTeam } from '../../../app/teams/membership';
import { getUserById } from '../../../db/queries/users';
import { newId } from '../../../server/ids';
import type { ChannelRow, UserRow } from '../../../db/schema';

type Expect = Record<Persona, number>;
const all = (status: number, overrides: Partial<Expect> = {}): Expect => ({
  anonymous: 401,
  outsider: status,
  guest: status,
  member: status,
  teamAdmin: status,
  admin: status,
  ...overrides,
});

interface Case {
  name: string;
  expect: Expect;
  /** Builds the request for a persona (may prepare fresh state first). */
  request: (p: Persona) => Promise<{ method: string; path: string; body?: unknown }>;
}

describe('authorization matrix: channel members, read state, sidebar', () => {
  let t: TestServer;
  let w: World;
  const base = '/api/v4';

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const db = () => t.running.context.db;
  let seq = 0;
  async function channel(type: 'O' | 'P', members: UserRow[] = []): Promise<ChannelRow> {
    seq += 1;
    const row = await createTeamChannel(db(), w.team.id, { header: '', purpose: '', type, name: `authz-${seq}-${newId().slice(0, 5)}`, display_name: `Authz ${seq}` }, w.users.teamAdmin);
    for (const m of members) await addChannelMember(db(), row, m);
    return row;
  }
  async function teamUser(): Promise<UserRow> {
    const created = await createUser(t, uniqueUser('target'), w.tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await joinTeam(t.running.context, db(), w.team, row);
    return row;
  }
  const cats = (userId: string) => `${base}/users/${userId}/teams/${w.team.id}/channels/categories`;

  const cases = (): Case[] => [
    {
      name: 'GetChannelMembers of the private channel',
      expect: all(200, { outsider: 403, guest: 403 }),
      request: async () => ({ method: 'GET', path: `${base}/channels/${w.privateChannel.id}/members` }),
    },
    {
      name: 'GetChannelMember in the private channel',
      expect: all(200, { outsider: 403, guest: 403 }),
      request: async () => ({ method: 'GET', path: `${base}/channels/${w.privateChannel.id}/members/${w.users.member.id}` }),
    },
    {
      name: 'GetChannelMembersByIds in the private channel',
      expect: all(200, { outsider: 403, guest: 403 }),
      request: async () => ({ method: 'POST', path: `${base}/channels/${w.privateChannel.id}/members/ids`, body: [w.users.member.id] }),
    },
    {
      name: 'GetChannelMembers of the public channel',
      expect: all(200, { outsider: 403 }),
      request: async () => ({ method: 'GET', path: `${base}/channels/${w.publicChannel.id}/members` }),
    },
    {
      name: 'GetChannelMembersForUser, own',
      expect: all(200, { outsider: 403 }),
      request: async () => ({ method: 'GET', path: `${base}/users/me/teams/${w.team.id}/channels/members` }),
    },
    {
      name: "GetChannelMembersForUser, the member's",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'GET', path: `${base}/users/${w.users.member.id}/teams/${w.team.id}/channels/members` }),
    },
    {
      // The admin is not in the team, and only team members can be in its channels.
      name: 'AddChannelMember, joining a public channel oneself',
      expect: all(201, { outsider: 403, guest: 403, admin: 404 }),
      request: async (p) => {
        const row = await channel('O');
        return { method: 'POST', path: `${base}/channels/${row.id}/members`, body: { user_id: w.users[p === 'anonymous' ? 'member' : p].id } };
      },
    },
    {
      name: 'AddChannelMember, adding a team member to a private channel',
      expect: all(201, { outsider: 403, guest: 403 }),
      request: async () => {
        const row = await channel('P', [w.users.member, w.users.guest]);
        return { method: 'POST', path: `${base}/channels/${row.id}/members`, body: { user_id: (await teamUser()).id } };
      },
    },
    {
      name: 'RemoveUserFromChannel, removing someone from a private channel',
      expect: all(200, { outsider: 403, guest: 403 }),
      request: async () => {
        const target = await teamUser();
        const row = await channel('P', [w.users.member, w.users.guest, target]);
        return { method: 'DELETE', path: `${base}/channels/${row.id}/members/${target.id}` };
      },
    },
    {
      name: 'UpdateChannelRoles in the private channel',
      expect: all(403, { teamAdmin: 200, admin: 200 }),
      request: async () => ({ method: 'PUT', path: `${base}/channels/${w.privateChannel.id}/members/${w.users.member.id}/roles`, body: { roles: 'channel_user' } }),
    },
    {
      name: 'UpdateChannelMemberSchemeRoles in the private channel',
      expect: all(403, { teamAdmin: 200, admin: 200 }),
      request: async () => ({
        method: 'PUT',
        path: `${base}/channels/${w.privateChannel.id}/members/${w.users.member.id}/schemeRoles`,
        body: { scheme_admin: false, scheme_user: true },
      }),
    },
    {
      name: "UpdateChannelNotifyProps of the member's membership",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'PUT', path: `${base}/channels/${w.privateChannel.id}/members/${w.users.member.id}/notify_props`, body: { desktop: 'all' } }),
    },
    {
      name: 'ViewChannel for oneself',
      expect: all(200),
      request: async () => ({ method: 'POST', path: `${base}/channels/members/me/view`, body: { channel_id: w.publicChannel.id } }),
    },
    {
      name: 'ViewChannel for the member',
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'POST', path: `${base}/channels/members/${w.users.member.id}/view`, body: { channel_id: w.publicChannel.id } }),
    },
    {
      name: 'ReadMultipleChannels',
      expect: all(200),
      request: async () => ({ method: 'POST', path: `${base}/channels/members/me/mark_read`, body: [w.publicChannel.id, w.privateChannel.id] }),
    },
    {
      name: 'MarkAllDirectChannelsAsRead (feature flag off)',
      expect: all(501),
      request: async () => ({ method: 'PUT', path: `${base}/channels/members/me/direct/read` }),
    },
    {
      // The admin may read the channel but is not in it: no unread counts to give.
      name: 'GetChannelUnread of the private channel, own',
      expect: all(200, { outsider: 403, guest: 403, admin: 404 }),
      request: async () => ({ method: 'GET', path: `${base}/users/me/channels/${w.privateChannel.id}/unread` }),
    },
    {
      name: "GetChannelUnread of the public channel, the member's",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'GET', path: `${base}/users/${w.users.member.id}/channels/${w.publicChannel.id}/unread` }),
    },
    {
      name: 'GetSidebarCategoriesForTeamForUser, own',
      expect: all(200),
      request: async () => ({ method: 'GET', path: cats('me') }),
    },
    {
      name: "GetSidebarCategoriesForTeamForUser, the member's",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'GET', path: cats(w.users.member.id) }),
    },
    {
      name: "GetSidebarCategoryOrderForTeamForUser, the member's",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'GET', path: `${cats(w.users.member.id)}/order` }),
    },
    {
      name: "GetSidebarCategoryForTeamForUser, the member's channels category",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'GET', path: `${cats(w.users.member.id)}/channels_${w.users.member.id}_${w.team.id}` }),
    },
    {
      name: 'CreateSidebarCategoryForTeamForUser for the member',
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({ method: 'POST', path: cats(w.users.member.id), body: { user_id: w.users.member.id, team_id: w.team.id, display_name: 'Mine' } }),
    },
    {
      name: "UpdateSidebarCategoriesForTeamForUser, the member's favorites",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({
        method: 'PUT',
        path: cats(w.users.member.id),
        body: [{ id: `favorites_${w.users.member.id}_${w.team.id}`, user_id: w.users.member.id, team_id: w.team.id, type: 'favorites', channel_ids: [] }],
      }),
    },
    {
      name: "UpdateSidebarCategoryForTeamForUser, the member's favorites",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => ({
        method: 'PUT',
        path: `${cats(w.users.member.id)}/favorites_${w.users.member.id}_${w.team.id}`,
        body: { id: `favorites_${w.users.member.id}_${w.team.id}`, user_id: w.users.member.id, team_id: w.team.id, type: 'favorites', channel_ids: [] },
      }),
    },
    {
      name: "UpdateSidebarCategoryOrderForTeamForUser, the member's",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => {
        const order = await t.request('GET', `${cats(w.users.member.id)}/order`, { token: w.tokens.member });
        return { method: 'PUT', path: `${cats(w.users.member.id)}/order`, body: order.body };
      },
    },
    {
      name: "RemoveSidebarCategoryForTeamForUser, a custom category of the member's",
      expect: all(403, { member: 200, admin: 200 }),
      request: async () => {
        const category = await createCategory(t.running.context, w.users.member.id, w.team.id, { display_name: 'Temp' });
        return { method: 'DELETE', path: `${cats(w.users.member.id)}/${category.id}` };
      },
    },
  ];

  for (const c of cases()) {
    it(c.name, async () => {
      const got: Partial<Expect> = {};
      for (const p of PERSONAS) {
        const req = await c.request(p);
        const res = await t.request(req.method, req.path, { token: w.tokens[p], body: req.body });
        got[p] = res.status;
        if (res.status >= 400) expect(res.body.id, `${p}: ${JSON.stringify(res.body)}`).toBeTypeOf('string');
      }
      expect(got).toEqual(c.expect);
    });
  }

  it('never shows a private channel to those outside it', async () => {
    const secret = w.privateChannel.id;
    // Membership lists of users outside it do not name it.
    for (const p of ['guest', 'outsider'] as const) {
      const mine = await t.request('GET', `${base}/users/me/teams/${w.team.id}/channels/members`, { token: w.tokens[p] });
      if (mine.status === 200) expect(mine.body.map((m: { channel_id: string }) => m.channel_id)).not.toContain(secret);
      const sidebar = await t.request('GET', cats('me'), { token: w.tokens[p] });
      expect(sidebar.status).toBe(200);
      expect(JSON.stringify(sidebar.body)).not.toContain(secret);
      // Marking it read reveals nothing.
      const read = await t.request('POST', `${base}/channels/members/me/mark_read`, { token: w.tokens[p], body: [secret] });
      expect(read.body).toEqual({ status: 'OK', last_viewed_at_times: {} });
      const view = await t.request('POST', `${base}/channels/members/me/view`, { token: w.tokens[p], body: { channel_id: secret } });
      expect(view.body.last_viewed_at_times).toEqual({});
    }
    // Placing it in a category is silently refused for a non-member.
    const created = await t.request('POST', cats('me'), {
      token: w.tokens.guest,
      body: { user_id: w.users.guest.id, team_id: w.team.id, display_name: 'Sneaky', channel_ids: [secret] },
    });
    expect(created.status).toBe(200);
    expect(created.body.channel_ids).toEqual([]);
    // The member does see it.
    const memberSidebar = await t.request('GET', cats('me'), { token: w.tokens.member });
    expect(JSON.stringify(memberSidebar.body)).toContain(secret);
  });
});
