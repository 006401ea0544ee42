import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { getTeamById } from '../../../db/queries/teams';
import { getChannelByName } from '../../../db/queries/channels';
import type { MattermostConfig } from '../../../server/config';

let seq = 0;
const uniqueName = (prefix = 'tm') => `${prefix}-${Date.now().toString(36)}-${(seq += 1)}`;

describe('teams: create, read, update, archive', () => {
  let t: TestServer;
  let w: World;
  const editConfig = async (edit: (c: MattermostConfig) => void) => {
    const config = structuredClone(t.running.context.config.storedConfig());
    edit(config);
    await t.running.context.config.save(config);
  };

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const create = async (token: string | undefined, body: Record<string, unknown>) => t.request('POST', '/api/v4/teams', { token, body });

  describe('CreateTeam', () => {
    it('creates an open team with its default channels; the creator is its admin and sees email and invite id', async () => {
      const name = uniqueName();
      const res = await create(w.tokens.member, { name, display_name: 'Made', type: 'O', allow_open_invite: true, description: 'd', company_name: 'c' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ name, display_name: 'Made', type: 'O', allow_open_invite: true, email: w.users.member.email, description: 'd', company_name: 'c', delete_at: 0 });
      expect(res.body.invite_id).toMatch(/^[a-z0-9]{26}$/);
      expect(res.body.create_at).toBe(res.body.update_at);
      const db = t.running.context.db;
      expect(await getChannelByName(db, res.body.id, 'town-square')).toBeDefined();
      expect(await getChannelByName(db, res.body.id, 'off-topic')).toBeDefined();
      const me = await t.request('GET', `/api/v4/teams/${res.body.id}/members/me`, { token: w.tokens.member });
      expect(me.body).toMatchObject({ scheme_admin: true, scheme_user: true, roles: 'team_user team_admin' });
    });

    it('keeps type and open invites in step, as Mattermost saves teams', async () => {
      const closed = await create(w.tokens.member, { name: uniqueName(), display_name: 'Closed', type: 'O' });
      expect(closed.status).toBe(201);
      expect(closed.body).toMatchObject({ type: 'I', allow_open_invite: false });
      const invite = await create(w.tokens.member, { name: uniqueName(), display_name: 'Invite', type: 'I', allow_open_invite: true });
      expect(invite.body).toMatchObject({ type: 'I', allow_open_invite: false });
    });

    it("ignores a submitted email and invite id; refuses a submitted id and a taken name", async () => {
      const name = uniqueName();
      const res = await create(w.tokens.member, { name, display_name: 'X', type: 'O', email: 'else@example.com', invite_id: 'a'.repeat(26) });
      expect(res.body.email).toBe(w.users.member.email);
      expect(res.body.invite_id).not.toBe('a'.repeat(26));
      expectAppError(await create(w.tokens.member, { name, display_name: 'Again', type: 'O' }), 400, 'app.team.save.existing.app_error');
      expectAppError(await create(w.tokens.member, { id: 'b'.repeat(26), name: uniqueName(), display_name: 'Id', type: 'O' }), 400, 'app.team.save.existing.app_error');
    });

    it("answers Mattermost's validation errors", async () => {
      expectAppError(await create(w.tokens.member, { name: uniqueName(), display_name: '', type: 'O' }), 400, 'model.team.is_valid.name.app_error');
      expectAppError(await create(w.tokens.member, { name: '', display_name: 'No name', type: 'O' }), 400, 'model.team.is_valid.characters.app_error');
      expectAppError(await create(w.tokens.member, { name: 'Bad Name', display_name: 'Bad', type: 'O' }), 400, 'model.team.is_valid.characters.app_error');
      expectAppError(await create(w.tokens.member, { name: 'signup', display_name: 'Reserved', type: 'O' }), 400, 'model.team.is_valid.reserved.app_error');
      expectAppError(await create(w.tokens.member, { name: 5, display_name: 'Typed' }), 400, 'api.context.invalid_body_param.app_error');
    });

    it('cleans text fields as Mattermost sanitizes them; NUL anywhere is refused, never a 500', async () => {
      const res = await create(w.tokens.member, { name: uniqueName(), display_name: 'bidi\u202Eless', type: 'O', description: 'a\u2028b' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ display_name: 'bidiless', description: 'ab' });
      const patched = await t.request('PUT', `/api/v4/teams/${res.body.id}/patch`, { token: w.tokens.member, body: { company_name: 'c\u206Ao' } });
      expect(patched.body.company_name).toBe('co');
      expectAppError(await create(w.tokens.member, { name: uniqueName(), display_name: 'nul\u0000byte', type: 'O' }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('GET', '/api/v4/teams/invite/not-alnum'), 404, 'api.context.404.app_error');
      for (const path of ['/api/v4/teams/invite/nul%00byte', '/api/v4/users/me/teams/unread?exclude_team=nul%00byte']) {
        expect((await t.request('GET', path, { token: w.tokens.member })).status, path).toBe(400);
      }
      expect((await t.request('POST', '/api/v4/teams/members/invite?invite_id=nul%00byte', { token: w.tokens.member })).status).toBe(400);
    });

    it('needs create_team (guests lack it) and a session', async () => {
      expectAppError(await create(w.tokens.guest, { name: uniqueName(), display_name: 'G', type: 'O' }), 403, 'api.team.is_team_creation_allowed.disabled.app_error');
      expectAppError(await create(undefined, { name: uniqueName(), display_name: 'A', type: 'O' }), 401, 'api.context.session_expired.app_error');
    });

    it("refuses a creator whose address the team's allowed domains exclude", async () => {
      const res = await create(w.tokens.member, { name: uniqueName(), display_name: 'Dom', type: 'O', allowed_domains: 'elsewhere.org' });
      expectAppError(res, 400, 'api.team.is_team_creation_allowed.domain.app_error');
      const ok = await create(w.tokens.member, { name: uniqueName(), display_name: 'Dom', type: 'O', allowed_domains: '@example.com, other.org' });
      expect(ok.status).toBe(201);
    });
  });

  describe('GetTeam, GetTeamByName, TeamExists', () => {
    it('shows an open team to anyone signed in, without email or invite id for those who cannot manage or invite', async () => {
      for (const persona of ['outsider', 'guest'] as const) {
        const res = await t.request('GET', `/api/v4/teams/${w.team.id}`, { token: w.tokens[persona] });
        expect(res.status).toBe(200);
        expect(res.body.email).toBe('');
        expect(res.body.invite_id).toBe('');
      }
      const member = await t.request('GET', `/api/v4/teams/name/${w.team.name}`, { token: w.tokens.member });
      expect(member.body.email).toBe('');
      expect(member.body.invite_id).toBe(w.team.inviteId);
      const admin = await t.request('GET', `/api/v4/teams/${w.team.id}`, { token: w.tokens.teamAdmin });
      expect(admin.body.email).toBe(w.team.email);
    });

    it('hides an invite-only team from those outside it (403), by id and by name', async () => {
      expectAppError(await t.request('GET', `/api/v4/teams/${w.otherTeam.id}`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `/api/v4/teams/name/${w.otherTeam.name}`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const admin = await t.request('GET', `/api/v4/teams/name/${w.otherTeam.name}`, { token: w.tokens.admin });
      expect(admin.body.id).toBe(w.otherTeam.id);
    });

    it('404s and 400s with Mattermost ids', async () => {
      expectAppError(await t.request('GET', `/api/v4/teams/${'z'.repeat(26)}`, { token: w.tokens.member }), 404, 'app.team.get.find.app_error');
      expectAppError(await t.request('GET', '/api/v4/teams/not-an-id', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
      expectAppError(await t.request('GET', '/api/v4/teams/name/no-such-team-x', { token: w.tokens.member }), 404, 'app.team.get_by_name.missing.app_error');
      expectAppError(await t.request('GET', '/api/v4/teams/name/-bad-', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    });

    it('says a team exists only to those who could see it', async () => {
      const exists = async (token: string | undefined, name: string) => (await t.request('GET', `/api/v4/teams/name/${name}/exists`, { token })).body.exists;
      expect(await exists(w.tokens.member, w.team.name)).toBe(true);
      expect(await exists(w.tokens.outsider, w.team.name)).toBe(true);
      expect(await exists(w.tokens.guest, w.team.name)).toBe(true);
      expect(await exists(w.tokens.member, w.otherTeam.name)).toBe(false);
      expect(await exists(w.tokens.outsider, w.otherTeam.name)).toBe(true);
      expect(await exists(w.tokens.admin, w.otherTeam.name)).toBe(true);
      expect(await exists(w.tokens.admin, 'nobody-has-this')).toBe(false);
    });
  });

  describe('UpdateTeam, PatchTeam, UpdateTeamPrivacy, RegenerateTeamInviteId', () => {
    let teamId: string;
    let adminToken: string;
    beforeAll(async () => {
      const owner = await createUser(t, uniqueUser('owner'), w.tokens.admin);
      adminToken = await login(t, owner.username, owner.password);
      teamId = (await create(adminToken, { name: uniqueName('upd'), display_name: 'Upd', type: 'O', allow_open_invite: true })).body.id;
      await t.request('POST', `/api/v4/teams/${teamId}/members`, { token: adminToken, body: { team_id: teamId, user_id: w.users.member.id } });
    });

    it('copies only the updatable fields of a full team body', async () => {
      const before = (await t.request('GET', `/api/v4/teams/${teamId}`, { token: adminToken })).body;
      const res = await t.request('PUT', `/api/v4/teams/${teamId}`, {
        token: adminToken,
        body: { ...before, display_name: 'Renamed', description: 'new', company_name: 'Co', name: 'hijack', email: 'x@y.z', invite_id: 'q'.repeat(26), type: 'I', allow_open_invite: true },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ display_name: 'Renamed', description: 'new', company_name: 'Co', name: before.name, email: before.email, invite_id: before.invite_id, type: 'O' });
      expect(res.body.update_at).toBeGreaterThanOrEqual(before.update_at);
    });

    it('empties fields a body leaves out, and closes the team when allow_open_invite is absent', async () => {
      const res = await t.request('PUT', `/api/v4/teams/${teamId}`, { token: adminToken, body: { id: teamId, display_name: 'Bare' } });
      expect(res.body).toMatchObject({ display_name: 'Bare', description: '', company_name: '', allow_open_invite: false, type: 'I' });
      await t.request('PUT', `/api/v4/teams/${teamId}/privacy`, { token: adminToken, body: { privacy: 'O' } });
    });

    it('refuses an id other than the URL one, a bad display name, and non-managers', async () => {
      expectAppError(await t.request('PUT', `/api/v4/teams/${teamId}`, { token: adminToken, body: { id: w.team.id, display_name: 'x' } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('PUT', `/api/v4/teams/${teamId}`, { token: adminToken, body: { id: teamId, display_name: '' } }), 400, 'model.team.is_valid.name.app_error');
      expectAppError(await t.request('PUT', `/api/v4/teams/${teamId}`, { token: w.tokens.member, body: { id: teamId, display_name: 'x' } }), 403, 'api.context.permissions.app_error');
    });

    it('patches only the given fields; closing open invites replaces the invite id', async () => {
      const before = (await t.request('GET', `/api/v4/teams/${teamId}`, { token: adminToken })).body;
      const patched = await t.request('PUT', `/api/v4/teams/${teamId}/patch`, { token: adminToken, body: { description: 'patched' } });
      expect(patched.body).toMatchObject({ description: 'patched', display_name: before.display_name, invite_id: before.invite_id, type: 'O' });
      const closed = await t.request('PUT', `/api/v4/teams/${teamId}/patch`, { token: adminToken, body: { allow_open_invite: false } });
      expect(closed.body).toMatchObject({ allow_open_invite: false, type: 'I' });
      expect(closed.body.invite_id).not.toBe(before.invite_id);
      // Open invites cannot be turned back on by a patch while the team is invite-only.
      const reopened = await t.request('PUT', `/api/v4/teams/${teamId}/patch`, { token: adminToken, body: { allow_open_invite: true } });
      expect(reopened.body).toMatchObject({ allow_open_invite: false, type: 'I' });
      expectAppError(await t.request('PUT', `/api/v4/teams/${teamId}/patch`, { token: w.tokens.member, body: { description: 'no' } }), 403, 'api.context.permissions.app_error');
    });

    it('sets privacy: I closes and replaces the invite id, O opens and keeps it, a repeat changes nothing', async () => {
      const opened = await t.request('PUT', `/api/v4/teams/${teamId}/privacy`, { token: adminToken, body: { privacy: 'O' } });
      expect(opened.body).toMatchObject({ type: 'O', allow_open_invite: true });
      const closed = await t.request('PUT', `/api/v4/teams/${teamId}/privacy`, { token: adminToken, body: { privacy: 'I' } });
      expect(closed.body).toMatchObject({ type: 'I', allow_open_invite: false });
      expect(closed.body.invite_id).not.toBe(opened.body.invite_id);
      const again = await t.request('PUT', `/api/v4/teams/${teamId}/privacy`, { token: adminToken, body: { privacy: 'I' } });
      expect(again.body.invite_id).toBe(closed.body.invite_id);
      const reopened = await t.request('PUT', `/api/v4/teams/${teamId}/privacy`, { token: adminToken, body: { privacy: 'O' } });
      expect(reopened.body.invite_id).toBe(closed.body.invite_id);
      expectAppError(await t.request('PUT', `/api/v4/teams/${teamId}/privacy`, { token: adminToken, body: { privacy: 'P' } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('PUT', `/api/v4/teams/${teamId}/privacy`, { token: w.tokens.member, body: { privacy: 'I' } }), 403, 'api.context.permissions.app_error');
    });

    it('regenerates the invite id for managers only', async () => {
      const before = (await t.request('GET', `/api/v4/teams/${teamId}`, { token: adminToken })).body.invite_id;
      const res = await t.request('POST', `/api/v4/teams/${teamId}/regenerate_invite_id`, { token: adminToken });
      expect(res.status).toBe(200);
      expect(res.body.invite_id).toMatch(/^[a-z0-9]{26}$/);
      expect(res.body.invite_id).not.toBe(before);
      expectAppError(await t.request('POST', `/api/v4/teams/${teamId}/regenerate_invite_id`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    });

    it('refuses allowed domains the server does not allow', async () => {
      await editConfig((c) => (c.TeamSettings.RestrictCreationToDomains = 'example.com'));
      try {
        const res = await t.request('PUT', `/api/v4/teams/${teamId}/patch`, { token: adminToken, body: { allowed_domains: 'example.com other.org' } });
        expectAppError(res, 400, 'api.team.update_restricted_domains.mismatch.app_error');
        const ok = await t.request('PUT', `/api/v4/teams/${teamId}/patch`, { token: adminToken, body: { allowed_domains: '@example.com' } });
        expect(ok.body.allowed_domains).toBe('@example.com');
        await t.request('PUT', `/api/v4/teams/${teamId}/patch`, { token: adminToken, body: { allowed_domains: '' } });
      } finally {
        await editConfig((c) => (c.TeamSettings.RestrictCreationToDomains = ''));
      }
    });
  });

  describe('SoftDeleteTeam, RestoreTeam', () => {
    it('archives and restores for team managers', async () => {
      const team = (await create(w.tokens.member, { name: uniqueName('arc'), display_name: 'Arc', type: 'O', allow_open_invite: true })).body;
      expectAppError(await t.request('DELETE', `/api/v4/teams/${team.id}`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
      const del = await t.request('DELETE', `/api/v4/teams/${team.id}`, { token: w.tokens.member });
      expect(del.body).toEqual({ status: 'OK' });
      const archived = await getTeamById(t.running.context.db, team.id);
      expect(archived!.deleteAt).toBeGreaterThan(0);
      // An archived team drops out of its members' team list but can still be read.
      const mine = await t.request('GET', '/api/v4/users/me/teams', { token: w.tokens.member });
      expect(mine.body.map((x: { id: string }) => x.id)).not.toContain(team.id);
      const restored = await t.request('POST', `/api/v4/teams/${team.id}/restore`, { token: w.tokens.member });
      expect(restored.status).toBe(200);
      expect(restored.body.delete_at).toBe(0);
      expectAppError(await t.request('POST', `/api/v4/teams/${team.id}/restore`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });

    it('refuses permanent deletion while EnableAPITeamDeletion is off, with the admin variant for admins', async () => {
      const team = (await create(w.tokens.member, { name: uniqueName('perm'), display_name: 'Perm', type: 'O' })).body;
      expectAppError(await t.request('DELETE', `/api/v4/teams/${team.id}?permanent=true`, { token: w.tokens.member }), 401, 'api.user.delete_team.not_enabled.app_error');
      expectAppError(await t.request('DELETE', `/api/v4/teams/${team.id}?permanent=true`, { token: w.tokens.admin }), 401, 'api.user.delete_team.not_enabled.for_admin.app_error');
      expectAppError(await t.request('DELETE', `/api/v4/teams/${team.id}?permanent=true`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
      expect((await getTeamById(t.running.context.db, team.id))!.deleteAt).toBe(0);
    });

    it('deletes for good with EnableAPITeamDeletion on and manage_system', async () => {
      await editConfig((c) => (c.ServiceSettings.EnableAPITeamDeletion = true));
      try {
        const team = (await create(w.tokens.member, { name: uniqueName('gone'), display_name: 'Gone', type: 'O' })).body;
        expectAppError(await t.request('DELETE', `/api/v4/teams/${team.id}?permanent=true`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
        const res = await t.request('DELETE', `/api/v4/teams/${team.id}?permanent=true`, { token: w.tokens.admin });
        expect(res.body).toEqual({ status: 'OK' });
        expect(await getTeamById(t.running.context.db, team.id)).toBeUndefined();
        expect(await getChannelByName(t.running.context.db, team.id, 'town-square')).toBeUndefined();
        expectAppError(await t.request('GET', `/api/v4/teams/${team.id}`, { token: w.tokens.admin }), 404, 'app.team.get.find.app_error');
      } finally {
        await editConfig((c) => (c.ServiceSettings.EnableAPITeamDeletion = false));
      }
    });

    it('404s on an unknown team for an admin', async () => {
      expectAppError(await t.request('DELETE', `/api/v4/teams/${'z'.repeat(26)}`, { token: w.tokens.admin }), 404, 'app.team.get.find.app_error');
      expectAppError(await t.request('POST', `/api/v4/teams/${'z'.repeat(26)}/restore`, { token: w.tokens.admin }), 404, 'app.team.get.find.app_error');
    });
  });

  describe('GetAllTeams, SearchTeams, GetTeamsForUser', () => {
    it('lists open-invite teams to users, every team to admins, none to guests', async () => {
      const ids = (res: { body: { id: string }[] }) => res.body.map((x) => x.id);
      const user = await t.request('GET', '/api/v4/teams?per_page=200', { token: w.tokens.outsider });
      expect(ids(user)).toContain(w.team.id);
      expect(ids(user)).not.toContain(w.otherTeam.id);
      expect(user.body.every((x: { allow_open_invite: boolean; email: string }) => x.allow_open_invite && x.email === '')).toBe(true);
      const admin = await t.request('GET', '/api/v4/teams?per_page=200', { token: w.tokens.admin });
      expect(ids(admin)).toEqual(expect.arrayContaining([w.team.id, w.otherTeam.id]));
      expectAppError(await t.request('GET', '/api/v4/teams', { token: w.tokens.guest }), 403, 'api.team.get_all_teams.insufficient_permissions');
    });

    it('pages by display name and counts with include_total_count', async () => {
      const all = (await t.request('GET', '/api/v4/teams?per_page=200', { token: w.tokens.admin })).body;
      const names = all.map((x: { display_name: string }) => x.display_name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const page = await t.request('GET', '/api/v4/teams?page=1&per_page=2&include_total_count=true', { token: w.tokens.admin });
      expect(page.body.total_count).toBe(all.length);
      expect(page.body.teams.map((x: { id: string }) => x.id)).toEqual(all.slice(2, 4).map((x: { id: string }) => x.id));
      expectAppError(await t.request('GET', '/api/v4/teams?exclude_policy_constrained=true', { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    });

    it('searches by name or display name within what the caller may list', async () => {
      const prefix = uniqueName('srch');
      const open = (await create(w.tokens.member, { name: `${prefix}-open`, display_name: 'Findable Open', type: 'O', allow_open_invite: true })).body;
      const closed = (await create(w.tokens.member, { name: `${prefix}-closed`, display_name: 'Findable Closed', type: 'I' })).body;
      const search = (token: string | undefined, body: unknown) => t.request('POST', '/api/v4/teams/search', { token, body });
      const ids = (res: { body: { id: string }[] }) => res.body.map((x) => x.id);
      expect(ids(await search(w.tokens.outsider, { term: prefix }))).toEqual([open.id]);
      expect(ids(await search(w.tokens.admin, { term: prefix })).sort()).toEqual([open.id, closed.id].sort());
      expect(ids(await search(w.tokens.admin, { term: 'FINDABLE' }))).toEqual(expect.arrayContaining([open.id, closed.id]));
      expect((await search(w.tokens.guest, { term: prefix })).body).toEqual([]);
      const paged = await search(w.tokens.admin, { term: prefix, page: 0, per_page: 1 });
      expect(paged.body.total_count).toBe(2);
      expect(paged.body.teams).toHaveLength(1);
      expect(Array.isArray((await search(w.tokens.admin, { term: prefix, page: 0 })).body)).toBe(true);
      expectAppError(await search(w.tokens.outsider, { term: prefix, per_page: 5 }), 501, 'api.team.search_teams.pagination_not_implemented.public_team_search');
      expectAppError(await search(w.tokens.outsider, { term: prefix, exclude_policy_constrained: false }), 403, 'api.context.permissions.app_error');
      expect(ids(await search(w.tokens.admin, { term: prefix, allow_open_invite: false }))).toEqual([closed.id]);
      // LIKE wildcards in the term are literal.
      expect((await search(w.tokens.admin, { term: '%' })).body).toEqual([]);
    });

    it('reads odd paging values as Mattermost does instead of failing', async () => {
      const search = (body: unknown) => t.request('POST', '/api/v4/teams/search', { token: w.tokens.admin, body });
      const all = (await search({ term: '' })).body.length;
      expect((await search({ term: '', page: 0, per_page: -1 })).body.teams).toHaveLength(all);
      expect((await search({ term: '', page: -1, per_page: 5 })).body.teams).toEqual([]);
      expect((await search({ term: '', page: 1e300, per_page: 5 })).body.teams).toEqual([]);
      const listed = await t.request('GET', '/api/v4/teams?page=-3&per_page=-1', { token: w.tokens.admin });
      expect(listed.status).toBe(200);
      expect(listed.body.length).toBe(Math.min(all, 60));
      const huge = await t.request('GET', '/api/v4/teams?page=9007199254740991&per_page=200', { token: w.tokens.admin });
      expect(huge.body).toEqual([]);
    });

    it("lists one's own live teams, and others' only with the console permission", async () => {
      const mine = await t.request('GET', '/api/v4/users/me/teams', { token: w.tokens.outsider });
      expect(mine.body.map((x: { id: string }) => x.id)).toEqual([w.otherTeam.id]);
      expect(mine.body[0].invite_id).toBe(w.otherTeam.inviteId);
      expectAppError(await t.request('GET', `/api/v4/users/${w.users.outsider.id}/teams`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const byAdmin = await t.request('GET', `/api/v4/users/${w.users.member.id}/teams`, { token: w.tokens.admin });
      expect(byAdmin.body.map((x: { id: string }) => x.id)).toContain(w.team.id);
    });
  });
});
