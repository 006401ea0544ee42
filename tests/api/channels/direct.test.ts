import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { getChannelMember } from '../../../db/queries/channels';

describe('direct and group channels', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const direct = (token: string | undefined, ids: unknown) => t.request('POST', '/api/v4/channels/direct', { token, body: ids });
  const group = (token: string | undefined, ids: unknown) => t.request('POST', '/api/v4/channels/group', { token, body: ids });
  const sorted = (a: string, b: string) => (a < b ? `${a}__${b}` : `${b}__${a}`);

  async function extraUser(prefix: string) {
    const user = await createUser(t, uniqueUser(prefix), w.tokens.admin);
    return { ...user, token: await login(t, user.username, user.password) };
  }

  describe('POST /channels/direct', () => {
    it('creates the direct channel once: the same id for both orders, name <smaller>__<larger>, no team', async () => {
      const a = w.users.member.id;
      const b = w.users.teamAdmin.id;
      const first = await direct(w.tokens.member, [a, b]);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ type: 'D', team_id: '', name: sorted(a, b), display_name: '', creator_id: a, delete_at: 0 });
      const again = await direct(w.tokens.member, [a, b]);
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      const reversed = await direct(w.tokens.teamAdmin, [b, a]);
      expect(reversed.body.id).toBe(first.body.id);
      const db = t.running.context.db;
      expect(await getChannelMember(db, first.body.id, a)).toMatchObject({ schemeUser: true, schemeAdmin: false });
      expect(await getChannelMember(db, first.body.id, b)).toBeDefined();
    });

    it('creates the channel with oneself from [me] or [me, me], with one member', async () => {
      const me = w.users.member.id;
      const one = await direct(w.tokens.member, [me]);
      expect(one.status).toBe(201);
      expect(one.body.name).toBe(`${me}__${me}`);
      const two = await direct(w.tokens.member, [me, me]);
      expect(two.body.id).toBe(one.body.id);
      const members = await t.request('POST', '/api/v4/channels/stats/member_count', { token: w.tokens.member, body: [one.body.id] });
      expect(members.body[one.body.id]).toBe(1);
    });

    it('lets only system admins create a direct channel between two other users', async () => {
      const pair = [w.users.teamAdmin.id, w.users.outsider.id];
      expectAppError(await direct(w.tokens.member, pair), 403, 'api.context.permissions.app_error');
      const res = await direct(w.tokens.admin, pair);
      expect(res.status).toBe(201);
      expect(res.body.name).toBe(sorted(pair[0], pair[1]));
    });

    it('validates ids as Mattermost does', async () => {
      const me = w.users.member.id;
      expectAppError(await direct(w.tokens.member, [me, 'x'.repeat(26)]), 400, 'api.channel.create_direct_channel.invalid_user.app_error');
      expectAppError(await direct(w.tokens.member, [me, 'bad']), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await direct(w.tokens.member, [me, w.users.admin.id, w.users.guest.id]), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await direct(w.tokens.member, [w.users.admin.id]), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await direct(undefined, [me, w.users.admin.id]), 401, 'api.context.session_expired.app_error');
    });

    it('lets guests message only users they can see (sharing a channel)', async () => {
      expectAppError(await direct(w.tokens.guest, [w.users.guest.id, w.users.outsider.id]), 403, 'api.context.permissions.app_error');
      const res = await direct(w.tokens.guest, [w.users.guest.id, w.users.member.id]);
      expect(res.status).toBe(201);
    });

    it('honours TeamSettings.RestrictDirectMessage=team for new channels', async () => {
      const stranger = await extraUser('stranger');
      const patch = (v: string) => t.request('PUT', '/api/v4/config/patch', { token: w.tokens.admin, body: { TeamSettings: { RestrictDirectMessage: v } } });
      expect((await patch('team')).status).toBe(200);
      try {
        expectAppError(await direct(w.tokens.member, [w.users.member.id, stranger.id]), 403, 'api.channel.create_channel.direct_channel.team_restricted_error');
        expect((await direct(w.tokens.member, [w.users.member.id, w.users.teamAdmin.id])).status).toBe(201);
      } finally {
        await patch('any');
      }
      expect((await direct(w.tokens.member, [w.users.member.id, stranger.id])).status).toBe(201);
    });
  });

  describe('POST /channels/group', () => {
    it('creates the group channel once for the same people, adding the caller, sha1 name, sorted usernames', async () => {
      const ids = [w.users.member.id, w.users.teamAdmin.id, w.users.guest.id];
      const first = await group(w.tokens.member, ids);
      expect(first.status).toBe(201);
      const expectedName = createHash('sha1').update([...ids].sort().join('')).digest('hex');
      const usernames = [w.users.member.username, w.users.teamAdmin.username, w.users.guest.username].sort().join(', ');
      expect(first.body).toMatchObject({ type: 'G', team_id: '', name: expectedName, display_name: usernames.slice(0, 64) });
      const again = await group(w.tokens.member, [...ids].reverse());
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      const withoutSelf = await group(w.tokens.member, [w.users.teamAdmin.id, w.users.guest.id]);
      expect(withoutSelf.body.id).toBe(first.body.id);
      const counts = await t.request('POST', '/api/v4/channels/stats/member_count', { token: w.tokens.member, body: [first.body.id] });
      expect(counts.body[first.body.id]).toBe(3);
    });

    it('needs 3 to 8 existing users', async () => {
      expectAppError(await group(w.tokens.member, [w.users.teamAdmin.id]), 400, 'api.channel.create_group.bad_size.app_error');
      const nine = Array.from({ length: 8 }, (_, i) => `${'u'.repeat(25)}${i}`);
      expectAppError(await group(w.tokens.member, nine), 400, 'api.channel.create_group.bad_size.app_error');
      expectAppError(await group(w.tokens.member, [w.users.teamAdmin.id, 'y'.repeat(26)]), 400, 'api.channel.create_group.bad_user.app_error');
      expectAppError(await group(w.tokens.member, []), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await group(w.tokens.member, ['bad', w.users.teamAdmin.id]), 400, 'api.context.invalid_body_param.app_error');
    });

    it('refuses guests users they cannot see', async () => {
      expectAppError(await group(w.tokens.guest, [w.users.member.id, w.users.outsider.id]), 403, 'api.context.permissions.app_error');
    });

    it('finds group channels by member usernames, only the caller\'s own', async () => {
      const created = await group(w.tokens.member, [w.users.teamAdmin.id, w.users.outsider.id]);
      const term = w.users.outsider.username.slice(0, 8);
      const mine = await t.request('POST', '/api/v4/channels/group/search', { token: w.tokens.member, body: { term } });
      expect(mine.status).toBe(200);
      expect(mine.body.map((c: { id: string }) => c.id)).toContain(created.body.id);
      const theirs = await t.request('POST', '/api/v4/channels/group/search', { token: w.tokens.guest, body: { term } });
      expect(theirs.body.map((c: { id: string }) => c.id)).not.toContain(created.body.id);
      const empty = await t.request('POST', '/api/v4/channels/group/search', { token: w.tokens.member, body: { term: '' } });
      expect(empty.body).toEqual([]);
    });
  });

  describe('direct and group channels are invisible to others', () => {
    it('hides a direct channel from users outside it', async () => {
      const dm = (await direct(w.tokens.member, [w.users.member.id, w.users.teamAdmin.id])).body;
      expectAppError(await t.request('GET', `/api/v4/channels/${dm.id}`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels/name/${dm.name}`, { token: w.tokens.guest }), 404, 'app.channel.get_by_name.missing.app_error');
      expectAppError(await t.request('GET', `/api/v4/teams/${w.otherTeam.id}/channels/name/${dm.name}`, { token: w.tokens.outsider }), 404, 'app.channel.get_by_name.missing.app_error');
      expect((await t.request('GET', `/api/v4/teams/${w.team.id}/channels/name/${dm.name}`, { token: w.tokens.member })).body.id).toBe(dm.id);
      const search = await t.request('GET', `/api/v4/teams/${w.otherTeam.id}/channels/search_autocomplete?name=`, { token: w.tokens.outsider });
      expect(search.body.map((c: { id: string }) => c.id)).not.toContain(dm.id);
      const own = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/search_autocomplete?name=${w.users.teamAdmin.username}`, { token: w.tokens.member });
      const found = own.body.find((c: { id: string }) => c.id === dm.id);
      expect(found.display_name).toBe(w.users.teamAdmin.username);
      expectAppError(await t.request('GET', `/api/v4/users/${w.users.member.id}/channels`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
      const outsiders = await t.request('GET', '/api/v4/users/me/channels', { token: w.tokens.outsider });
      expect(outsiders.body.map((c: { id: string }) => c.id)).not.toContain(dm.id);
      const members = await t.request('GET', '/api/v4/users/me/channels', { token: w.tokens.member });
      expect(members.body.map((c: { id: string }) => c.id)).toContain(dm.id);
    });
  });

  describe('changing direct and group channels', () => {
    it('lets members change the header only; refuses rename, archive and move', async () => {
      const dm = (await direct(w.tokens.member, [w.users.member.id, w.users.teamAdmin.id])).body;
      const patched = await t.request('PUT', `/api/v4/channels/${dm.id}/patch`, { token: w.tokens.member, body: { header: 'our header' } });
      expect(patched.status).toBe(200);
      expect(patched.body.header).toBe('our header');
      expectAppError(
        await t.request('PUT', `/api/v4/channels/${dm.id}/patch`, { token: w.tokens.member, body: { display_name: 'Nope' } }),
        400,
        'api.channel.patch_update_channel.update_direct_or_group_messages_not_allowed.app_error',
      );
      expectAppError(
        await t.request('PUT', `/api/v4/channels/${dm.id}`, { token: w.tokens.member, body: { id: dm.id, header: 'x', purpose: 'y' } }),
        400,
        'api.channel.update_channel.update_direct_or_group_messages_not_allowed.app_error',
      );
      expectAppError(await t.request('PUT', `/api/v4/channels/${dm.id}/patch`, { token: w.tokens.outsider, body: { header: 'x' } }), 403, 'api.channel.patch_update_channel.forbidden.app_error');
      expectAppError(await t.request('DELETE', `/api/v4/channels/${dm.id}`, { token: w.tokens.member }), 400, 'api.channel.delete_channel.type.invalid');
      expectAppError(
        await t.request('POST', `/api/v4/channels/${dm.id}/move`, { token: w.tokens.admin, body: { team_id: w.team.id, force: true } }),
        403,
        'api.channel.move_channel.type.invalid',
      );
    });

    it('lists the teams common to a group\'s members and converts it to a private channel', async () => {
      const extra = await extraUser('gm');
      const server = t.running.context;
      const { joinTeam } = await import('../../../app/teams/membership');
      const { getUserById } = await import('../../../db/queries/users');
      await joinTeam(server, server.db, w.team, (await getUserById(server.db, extra.id))!);
      const gm = (await group(w.tokens.member, [w.users.teamAdmin.id, extra.id])).body;

      const common = await t.request('GET', `/api/v4/channels/${gm.id}/common_teams`, { token: w.tokens.member });
      expect(common.status).toBe(200);
      expect(common.body.map((team: { id: string }) => team.id)).toEqual([w.team.id]);
      expect(common.body[0].invite_id).toBe(w.team.inviteId);
      expectAppError(await t.request('GET', `/api/v4/channels/${gm.id}/common_teams`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
      expectAppError(
        await t.request('GET', `/api/v4/channels/${gm.id}/common_teams`, { token: w.tokens.guest }),
        403,
        'api.channel.gm_to_channel_conversion.not_allowed_for_user.request_error',
      );
      expectAppError(
        await t.request('GET', `/api/v4/channels/${w.publicChannel.id}/common_teams`, { token: w.tokens.member }),
        400,
        'app.channel.get_common_teams.incorrect_channel_type',
      );

      const convert = (token: string | undefined, body: Record<string, unknown>) =>
        t.request('POST', `/api/v4/channels/${gm.id}/convert_to_channel`, { token, body: { channel_id: gm.id, ...body } });
      expectAppError(await convert(w.tokens.outsider, { team_id: w.otherTeam.id, name: 'converted', display_name: 'Converted' }), 400, 'app.channel.group_message_conversion.incorrect_team');
      expectAppError(await convert(w.tokens.member, { channel_id: w.publicChannel.id, team_id: w.team.id, name: 'x', display_name: 'x' }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await convert(w.tokens.admin, { team_id: w.team.id, name: 'converted', display_name: 'Converted' }), 404, 'app.channel.get_member.missing.app_error');
      expectAppError(await convert(w.tokens.member, { team_id: w.team.id, name: 'Not Valid', display_name: 'Converted' }), 400, 'model.channel.is_valid.1_or_more.app_error');
      const res = await convert(w.tokens.member, { team_id: w.team.id, name: 'converted-gm', display_name: 'Converted' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: gm.id, type: 'P', team_id: w.team.id, name: 'converted-gm', display_name: 'Converted' });
      expect(await getChannelMember(server.db, gm.id, w.users.member.id)).toMatchObject({ schemeAdmin: true });
      expect(await getChannelMember(server.db, gm.id, extra.id)).toMatchObject({ schemeAdmin: false });
    });
  });
});
