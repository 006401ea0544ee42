import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { getChannelById, getChannelByName, getChannelMember } from '../../../db/queries/channels';
import { updateUserFields } from '../../../db/queries/users';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { joinTeam } from '../../../app/teams/membership';
import { fileInfo, posts } from '../../../db/schema';
import { newId } from '../../../server/ids';
import { eq } from 'drizzle-orm';

describe('channels: create, read, update, archive', () => {
  let t: TestServer;
  let w: World;
  let seq = 0;
  const uniq = (p: string) => `${p}-${Date.now().toString(36)}-${++seq}`;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const create = (token: string | undefined, body: Record<string, unknown>) => t.request('POST', '/api/v4/channels', { token, body });

  /** A fresh channel of the team made through the app layer, teamAdmin its admin, member in it. */
  async function channel(type: 'O' | 'P', extra: { header?: string; purpose?: string } = {}) {
    const server = t.running.context;
    const row = await createTeamChannel(
      server.db,
      w.team.id,
      { type, name: uniq(type === 'O' ? 'pub' : 'priv'), display_name: 'Fixture', header: extra.header ?? '', purpose: extra.purpose ?? '' },
      w.users.teamAdmin,
    );
    await addChannelMember(server.db, row, w.users.member);
    return row;
  }

  describe('POST /channels', () => {
    it('creates a public channel: 201, the creator joins as channel admin', async () => {
      const name = uniq('created');
      const res = await create(w.tokens.member, { team_id: w.team.id, name, display_name: '  Created  ', type: 'O', purpose: 'p', header: 'h' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ team_id: w.team.id, name, display_name: 'Created', type: 'O', purpose: 'p', header: 'h', creator_id: w.users.member.id, delete_at: 0 });
      expect(res.body.id).toMatch(/^[a-z0-9]{26}$/);
      const member = await getChannelMember(t.running.context.db, res.body.id, w.users.member.id);
      expect(member).toMatchObject({ schemeAdmin: true, schemeUser: true });
    });

    it('creates a private channel', async () => {
      const res = await create(w.tokens.member, { team_id: w.team.id, name: uniq('secret'), display_name: 'Secret', type: 'P' });
      expect(res.status).toBe(201);
      expect(res.body.type).toBe('P');
    });

    it('refuses a name taken in the team', async () => {
      const res = await create(w.tokens.member, { team_id: w.team.id, name: w.publicChannel.name, display_name: 'Again', type: 'O' });
      expectAppError(res, 400, 'store.sql_channel.save_channel.exists.app_error');
    });

    it('validates as Mattermost does', async () => {
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: 'Bad Name', display_name: 'x', type: 'O' }), 400, 'model.channel.is_valid.1_or_more.app_error');
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: uniq('n'), display_name: '', type: 'O' }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await create(w.tokens.member, { team_id: '', name: uniq('n'), display_name: 'x', type: 'O' }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: uniq('n'), display_name: 'x'.repeat(65), type: 'O' }), 400, 'model.channel.is_valid.display_name.app_error');
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: uniq('n'), display_name: 'x', type: 'X' }), 400, 'model.channel.is_valid.type.app_error');
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: uniq('n'), display_name: 'x' }), 400, 'model.channel.is_valid.type.app_error');
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, display_name: 'x', type: 'O' }), 400, 'model.channel.is_valid.1_or_more.app_error');
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: uniq('n'), display_name: 'x', type: 'D' }), 400, 'api.channel.create_channel.direct_channel.app_error');
      const dmLike = `${w.users.member.id}__${w.users.admin.id}`;
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: dmLike, display_name: 'x', type: 'O' }), 400, 'model.channel.is_valid.name.app_error');
      expectAppError(await create(w.tokens.member, { team_id: w.team.id, name: 'a'.repeat(40).replace(/a/g, 'f'), display_name: 'x', type: 'O' }), 400, 'model.channel.is_valid.name.app_error');
    });

    it('needs create_public_channel / create_private_channel in the team', async () => {
      expectAppError(await create(w.tokens.outsider, { team_id: w.team.id, name: uniq('o'), display_name: 'x', type: 'O' }), 403, 'api.context.permissions.app_error');
      expectAppError(await create(w.tokens.guest, { team_id: w.team.id, name: uniq('g'), display_name: 'x', type: 'P' }), 403, 'api.context.permissions.app_error');
      expectAppError(await create(undefined, { team_id: w.team.id, name: uniq('a'), display_name: 'x', type: 'O' }), 401, 'api.context.session_expired.app_error');
    });

    it('answers 404 for a team without channels (an unknown team) to a system admin', async () => {
      const res = await create(w.tokens.admin, { team_id: 'x'.repeat(26), name: uniq('n'), display_name: 'x', type: 'O' });
      expectAppError(res, 404, 'app.channel.get_channels.not_found.app_error');
    });

    it('enforces TeamSettings.MaxChannelsPerTeam', async () => {
      const patch = (n: number) => t.request('PUT', '/api/v4/config/patch', { token: w.tokens.admin, body: { TeamSettings: { MaxChannelsPerTeam: n } } });
      expect((await patch(1)).status).toBe(200);
      const res = await create(w.tokens.member, { team_id: w.team.id, name: uniq('max'), display_name: 'x', type: 'O' });
      expectAppError(res, 400, 'api.channel.create_channel.max_channel_limit.app_error');
      expect((await patch(2000)).status).toBe(200);
    });
  });

  describe('GET /channels/{channel_id}', () => {
    it('lets team members read public channels they are not in, and members read private ones', async () => {
      const pub = await channel('O');
      const priv = await channel('P');
      const outsiderPublic = await t.request('GET', `/api/v4/channels/${pub.id}`, { token: w.tokens.outsider });
      expectAppError(outsiderPublic, 403, 'api.context.permissions.app_error');
      const guestPublic = await t.request('GET', `/api/v4/channels/${pub.id}`, { token: w.tokens.guest });
      expectAppError(guestPublic, 403, 'api.context.permissions.app_error');
      const res = await t.request('GET', `/api/v4/channels/${w.publicChannel.id}`, { token: w.tokens.guest });
      expect(res.status).toBe(200);
      expect((await t.request('GET', `/api/v4/channels/${priv.id}`, { token: w.tokens.member })).status).toBe(200);
      expectAppError(await t.request('GET', `/api/v4/channels/${priv.id}`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `/api/v4/channels/${priv.id}`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
      expect((await t.request('GET', `/api/v4/channels/${priv.id}`, { token: w.tokens.admin })).status).toBe(200);
    });

    it('answers 404 for an unknown channel and 400 for a malformed id', async () => {
      expectAppError(await t.request('GET', `/api/v4/channels/${'q'.repeat(26)}`, { token: w.tokens.member }), 404, 'app.channel.get.existing.app_error');
      expectAppError(await t.request('GET', '/api/v4/channels/nope', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    });

    it('resolves ~channel mentions of public channels in the header into props', async () => {
      const target = await channel('O');
      const hidden = await channel('P');
      const pub = await channel('O', { header: `see ~${target.name} and ~${hidden.name} and ~nothing-here` });
      const res = await t.request('GET', `/api/v4/channels/${pub.id}`, { token: w.tokens.member });
      expect(res.body.props).toEqual({ channel_mentions: { [target.name]: { display_name: 'Fixture' } } });
    });
  });

  describe('GET by name', () => {
    it('finds public channels by name, hides private ones as 404 from those outside them', async () => {
      const priv = await channel('P');
      const byName = (token: string | undefined, name: string, q = '') => t.request('GET', `/api/v4/teams/${w.team.id}/channels/name/${name}${q}`, { token });
      expect((await byName(w.tokens.member, w.publicChannel.name)).body.id).toBe(w.publicChannel.id);
      expectAppError(await byName(w.tokens.outsider, w.publicChannel.name), 403, 'api.context.permissions.app_error');
      expect((await byName(w.tokens.member, priv.name)).body.id).toBe(priv.id);
      expectAppError(await byName(w.tokens.guest, priv.name), 404, 'app.channel.get_by_name.missing.app_error');
      expectAppError(await byName(w.tokens.outsider, priv.name), 404, 'app.channel.get_by_name.missing.app_error');
      expect((await byName(w.tokens.teamAdmin, priv.name)).status).toBe(200);
      expectAppError(await byName(w.tokens.member, 'no-such-channel'), 404, 'app.channel.get_by_name.missing.app_error');
      expectAppError(await byName(w.tokens.member, 'Bad Name!'), 400, 'api.context.invalid_url_param.app_error');
    });

    it('finds archived channels only with include_deleted=true', async () => {
      const pub = await channel('O');
      expect((await t.request('DELETE', `/api/v4/channels/${pub.id}`, { token: w.tokens.teamAdmin })).status).toBe(200);
      const path = `/api/v4/teams/${w.team.id}/channels/name/${pub.name}`;
      expectAppError(await t.request('GET', path, { token: w.tokens.member }), 404, 'app.channel.get_by_name.missing.app_error');
      const res = await t.request('GET', `${path}?include_deleted=true`, { token: w.tokens.member });
      expect(res.status).toBe(200);
      expect(res.body.delete_at).toBeGreaterThan(0);
    });

    it('finds channels by team name and channel name', async () => {
      const priv = await channel('P');
      const res = await t.request('GET', `/api/v4/teams/name/${w.team.name}/channels/name/${w.publicChannel.name}`, { token: w.tokens.member });
      expect(res.body.id).toBe(w.publicChannel.id);
      expectAppError(await t.request('GET', `/api/v4/teams/name/${w.team.name}/channels/name/${priv.name}`, { token: w.tokens.outsider }), 404, 'app.channel.get_by_name.missing.app_error');
      expectAppError(await t.request('GET', `/api/v4/teams/name/no-such-team/channels/name/x`, { token: w.tokens.member }), 404, 'app.team.get_by_name.missing.app_error');
    });
  });

  describe('PUT /channels/{id} and /patch', () => {
    it('updates: header and purpose are replaced, name and display name kept when empty', async () => {
      const pub = await channel('O', { header: 'old header', purpose: 'old purpose' });
      const res = await t.request('PUT', `/api/v4/channels/${pub.id}`, { token: w.tokens.member, body: { id: pub.id, header: 'new header' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ header: 'new header', purpose: '', name: pub.name, display_name: pub.displayName });
      expect(res.body.update_at).toBeGreaterThanOrEqual(pub.updateAt);
    });

    it('refuses id mismatch, type change, town-square rename, archived channels, taken names', async () => {
      const pub = await channel('O');
      const other = await channel('O');
      expectAppError(await t.request('PUT', `/api/v4/channels/${pub.id}`, { token: w.tokens.member, body: { id: other.id } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${pub.id}`, { token: w.tokens.member, body: { id: pub.id, type: 'P' } }), 400, 'api.channel.update_channel.typechange.app_error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${pub.id}`, { token: w.tokens.member, body: { id: pub.id, name: other.name } }), 400, 'store.sql_channel.save_channel.exists.app_error');
      const town = (await getChannelByName(t.running.context.db, w.team.id, 'town-square'))!;
      expectAppError(
        await t.request('PUT', `/api/v4/channels/${town.id}`, { token: w.tokens.admin, body: { id: town.id, name: 'renamed-square' } }),
        400,
        'api.channel.update_channel.tried.app_error',
      );
      await t.request('DELETE', `/api/v4/channels/${other.id}`, { token: w.tokens.teamAdmin });
      expectAppError(await t.request('PUT', `/api/v4/channels/${other.id}`, { token: w.tokens.teamAdmin, body: { id: other.id } }), 400, 'api.channel.update_channel.deleted.app_error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${pub.id}`, { token: w.tokens.outsider, body: { id: pub.id } }), 403, 'api.context.permissions.app_error');
    });

    it('patches only the given fields and trims the display name', async () => {
      const priv = await channel('P', { header: 'keep', purpose: 'keep too' });
      const res = await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.member, body: { display_name: '  Renamed  ' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ display_name: 'Renamed', header: 'keep', purpose: 'keep too', name: priv.name });
      expectAppError(await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.member, body: {} }), 400, 'api.channel.patch_update_channel.no_changes.app_error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.guest, body: { header: 'x' } }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.member, body: { autotranslation: true } }), 403, 'api.channel.patch_update_channel.feature_not_available.app_error');
      const banner = { banner_info: { enabled: true, text: 'x', background_color: '#fff' } };
      expectAppError(await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.member, body: banner }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.teamAdmin, body: banner }), 403, 'license_error.feature_unavailable.specific');
      expectAppError(await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.member, body: { name: 'Not Valid' } }), 400, 'model.channel.is_valid.1_or_more.app_error');
      await t.request('DELETE', `/api/v4/channels/${priv.id}`, { token: w.tokens.teamAdmin });
      expectAppError(await t.request('PUT', `/api/v4/channels/${priv.id}/patch`, { token: w.tokens.teamAdmin, body: { header: 'x' } }), 400, 'app.channel.update.bad_id');
    });
  });

  describe('PUT /channels/{id}/privacy', () => {
    it('converts public to private and back with the convert permissions (team admins)', async () => {
      const pub = await channel('O');
      expectAppError(await t.request('PUT', `/api/v4/channels/${pub.id}/privacy`, { token: w.tokens.member, body: { privacy: 'P' } }), 403, 'api.context.permissions.app_error');
      const toPrivate = await t.request('PUT', `/api/v4/channels/${pub.id}/privacy`, { token: w.tokens.teamAdmin, body: { privacy: 'P' } });
      expect(toPrivate.status).toBe(200);
      expect(toPrivate.body.type).toBe('P');
      const toPublic = await t.request('PUT', `/api/v4/channels/${pub.id}/privacy`, { token: w.tokens.teamAdmin, body: { privacy: 'O' } });
      expect(toPublic.body.type).toBe('O');
      expectAppError(await t.request('PUT', `/api/v4/channels/${pub.id}/privacy`, { token: w.tokens.teamAdmin, body: { privacy: 'X' } }), 400, 'api.context.invalid_body_param.app_error');
    });

    it('refuses to make town-square private', async () => {
      const town = (await getChannelByName(t.running.context.db, w.team.id, 'town-square'))!;
      const res = await t.request('PUT', `/api/v4/channels/${town.id}/privacy`, { token: w.tokens.admin, body: { privacy: 'P' } });
      expectAppError(res, 400, 'api.channel.update_channel_privacy.default_channel_error');
    });
  });

  describe('DELETE and restore', () => {
    it('archives (soft delete) with delete_*_channel, refuses twice, refuses town-square', async () => {
      const pub = await channel('O');
      expectAppError(await t.request('DELETE', `/api/v4/channels/${pub.id}`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
      const res = await t.request('DELETE', `/api/v4/channels/${pub.id}`, { token: w.tokens.member });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'OK' });
      expect((await getChannelById(t.running.context.db, pub.id))!.deleteAt).toBeGreaterThan(0);
      expectAppError(await t.request('DELETE', `/api/v4/channels/${pub.id}`, { token: w.tokens.member }), 400, 'api.channel.delete_channel.deleted.app_error');
      const town = (await getChannelByName(t.running.context.db, w.team.id, 'town-square'))!;
      expectAppError(await t.request('DELETE', `/api/v4/channels/${town.id}`, { token: w.tokens.admin }), 400, 'api.channel.delete_channel.cannot.app_error');
    });

    it('deletes permanently only when ServiceSettings.EnableAPIChannelDeletion is on', async () => {
      const pub = await channel('O');
      expectAppError(await t.request('DELETE', `/api/v4/channels/${pub.id}?permanent=true`, { token: w.tokens.admin }), 401, 'api.user.delete_channel.not_enabled.for_admin.app_error');
      expectAppError(await t.request('DELETE', `/api/v4/channels/${pub.id}?permanent=true`, { token: w.tokens.member }), 401, 'api.user.delete_channel.not_enabled.app_error');
      const patched = await t.request('PUT', '/api/v4/config/patch', { token: w.tokens.admin, body: { ServiceSettings: { EnableAPIChannelDeletion: true } } });
      expect(patched.status).toBe(200);
      const db = t.running.context.db;
      const postId = newId();
      await db.insert(posts).values({ id: postId, createAt: Date.now(), updateAt: Date.now(), userId: w.users.member.id, channelId: pub.id });
      expect((await t.request('DELETE', `/api/v4/channels/${pub.id}?permanent=true`, { token: w.tokens.admin })).status).toBe(200);
      expect(await getChannelById(db, pub.id)).toBeUndefined();
      expect(await db.select().from(posts).where(eq(posts.id, postId))).toEqual([]);
      expect(await getChannelMember(t.running.context.db, pub.id, w.users.member.id)).toBeUndefined();
      await t.request('PUT', '/api/v4/config/patch', { token: w.tokens.admin, body: { ServiceSettings: { EnableAPIChannelDeletion: false } } });
    });

    it('restores with manage_team in the channel team', async () => {
      const priv = await channel('P');
      expectAppError(await t.request('POST', `/api/v4/channels/${priv.id}/restore`, { token: w.tokens.teamAdmin }), 400, 'api.channel.restore_channel.restored.app_error');
      await t.request('DELETE', `/api/v4/channels/${priv.id}`, { token: w.tokens.member });
      expectAppError(await t.request('POST', `/api/v4/channels/${priv.id}/restore`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
      const res = await t.request('POST', `/api/v4/channels/${priv.id}/restore`, { token: w.tokens.teamAdmin });
      expect(res.status).toBe(200);
      expect(res.body.delete_at).toBe(0);
    });
  });

  describe('POST /channels/{id}/move', () => {
    it('needs manage_system and force when members are outside the target team', async () => {
      const pub = await channel('O');
      const move = (token: string | undefined, body: unknown) => t.request('POST', `/api/v4/channels/${pub.id}/move`, { token, body });
      expectAppError(await move(w.tokens.teamAdmin, { team_id: w.otherTeam.id, force: false }), 403, 'api.context.permissions.app_error');
      expectAppError(await move(w.tokens.admin, { team_id: w.otherTeam.id }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await move(w.tokens.admin, { team_id: 'z'.repeat(26), force: true }), 404, 'app.team.get.find.app_error');
      expectAppError(await move(w.tokens.admin, { team_id: w.otherTeam.id, force: false }), 400, 'app.channel.move_channel.members_do_not_match.error');
      const res = await move(w.tokens.admin, { team_id: w.otherTeam.id, force: true });
      expect(res.status).toBe(200);
      expect(res.body.team_id).toBe(w.otherTeam.id);
      expect(await getChannelMember(t.running.context.db, pub.id, w.users.member.id)).toBeUndefined();
    });

    it('moves when every member is in the target team', async () => {
      const server = t.running.context;
      const pub = await channel('O');
      await joinTeam(server, server.db, w.otherTeam, w.users.teamAdmin);
      await joinTeam(server, server.db, w.otherTeam, w.users.member);
      const res = await t.request('POST', `/api/v4/channels/${pub.id}/move`, { token: w.tokens.admin, body: { team_id: w.otherTeam.id, force: false } });
      expect(res.status).toBe(200);
      expect(await getChannelMember(server.db, pub.id, w.users.member.id)).toBeDefined();
    });
  });

  describe('stats, timezones, member counts', () => {
    it('counts members, guests, pinned posts and attached files', async () => {
      const db = t.running.context.db;
      const now = Date.now();
      const post = (id: string, extra: Record<string, unknown>) => ({ id, createAt: now, updateAt: now, userId: w.users.member.id, channelId: w.publicChannel.id, ...extra });
      await db.insert(posts).values([post(newId(), { isPinned: true }), post(newId(), { isPinned: true, deleteAt: now }), post(newId(), {})]);
      const file = (postId: string) => ({ id: newId(), creatorId: w.users.member.id, postId, channelId: w.publicChannel.id, createAt: now, updateAt: now, path: 'x', name: 'x', size: 1 });
      await db.insert(fileInfo).values([file(newId()), file('')]);
      const res = await t.request('GET', `/api/v4/channels/${w.publicChannel.id}/stats`, { token: w.tokens.member });
      expect(res.body).toEqual({ channel_id: w.publicChannel.id, member_count: 3, guest_count: 1, pinnedpost_count: 1, files_count: 1 });
      const excluded = await t.request('GET', `/api/v4/channels/${w.publicChannel.id}/stats?exclude_files_count=true`, { token: w.tokens.member });
      expect(excluded.body.files_count).toBe(-1);
      expectAppError(await t.request('GET', `/api/v4/channels/${w.privateChannel.id}/stats`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
    });

    it('lists the distinct timezones of members', async () => {
      const db = t.running.context.db;
      const priv = await channel('P');
      await updateUserFields(db, w.users.teamAdmin.id, { timezone: { useAutomaticTimezone: 'true', automaticTimezone: 'Europe/Paris', manualTimezone: '' } });
      await updateUserFields(db, w.users.member.id, { timezone: { useAutomaticTimezone: 'false', automaticTimezone: 'Europe/Paris', manualTimezone: 'Asia/Tokyo' } });
      const res = await t.request('GET', `/api/v4/channels/${priv.id}/timezones`, { token: w.tokens.member });
      expect(res.status).toBe(200);
      expect([...res.body].sort()).toEqual(['Asia/Tokyo', 'Europe/Paris']);
      expectAppError(await t.request('GET', `/api/v4/channels/${priv.id}/timezones`, { token: w.tokens.outsider }), 403, 'api.context.permissions.app_error');
    });

    it('counts members of several channels', async () => {
      const res = await t.request('POST', '/api/v4/channels/stats/member_count', { token: w.tokens.member, body: [w.publicChannel.id, w.privateChannel.id] });
      expect(res.body).toEqual({ [w.publicChannel.id]: 3, [w.privateChannel.id]: 2 });
      expectAppError(
        await t.request('POST', '/api/v4/channels/stats/member_count', { token: w.tokens.outsider, body: [w.publicChannel.id] }),
        403,
        'api.context.permissions.app_error',
      );
      expectAppError(await t.request('POST', '/api/v4/channels/stats/member_count', { token: w.tokens.member, body: ['q'.repeat(26)] }), 404, 'app.channel.get.existing.app_error');
    });
  });

  describe('Team Edition answers', () => {
    it('refuses licensed features as Mattermost without a licence', async () => {
      const id = w.publicChannel.id;
      expectAppError(await t.request('PUT', `/api/v4/channels/${id}/scheme`, { token: w.tokens.admin, body: { scheme_id: 'a'.repeat(26) } }), 403, 'api.channel.update_channel_scheme.license.error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${id}/scheme`, { token: w.tokens.admin, body: { scheme_id: 'bad' } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('GET', `/api/v4/channels/${id}/moderations`, { token: w.tokens.admin }), 403, 'api.channel.get_channel_moderations.license.error');
      expectAppError(await t.request('PUT', `/api/v4/channels/${id}/moderations/patch`, { token: w.tokens.admin, body: [] }), 403, 'api.channel.patch_channel_moderations.license.error');
      expectAppError(await t.request('GET', `/api/v4/channels/${id}/member_counts_by_group`, { token: w.tokens.admin }), 403, 'api.channel.channel_member_counts_by_group.license.error');
      expectAppError(
        await t.request('PUT', `/api/v4/channels/${id}/members/me/autotranslation`, { token: w.tokens.member, body: { autotranslation_disabled: true } }),
        403,
        'api.channel.update_channel_member_autotranslation.feature_not_available.app_error',
      );
      expectAppError(await t.request('GET', `/api/v4/teams/${w.team.id}/channels/managed_categories`, { token: w.tokens.member }), 404, 'api.context.404.app_error');
      const recommended = await t.request('GET', `/api/v4/teams/${w.team.id}/channels/recommended`, { token: w.tokens.member });
      expect(recommended.status).toBe(200);
      expect(recommended.body).toEqual([]);
    });

    it('lists channel members outside groups (no groups exist: all active members)', async () => {
      const groupId = 'g'.repeat(26);
      const res = await t.request('GET', `/api/v4/channels/${w.publicChannel.id}/members_minus_group_members?group_ids=${groupId}`, { token: w.tokens.admin });
      expect(res.status).toBe(200);
      expect(res.body.total_count).toBe(3);
      expect(res.body.users.map((u: { id: string }) => u.id).sort()).toEqual([w.users.teamAdmin.id, w.users.member.id, w.users.guest.id].sort());
      expect(res.body.users[0]).toHaveProperty('groups', []);
      expect(res.body.users[0]).not.toHaveProperty('password');
      expectAppError(
        await t.request('GET', `/api/v4/channels/${w.publicChannel.id}/members_minus_group_members?group_ids=${groupId}`, { token: w.tokens.member }),
        403,
        'api.context.permissions.app_error',
      );
      expectAppError(
        await t.request('GET', `/api/v4/channels/${w.publicChannel.id}/members_minus_group_members?group_ids=short`, { token: w.tokens.admin }),
        400,
        'api.context.invalid_body_param.app_error',
      );
    });
  });
});
