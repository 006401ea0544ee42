import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { getActiveTeamMember, getTeamMemberRow } from '../../../db/queries/teams';
import { getChannelByName, getChannelMember } from '../../../db/queries/channels';
import { getCategoriesForUserTeam } from '../../../db/queries/sidebar';
import { updateUserFields } from '../../../db/queries/users';
import { getPreferencesByCategory, upsertPreferences } from '../../../db/queries/preferences';

let seq = 0;
const uniqueName = (prefix = 'mb') => `${prefix}-${Date.now().toString(36)}-${(seq += 1)}`;

describe('team members', () => {
  let t: TestServer;
  let w: World;
  const newUser = async (prefix = 'u') => {
    const user = await createUser(t, uniqueUser(prefix), w.tokens.admin);
    return { ...user, token: await login(t, user.username, user.password) };
  };
  const newTeam = async (token: string | undefined, body: Record<string, unknown> = {}) =>
    (await t.request('POST', '/api/v4/teams', { token, body: { name: uniqueName(), display_name: 'T', type: 'O', allow_open_invite: true, ...body } })).body as {
      id: string;
      invite_id: string;
      name: string;
    };
  const add = (token: string | undefined, teamId: string, userId: string) =>
    t.request('POST', `/api/v4/teams/${teamId}/members`, { token, body: { team_id: teamId, user_id: userId } });

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  describe('AddTeamMember', () => {
    it('lets a user join an open team and joins the default channels and sidebar', async () => {
      const u = await newUser();
      const res = await add(u.token, w.team.id, u.id);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ team_id: w.team.id, user_id: u.id, roles: 'team_user', scheme_user: true, scheme_admin: false, delete_at: 0 });
      const db = t.running.context.db;
      const town = await getChannelByName(db, w.team.id, 'town-square');
      expect(await getChannelMember(db, town!.id, u.id)).toBeDefined();
      expect(await getCategoriesForUserTeam(db, u.id, w.team.id)).toHaveLength(3);
      // Joining again answers the existing membership.
      expect((await add(u.token, w.team.id, u.id)).status).toBe(201);
    });

    it('refuses to let a user join an invite-only team by themself, but a member may add them', async () => {
      const u = await newUser();
      expectAppError(await add(u.token, w.otherTeam.id, u.id), 403, 'api.context.permissions.app_error');
      expectAppError(await add(w.tokens.member, w.otherTeam.id, u.id), 403, 'api.context.permissions.app_error');
      const byMember = await add(w.tokens.outsider, w.otherTeam.id, u.id);
      expect(byMember.status).toBe(201);
      expect(byMember.body.user_id).toBe(u.id);
    });

    it('lets a team member add others (add_user_to_team) and the admin add anyone', async () => {
      const u = await newUser();
      expect((await add(w.tokens.member, w.team.id, u.id)).status).toBe(201);
      const v = await newUser();
      expect((await add(w.tokens.admin, w.otherTeam.id, v.id)).status).toBe(201);
      expectAppError(await add(w.tokens.guest, w.team.id, (await newUser()).id), 403, 'api.context.permissions.app_error');
    });

    it("answers Mattermost's body and lookup errors", async () => {
      expectAppError(await t.request('POST', `/api/v4/teams/${w.team.id}/members`, { token: w.tokens.member, body: { team_id: w.otherTeam.id, user_id: w.users.member.id } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', `/api/v4/teams/${w.team.id}/members`, { token: w.tokens.member, body: { team_id: w.team.id, user_id: 'nope' } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await add(w.tokens.member, w.team.id, 'z'.repeat(26)), 404, 'app.user.missing_account.const');
      expectAppError(await add(w.tokens.admin, 'z'.repeat(26), w.users.member.id), 404, 'app.team.get.find.app_error');
    });

    it('makes the user whose address is the team contact address a team admin', async () => {
      const creator = await newUser('creator');
      const team = await newTeam(creator.token);
      await t.request('DELETE', `/api/v4/teams/${team.id}/members/${creator.id}`, { token: creator.token });
      const rejoined = await add(w.tokens.admin, team.id, creator.id);
      expect(rejoined.body).toMatchObject({ scheme_admin: true, delete_at: 0 });
    });

    it("enforces the team's allowed domains and the size limit", async () => {
      const team = await newTeam(w.tokens.admin, { allowed_domains: 'example.com' });
      const u = await newUser();
      await updateUserFields(t.running.context.db, u.id, { email: `${u.username}@other.org` });
      expectAppError(await add(w.tokens.admin, team.id, u.id), 400, 'api.team.join_user_to_team.allowed_domains.app_error');
      expect(await getTeamMemberRow(t.running.context.db, team.id, u.id)).toBeUndefined();
    });

    it('refuses everyone into a group-constrained team (there are no groups here)', async () => {
      const team = await newTeam(w.tokens.admin);
      await t.request('PUT', `/api/v4/teams/${team.id}/patch`, { token: w.tokens.admin, body: { group_constrained: true } });
      const res = await add(w.tokens.admin, team.id, w.users.member.id);
      expectAppError(res, 400, 'api.team.add_members.user_denied');
    });
  });

  describe('AddTeamMembers', () => {
    it('adds a batch, or nothing when one fails', async () => {
      const team = await newTeam(w.tokens.teamAdmin);
      const [a, b] = [await newUser(), await newUser()];
      const body = (ids: string[]) => ids.map((user_id) => ({ team_id: team.id, user_id }));
      const failing = await t.request('POST', `/api/v4/teams/${team.id}/members/batch`, { token: w.tokens.teamAdmin, body: body([a.id, 'z'.repeat(26)]) });
      expectAppError(failing, 404, 'app.user.missing_account.const');
      expect(await getTeamMemberRow(t.running.context.db, team.id, a.id)).toBeUndefined();
      const ok = await t.request('POST', `/api/v4/teams/${team.id}/members/batch`, { token: w.tokens.teamAdmin, body: body([a.id, b.id]) });
      expect(ok.status).toBe(201);
      expect(ok.body.map((m: { user_id: string }) => m.user_id)).toEqual([a.id, b.id]);
    });

    it('answers per user with graceful', async () => {
      const team = await newTeam(w.tokens.teamAdmin);
      const a = await newUser();
      const res = await t.request('POST', `/api/v4/teams/${team.id}/members/batch?graceful=true`, {
        token: w.tokens.teamAdmin,
        body: [{ team_id: team.id, user_id: a.id }, { team_id: team.id, user_id: 'z'.repeat(26) }],
      });
      expect(res.status).toBe(201);
      expect(res.body[0]).toMatchObject({ user_id: a.id, member: { user_id: a.id, team_id: team.id }, error: null });
      expect(res.body[1]).toMatchObject({ user_id: 'z'.repeat(26), member: null, error: { id: 'app.user.missing_account.const', status_code: 404 } });
      expect(await getActiveTeamMember(t.running.context.db, team.id, a.id)).toBeDefined();
    });

    it('validates the batch before the permission', async () => {
      const url = `/api/v4/teams/${w.team.id}/members/batch`;
      expectAppError(await t.request('POST', url, { token: w.tokens.member, body: [] }), 400, 'api.context.invalid_body_param.app_error');
      const tooMany = Array.from({ length: 257 }, () => ({ team_id: w.team.id, user_id: w.users.member.id }));
      expectAppError(await t.request('POST', url, { token: w.tokens.member, body: tooMany }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', url, { token: w.tokens.member, body: [{ team_id: w.otherTeam.id, user_id: w.users.member.id }] }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', url, { token: w.tokens.guest, body: [{ team_id: w.team.id, user_id: w.users.member.id }] }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('POST', `/api/v4/teams/${'z'.repeat(26)}/members/batch`, { token: w.tokens.member, body: [{ team_id: 'z'.repeat(26), user_id: w.users.member.id }] }), 404, 'app.team.get.find.app_error');
    });
  });

  describe('invites', () => {
    it('shows invite info publicly for open teams only', async () => {
      const res = await t.request('GET', `/api/v4/teams/invite/${w.team.inviteId}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ display_name: w.team.displayName, description: w.team.description, name: w.team.name, id: w.team.id });
      expectAppError(await t.request('GET', `/api/v4/teams/invite/${w.otherTeam.inviteId}`), 403, 'api.team.get_invite_info.not_open_team');
      expectAppError(await t.request('GET', '/api/v4/teams/invite/unknowninvite'), 404, 'app.team.get_by_invite_id.finding.app_error');
    });

    it('joins by invite id, invite-only teams included; guests may not', async () => {
      const u = await newUser();
      const res = await t.request('POST', `/api/v4/teams/members/invite?invite_id=${w.otherTeam.inviteId}`, { token: u.token });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ team_id: w.otherTeam.id, user_id: u.id });
      expectAppError(await t.request('POST', `/api/v4/teams/members/invite?invite_id=${w.team.inviteId}`, { token: w.tokens.guest }), 403, 'api.team.add_user_to_team_from_invite.guest.app_error');
      expectAppError(await t.request('POST', '/api/v4/teams/members/invite?invite_id=nosuchinvite', { token: u.token }), 404, 'app.team.get_by_invite_id.finding.app_error');
      expectAppError(await t.request('POST', '/api/v4/teams/members/invite', { token: u.token }), 400, 'api.team.add_user_to_team.missing_parameter.app_error');
      expectAppError(await t.request('POST', '/api/v4/teams/members/invite?token=whatever', { token: u.token }), 400, 'api.user.create_user.signup_link_invalid.app_error');
    });

    it('refuses an old invite id after it is regenerated', async () => {
      const team = await newTeam(w.tokens.admin, { type: 'I', allow_open_invite: false });
      const regenerated = await t.request('POST', `/api/v4/teams/${team.id}/regenerate_invite_id`, { token: w.tokens.admin });
      const u = await newUser();
      expectAppError(await t.request('POST', `/api/v4/teams/members/invite?invite_id=${team.invite_id}`, { token: u.token }), 404, 'app.team.get_by_invite_id.finding.app_error');
      expect((await t.request('POST', `/api/v4/teams/members/invite?invite_id=${regenerated.body.invite_id}`, { token: u.token })).status).toBe(201);
    });
  });

  describe('RemoveTeamMember', () => {
    it('removes from the team and its channels, keeps the row, clears the sidebar; again is fine', async () => {
      const team = await newTeam(w.tokens.teamAdmin);
      const u = await newUser();
      await add(w.tokens.teamAdmin, team.id, u.id);
      const db = t.running.context.db;
      const town = await getChannelByName(db, team.id, 'town-square');
      await upsertPreferences(db, [
        { userId: u.id, category: team.id, name: 'last_channel', value: town!.id },
        { userId: u.id, category: 'display_settings', name: 'use_military_time', value: 'true' },
      ]);
      expectAppError(await t.request('DELETE', `/api/v4/teams/${team.id}/members/${u.id}`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const res = await t.request('DELETE', `/api/v4/teams/${team.id}/members/${u.id}`, { token: w.tokens.teamAdmin });
      expect(res.body).toEqual({ status: 'OK' });
      expect(await getChannelMember(db, town!.id, u.id)).toBeUndefined();
      expect(await getCategoriesForUserTeam(db, u.id, team.id)).toHaveLength(0);
      expect(await getPreferencesByCategory(db, u.id, team.id)).toEqual([]);
      expect(await getPreferencesByCategory(db, u.id, 'display_settings')).toHaveLength(1);
      const member = await t.request('GET', `/api/v4/teams/${team.id}/members/${u.id}`, { token: w.tokens.teamAdmin });
      expect(member.status).toBe(200);
      expect(member.body.delete_at).toBeGreaterThan(0);
      expect(member.body.roles).toBe('team_user');
      expect((await t.request('DELETE', `/api/v4/teams/${team.id}/members/${u.id}`, { token: w.tokens.teamAdmin })).status).toBe(200);
      expectAppError(await t.request('DELETE', `/api/v4/teams/${team.id}/members/${w.users.outsider.id}`, { token: w.tokens.teamAdmin }), 400, 'api.team.remove_user_from_team.missing.app_error');
      // The left member drops out of lists, and may rejoin.
      const list = await t.request('GET', `/api/v4/teams/${team.id}/members`, { token: w.tokens.teamAdmin });
      expect(list.body.map((m: { user_id: string }) => m.user_id)).not.toContain(u.id);
      expect((await add(u.token, team.id, u.id)).body.delete_at).toBe(0);
    });

    it('lets anyone leave a team without a permission', async () => {
      const team = await newTeam(w.tokens.teamAdmin);
      const u = await newUser();
      await add(w.tokens.teamAdmin, team.id, u.id);
      expect((await t.request('DELETE', `/api/v4/teams/${team.id}/members/me`, { token: u.token })).status).toBe(200);
      expect(await getActiveTeamMember(t.running.context.db, team.id, u.id)).toBeUndefined();
      const mine = await t.request('GET', '/api/v4/users/me/teams', { token: u.token });
      expect(mine.body.map((x: { id: string }) => x.id)).not.toContain(team.id);
      const memberships = await t.request('GET', '/api/v4/users/me/teams/members', { token: u.token });
      expect(memberships.body.find((m: { team_id: string }) => m.team_id === team.id).delete_at).toBeGreaterThan(0);
    });
  });

  describe('member roles', () => {
    it('sets scheme roles and explicit roles from a roles string', async () => {
      const team = await newTeam(w.tokens.teamAdmin);
      const u = await newUser();
      await add(w.tokens.teamAdmin, team.id, u.id);
      const url = `/api/v4/teams/${team.id}/members/${u.id}/roles`;
      expect((await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'team_user team_admin' } })).body).toEqual({ status: 'OK' });
      let member = (await t.request('GET', `/api/v4/teams/${team.id}/members/${u.id}`, { token: u.token })).body;
      expect(member).toMatchObject({ scheme_user: true, scheme_admin: true, explicit_roles: '', roles: 'team_user team_admin' });
      await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'team_user team_post_all' } });
      member = (await t.request('GET', `/api/v4/teams/${team.id}/members/${u.id}`, { token: u.token })).body;
      expect(member).toMatchObject({ scheme_admin: false, explicit_roles: 'team_post_all' });
      expect(member.roles.split(' ').sort()).toEqual(['team_post_all', 'team_user']);
    });

    it("answers Mattermost's role errors", async () => {
      const url = `/api/v4/teams/${w.team.id}/members/${w.users.member.id}/roles`;
      const put = (roles: string, token = w.tokens.teamAdmin) => t.request('PUT', url, { token, body: { roles } });
      expectAppError(await put('Team-User'), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await put('system_admin'), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await put('team_user no_such_role'), 400, 'app.role.get_by_name.app_error');
      expectAppError(await put('team_user channel_admin'), 400, 'api.channel.update_team_member_roles.scheme_role.app_error');
      expectAppError(await put('team_user team_guest'), 400, 'api.team.update_team_member_roles.guest_and_user.app_error');
      expectAppError(await put('team_guest'), 400, 'api.channel.update_team_member_roles.changing_guest_role.app_error');
      expectAppError(await put(`team_user ${'team_post_all '.repeat(20)}`), 400, 'model.team_member.is_valid.roles_limit.app_error');
      expectAppError(await put('team_user team_admin', w.tokens.member), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('PUT', `/api/v4/teams/${w.team.id}/members/${w.users.outsider.id}/roles`, { token: w.tokens.teamAdmin, body: { roles: 'team_user' } }), 404, 'app.team.get_member.missing.app_error');
    });

    it('sets the scheme flags directly', async () => {
      const team = await newTeam(w.tokens.teamAdmin);
      const u = await newUser();
      await add(w.tokens.teamAdmin, team.id, u.id);
      const url = `/api/v4/teams/${team.id}/members/${u.id}/schemeRoles`;
      expect((await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { scheme_user: true, scheme_admin: true } })).status).toBe(200);
      expect((await getActiveTeamMember(t.running.context.db, team.id, u.id))!.schemeAdmin).toBe(true);
      expectAppError(await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { scheme_user: true, scheme_admin: false, scheme_guest: true } }), 400, 'api.team.update_team_member_roles.guest_and_user.app_error');
      // Now a team admin, u may change roles; a plain member of the team may not.
      await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { scheme_user: true, scheme_admin: false } });
      expectAppError(await t.request('PUT', url, { token: u.token, body: { scheme_user: true, scheme_admin: true } }), 403, 'api.context.permissions.app_error');
    });
  });

  describe('member lists and stats', () => {
    it('pages members by user id or username; excludes deactivated users when asked', async () => {
      const team = await newTeam(w.tokens.teamAdmin);
      const users = [await newUser('zed'), await newUser('amy'), await newUser('kim')];
      for (const u of users) await add(w.tokens.teamAdmin, team.id, u.id);
      const all = [w.users.teamAdmin.id, ...users.map((u) => u.id)];
      const byId = await t.request('GET', `/api/v4/teams/${team.id}/members?per_page=10`, { token: w.tokens.teamAdmin });
      expect(byId.body.map((m: { user_id: string }) => m.user_id)).toEqual([...all].sort());
      const byName = await t.request('GET', `/api/v4/teams/${team.id}/members?sort=Username&page=0&per_page=2`, { token: w.tokens.teamAdmin });
      expect(byName.body).toHaveLength(2);
      expect(byName.body[0].user_id).toBe(users[1].id);
      await updateUserFields(t.running.context.db, users[2].id, { deleteAt: Date.now() });
      const active = await t.request('GET', `/api/v4/teams/${team.id}/members?exclude_deleted_users=true`, { token: w.tokens.teamAdmin });
      expect(active.body.map((m: { user_id: string }) => m.user_id)).not.toContain(users[2].id);
      const stats = await t.request('GET', `/api/v4/teams/${team.id}/stats`, { token: w.tokens.teamAdmin });
      expect(stats.body).toEqual({ team_id: team.id, total_member_count: 4, active_member_count: 3 });
      expectAppError(await t.request('GET', `/api/v4/teams/${team.id}/members`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });

    it('gets members by ids', async () => {
      const res = await t.request('POST', `/api/v4/teams/${w.team.id}/members/ids`, { token: w.tokens.member, body: [w.users.member.id, w.users.outsider.id, w.users.teamAdmin.id] });
      expect(res.body.map((m: { user_id: string }) => m.user_id).sort()).toEqual([w.users.member.id, w.users.teamAdmin.id].sort());
      expectAppError(await t.request('POST', `/api/v4/teams/${w.team.id}/members/ids`, { token: w.tokens.member, body: [] }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', `/api/v4/teams/${w.otherTeam.id}/members/ids`, { token: w.tokens.member, body: [w.users.outsider.id] }), 403, 'api.context.permissions.app_error');
    });

    it('narrows what a guest sees to the users sharing a channel with them', async () => {
      const ids = (res: { body: { user_id: string }[] }) => res.body.map((m) => m.user_id);
      const seen = ids(await t.request('GET', `/api/v4/teams/${w.team.id}/members?per_page=200`, { token: w.tokens.guest }));
      // The guest shares public-channel with teamAdmin and member only.
      expect(seen.sort()).toEqual([w.users.guest.id, w.users.member.id, w.users.teamAdmin.id].sort());
      const outsiderJoined = await newUser();
      await add(w.tokens.teamAdmin, w.team.id, outsiderJoined.id);
      expect(ids(await t.request('GET', `/api/v4/teams/${w.team.id}/members?per_page=200`, { token: w.tokens.guest }))).not.toContain(outsiderJoined.id);
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/members/${outsiderJoined.id}`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
      const stats = await t.request('GET', `/api/v4/teams/${w.team.id}/stats`, { token: w.tokens.guest });
      expect(stats.body.total_member_count).toBe(3);
    });

    it("reads a user's memberships: one's own, or with read_other_users_teams", async () => {
      const mine = await t.request('GET', '/api/v4/users/me/teams/members', { token: w.tokens.member });
      expect(mine.body.map((m: { team_id: string }) => m.team_id)).toContain(w.team.id);
      expectAppError(await t.request('GET', `/api/v4/users/${w.users.outsider.id}/teams/members`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const byAdmin = await t.request('GET', `/api/v4/users/${w.users.outsider.id}/teams/members`, { token: w.tokens.admin });
      expect(byAdmin.body.map((m: { team_id: string }) => m.team_id)).toContain(w.otherTeam.id);
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/members/${'z'.repeat(26)}`, { token: w.tokens.admin }), 404, 'app.team.get_member.missing.app_error');
    });
  });

  describe('TeamMembersMinusGroupMembers', () => {
    it('lists the active human members (no groups exist), for console readers of groups', async () => {
      const url = `/api/v4/teams/${w.team.id}/members_minus_group_members?group_ids=${'g'.repeat(26)}&per_page=100`;
      const res = await t.request('GET', url, { token: w.tokens.admin });
      expect(res.status).toBe(200);
      const usernames = res.body.users.map((u: { username: string }) => u.username);
      expect(usernames).toEqual([...usernames].sort());
      expect(res.body.total_count).toBe(res.body.users.length);
      expect(res.body.users[0]).toMatchObject({ groups: [], scheme_user: expect.any(Boolean) });
      expect(res.body.users[0]).not.toHaveProperty('password');
      expectAppError(await t.request('GET', url, { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/members_minus_group_members?group_ids=short`, { token: w.tokens.admin }), 400, 'api.context.invalid_body_param.app_error');
    });
  });
});
