import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { upsertTeamMember } from '../../../db/queries/teams';
import type { ChannelRow } from '../../../db/schema';

const ids = (body: { id: string }[]) => body.map((c) => c.id);

describe('channel lists, searches and autocomplete', () => {
  let t: TestServer;
  let w: World;
  /** A private channel only teamAdmin is in: nobody else may ever see it listed. */
  let secret: ChannelRow;
  /** A public channel nobody but teamAdmin joined. */
  let lobby: ChannelRow;
  let archivedPublic: ChannelRow;
  let archivedPrivateWithMember: ChannelRow;
  let archivedPrivateWithoutMember: ChannelRow;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    const db = t.running.context.db;
    const make = (type: 'O' | 'P', name: string, display: string, purpose = '') =>
      createTeamChannel(db, w.team.id, { type, name, display_name: display, header: '', purpose }, w.users.teamAdmin);
    secret = await make('P', 'zeta-secret-plans', 'Zeta Secret Plans', 'zeta');
    lobby = await make('O', 'zeta-lobby', 'Zeta Lobby', 'zeta');
    archivedPublic = await make('O', 'zeta-old-public', 'Zeta Old Public');
    archivedPrivateWithMember = await make('P', 'zeta-old-private', 'Zeta Old Private');
    archivedPrivateWithoutMember = await make('P', 'zeta-old-hidden', 'Zeta Old Hidden');
    await addChannelMember(db, archivedPrivateWithMember, w.users.member);
    for (const c of [archivedPublic, archivedPrivateWithMember, archivedPrivateWithoutMember]) {
      const res = await t.request('DELETE', `/api/v4/channels/${c.id}`, { token: w.tokens.teamAdmin });
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  describe('GET /channels (System Console)', () => {
    it('lists every team channel with team data for admins, with total count on request', async () => {
      const res = await t.request('GET', '/api/v4/channels?per_page=200', { token: w.tokens.admin });
      expect(res.status).toBe(200);
      const found = res.body.find((c: { id: string }) => c.id === secret.id);
      expect(found).toMatchObject({ name: secret.name, team_name: w.team.name, team_display_name: w.team.displayName });
      expect(ids(res.body)).not.toContain(archivedPublic.id);
      const withDeleted = await t.request('GET', '/api/v4/channels?per_page=200&include_deleted=true', { token: w.tokens.admin });
      expect(ids(withDeleted.body)).toContain(archivedPublic.id);
      const counted = await t.request('GET', '/api/v4/channels?include_total_count=true&per_page=1', { token: w.tokens.admin });
      expect(counted.body.channels).toHaveLength(1);
      expect(counted.body.total_count).toBe(res.body.length);
      const noDefaults = await t.request('GET', '/api/v4/channels?per_page=200&exclude_default_channels=true', { token: w.tokens.admin });
      expect(noDefaults.body.map((c: { name: string }) => c.name)).not.toContain('town-square');
      expect(noDefaults.body.map((c: { name: string }) => c.name)).not.toContain('off-topic');
    });

    it('is refused to users without the console permissions', async () => {
      for (const persona of ['member', 'teamAdmin', 'guest', 'outsider'] as const) {
        expectAppError(await t.request('GET', '/api/v4/channels', { token: w.tokens[persona] }), 403, 'api.context.permissions.app_error');
      }
    });
  });

  describe('team listings', () => {
    it('lists public channels only, to those with list_team_channels', async () => {
      const res = await t.request('GET', `/api/v4/teams/${w.team.id}/channels?per_page=200`, { token: w.tokens.member });
      expect(res.status).toBe(200);
      expect(ids(res.body)).toEqual(expect.arrayContaining([w.publicChannel.id, lobby.id]));
      expect(ids(res.body)).not.toContain(w.privateChannel.id);
      expect(ids(res.body)).not.toContain(secret.id);
      expect(ids(res.body)).not.toContain(archivedPublic.id);
      const page = await t.request('GET', `/api/v4/teams/${w.team.id}/channels?per_page=1&page=1`, { token: w.tokens.member });
      expect(page.body).toEqual([res.body[1]]);
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });

    it('lists archived channels: public ones, private ones the caller is in; all for system admins', async () => {
      const member = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/deleted`, { token: w.tokens.member });
      expect(ids(member.body)).toEqual(expect.arrayContaining([archivedPublic.id, archivedPrivateWithMember.id]));
      expect(ids(member.body)).not.toContain(archivedPrivateWithoutMember.id);
      const admin = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/deleted`, { token: w.tokens.admin });
      expect(ids(admin.body)).toContain(archivedPrivateWithoutMember.id);
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels/deleted`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });

    it('lists private channels to system admins only', async () => {
      const res = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/private`, { token: w.tokens.admin });
      expect(ids(res.body)).toEqual(expect.arrayContaining([secret.id, w.privateChannel.id]));
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels/private`, { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
    });

    it('returns the public channels among given ids', async () => {
      const path = `/api/v4/teams/${w.team.id}/channels/ids`;
      const res = await t.request('POST', path, { token: w.tokens.member, body: [lobby.id, secret.id, w.publicChannel.id] });
      expect(res.status).toBe(200);
      expect(ids(res.body).sort()).toEqual([lobby.id, w.publicChannel.id].sort());
      expectAppError(await t.request('POST', path, { token: w.tokens.member, body: [secret.id] }), 404, 'app.channel.get_channels_by_ids.not_found.app_error');
      expectAppError(await t.request('POST', path, { token: w.tokens.member, body: [] }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', path, { token: w.tokens.member, body: ['nope'] }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('POST', path, { token: w.tokens.outsider, body: [lobby.id] }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('POST', path, { token: w.tokens.guest, body: [lobby.id] }), 403, 'api.context.permissions.app_error');
      expect((await t.request('POST', path, { token: w.tokens.guest, body: [w.publicChannel.id] })).status).toBe(200);
    });
  });

  describe('searches', () => {
    it('searches public channels of the team (archived included), never private ones', async () => {
      const res = await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search`, { token: w.tokens.member, body: { term: 'zeta' } });
      expect(res.status).toBe(200);
      expect(ids(res.body).sort()).toEqual([lobby.id, archivedPublic.id].sort());
      const byWords = await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search`, { token: w.tokens.member, body: { term: 'lob zet' } });
      expect(ids(byWords.body)).toEqual([lobby.id]);
      const admin = await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search`, { token: w.tokens.admin, body: { term: 'secret' } });
      expect(admin.body).toEqual([]);
    });

    it('gives guests only the public channels they belong to, and non-members a 404', async () => {
      const guest = await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search`, { token: w.tokens.guest, body: { term: '' } });
      expect(ids(guest.body)).toEqual([w.publicChannel.id]);
      expectAppError(await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search`, { token: w.tokens.outsider, body: { term: 'zeta' } }), 404, 'app.team.get_member.missing.app_error');
    });

    it('searches archived channels: public ones and private ones the caller is in', async () => {
      const res = await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search_archived`, { token: w.tokens.member, body: { term: 'zeta old' } });
      expect(res.status).toBe(200);
      expect(ids(res.body)).toEqual([archivedPublic.id, archivedPrivateWithMember.id]);
      const teamAdmin = await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search_archived`, { token: w.tokens.teamAdmin, body: { term: 'hidden' } });
      expect(ids(teamAdmin.body)).toEqual([archivedPrivateWithoutMember.id]);
      expectAppError(await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search_archived`, { token: w.tokens.outsider, body: { term: 'zeta' } }), 404, 'app.team.get_member.missing.app_error');
    });

    it('searches all channels for the System Console, paginated on request', async () => {
      const all = await t.request('POST', '/api/v4/channels/search', { token: w.tokens.admin, body: { term: 'zeta' } });
      expect(all.status).toBe(200);
      expect(ids(all.body).sort()).toEqual([lobby.id, secret.id].sort());
      expect(all.body[0]).toHaveProperty('team_name', w.team.name);
      const paged = await t.request('POST', '/api/v4/channels/search', { token: w.tokens.admin, body: { term: 'zeta', page: 0, per_page: 1, include_deleted: true } });
      expect(paged.body.total_count).toBe(5);
      expect(paged.body.channels).toHaveLength(1);
      const privateOnly = await t.request('POST', '/api/v4/channels/search', { token: w.tokens.admin, body: { term: 'zeta', private: true } });
      expect(ids(privateOnly.body)).toEqual([secret.id]);
      const deletedOnly = await t.request('POST', '/api/v4/channels/search', { token: w.tokens.admin, body: { term: '', deleted: true } });
      expect(ids(deletedOnly.body).sort()).toEqual([archivedPublic.id, archivedPrivateWithMember.id, archivedPrivateWithoutMember.id].sort());
      expectAppError(await t.request('POST', '/api/v4/channels/search', { token: w.tokens.teamAdmin, body: { term: 'zeta' } }), 403, 'api.context.permissions.app_error');
    });

    it('with system_console=false searches like autocomplete, for the caller', async () => {
      const inTeam = await t.request('POST', '/api/v4/channels/search?system_console=false', { token: w.tokens.member, body: { term: 'zeta', team_ids: [w.team.id] } });
      expect(inTeam.status).toBe(200);
      expect(ids(inTeam.body)).toContain(lobby.id);
      expect(ids(inTeam.body)).toContain(archivedPrivateWithMember.id);
      expect(ids(inTeam.body)).not.toContain(secret.id);
      const everywhere = await t.request('POST', '/api/v4/channels/search?system_console=false', { token: w.tokens.member, body: { term: 'zeta' } });
      expect(ids(everywhere.body)).not.toContain(secret.id);
      expect(everywhere.body.find((c: { id: string }) => c.id === lobby.id)).toHaveProperty('team_name', w.team.name);
      const outsider = await t.request('POST', '/api/v4/channels/search?system_console=false', { token: w.tokens.outsider, body: { term: 'zeta' } });
      expect(outsider.body).toEqual([]);
      expectAppError(
        await t.request('POST', '/api/v4/channels/search?system_console=false', { token: w.tokens.outsider, body: { term: 'zeta', team_ids: [w.team.id] } }),
        403,
        'api.context.permissions.app_error',
      );
    });
  });

  describe('autocomplete', () => {
    it('suggests public channels and private ones the caller is in; guests only their own', async () => {
      const member = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/autocomplete?name=zeta`, { token: w.tokens.member });
      expect(member.status).toBe(200);
      expect(ids(member.body)).toEqual(expect.arrayContaining([lobby.id, archivedPublic.id, archivedPrivateWithMember.id]));
      expect(ids(member.body)).not.toContain(secret.id);
      expect(ids(member.body)).not.toContain(archivedPrivateWithoutMember.id);
      const teamAdmin = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/autocomplete?name=zeta`, { token: w.tokens.teamAdmin });
      expect(ids(teamAdmin.body)).toContain(secret.id);
      const all = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/autocomplete?name=`, { token: w.tokens.member });
      expect(ids(all.body)).toContain(w.privateChannel.id);
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels/autocomplete?name=zeta`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels/autocomplete?name=zeta`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });

    it('orders display-name matches first', async () => {
      const res = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/autocomplete?name=lobby`, { token: w.tokens.member });
      expect(res.body[0].id).toBe(lobby.id);
    });

    it('suggests for search only channels the caller belongs to (group channels included)', async () => {
      const gm = await t.request('POST', '/api/v4/channels/group', { token: w.tokens.member, body: [w.users.teamAdmin.id, w.users.guest.id] });
      const member = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/search_autocomplete?name=`, { token: w.tokens.member });
      expect(member.status).toBe(200);
      expect(ids(member.body)).toEqual(expect.arrayContaining([w.publicChannel.id, w.privateChannel.id, archivedPrivateWithMember.id, gm.body.id]));
      expect(ids(member.body)).not.toContain(secret.id);
      expect(ids(member.body)).not.toContain(lobby.id);
      const outsider = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/search_autocomplete?name=zeta`, { token: w.tokens.outsider });
      expect(outsider.body).toEqual([]);
    });
  });

  describe("a user's channels", () => {
    it('lists the user\'s channels of the team plus direct and group ones', async () => {
      const dm = await t.request('POST', '/api/v4/channels/direct', { token: w.tokens.member, body: [w.users.member.id, w.users.outsider.id] });
      const res = await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/channels`, { token: w.tokens.member });
      expect(res.status).toBe(200);
      expect(ids(res.body)).toEqual(expect.arrayContaining([w.publicChannel.id, w.privateChannel.id, dm.body.id]));
      expect(ids(res.body)).not.toContain(secret.id);
      expect(ids(res.body)).not.toContain(archivedPrivateWithMember.id);
      const withDeleted = await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/channels?include_deleted=true`, { token: w.tokens.member });
      expect(ids(withDeleted.body)).toContain(archivedPrivateWithMember.id);
      const since = await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/channels?include_deleted=true&last_delete_at=${Date.now() + 60_000}`, { token: w.tokens.member });
      expect(ids(since.body)).not.toContain(archivedPrivateWithMember.id);
      expectAppError(await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/channels?last_delete_at=-1`, { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    });

    it('is for oneself, or for admins', async () => {
      const path = `/api/v4/users/${w.users.member.id}/teams/${w.team.id}/channels`;
      expectAppError(await t.request('GET', path, { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
      expect((await t.request('GET', path, { token: w.tokens.admin })).status).toBe(200);
      expectAppError(await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/channels`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });

    it('answers 404 when the user has no channel in the team (as Mattermost)', async () => {
      const lonely = await createUser(t, uniqueUser('lonely'), w.tokens.admin);
      await upsertTeamMember(t.running.context.db, { teamId: w.team.id, userId: lonely.id, schemeUser: true, createAt: Date.now() });
      const token = await login(t, lonely.username, lonely.password);
      expectAppError(await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/channels`, { token }), 404, 'app.channel.get_channels.not_found.app_error');
      const everywhere = await t.request('GET', '/api/v4/users/me/channels', { token });
      expect(everywhere.status).toBe(200);
      expect(everywhere.body).toEqual([]);
    });

    it('lists all the user\'s channels across teams by id', async () => {
      const res = await t.request('GET', '/api/v4/users/me/channels', { token: w.tokens.teamAdmin });
      expect(res.status).toBe(200);
      const list = ids(res.body);
      expect(list).toEqual([...list].sort());
      expect(list).toEqual(expect.arrayContaining([secret.id, lobby.id, w.privateChannel.id]));
      expect(list).not.toContain(archivedPublic.id);
      const withDeleted = await t.request('GET', '/api/v4/users/me/channels?include_deleted=true', { token: w.tokens.teamAdmin });
      expect(ids(withDeleted.body)).toContain(archivedPublic.id);
      expectAppError(await t.request('GET', `/api/v4/users/${w.users.teamAdmin.id}/channels`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    });
  });

  describe('a private channel never shows to those outside it', () => {
    it('is absent from every list, search, autocomplete and by-name answer', async () => {
      for (const persona of ['member', 'guest', 'outsider'] as const) {
        const token = w.tokens[persona];
        const answers = [
          await t.request('GET', `/api/v4/teams/${w.team.id}/channels?per_page=200`, { token }),
          await t.request('GET', `/api/v4/teams/${w.team.id}/channels/deleted`, { token }),
          await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search`, { token, body: { term: 'secret' } }),
          await t.request('POST', `/api/v4/teams/${w.team.id}/channels/search_archived`, { token, body: { term: 'secret' } }),
          await t.request('GET', `/api/v4/teams/${w.team.id}/channels/autocomplete?name=secret`, { token }),
          await t.request('GET', `/api/v4/teams/${w.team.id}/channels/search_autocomplete?name=secret`, { token }),
          await t.request('POST', '/api/v4/channels/search?system_console=false', { token, body: { term: 'secret' } }),
          await t.request('POST', '/api/v4/channels/search?system_console=false', { token, body: { term: 'secret', team_ids: [w.team.id] } }),
          await t.request('POST', `/api/v4/teams/${w.team.id}/channels/ids`, { token, body: [secret.id] }),
          await t.request('GET', '/api/v4/users/me/channels', { token }),
          await t.request('GET', `/api/v4/users/me/teams/${w.team.id}/channels`, { token }),
          await t.request('GET', '/api/v4/channels', { token }),
          await t.request('POST', '/api/v4/channels/search', { token, body: { term: 'secret' } }),
        ];
        for (const res of answers) {
          expect(JSON.stringify(res.body), persona).not.toContain(secret.id);
          expect(JSON.stringify(res.body), persona).not.toContain('Zeta Secret');
        }
        const byName = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/name/${secret.name}`, { token });
        expectAppError(byName, 404, 'app.channel.get_by_name.missing.app_error');
        const byTeamName = await t.request('GET', `/api/v4/teams/name/${w.team.name}/channels/name/${secret.name}`, { token });
        expectAppError(byTeamName, 404, 'app.channel.get_by_name.missing.app_error');
        expectAppError(await t.request('GET', `/api/v4/channels/${secret.id}`, { token }), 403, 'api.context.permissions.app_error');
      }
    });
  });
});
