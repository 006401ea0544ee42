import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { joinTeam } from '../../../app/teams/membership';
import { getChannelByName, getChannelMember, insertChannel, updateChannelFields } from '../../../db/queries/channels';
import { getTeamMemberRow, updateTeamMemberFields } from '../../../db/queries/teams';
import { getUserById, updateUserFields } from '../../../db/queries/users';
import { newId, nowMillis } from '../../../server/ids';
import type { ChannelRow, UserRow } from '../../../db/schema';

describe('channel membership', () => {
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
  const blank = { header: '', purpose: '' };
  let seq = 0;
  async function publicChannel(creator: UserRow = w.users.teamAdmin): Promise<ChannelRow> {
    seq += 1;
    return createTeamChannel(db(), w.team.id, { ...blank, type: 'O', name: `open-${seq}-${newId().slice(0, 6)}`, display_name: `Open ${seq}` }, creator);
  }
  async function privateChannel(creator: UserRow = w.users.teamAdmin): Promise<ChannelRow> {
    seq += 1;
    return createTeamChannel(db(), w.team.id, { ...blank, type: 'P', name: `closed-${seq}-${newId().slice(0, 6)}`, display_name: `Closed ${seq}` }, creator);
  }
  /** A new system user who is a member of the team (and of its default channels). */
  async function teamUser(prefix = 'mate'): Promise<{ row: UserRow; token: string }> {
    const created = await createUser(t, uniqueUser(prefix), w.tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await joinTeam(t.running.context, db(), w.team, row);
    return { row, token: await login(t, created.username, created.password) };
  }
  async function directChannel(a: UserRow, b: UserRow): Promise<ChannelRow> {
    const [x, y] = [a.id, b.id].sort();
    const now = nowMillis();
    const channel = await insertChannel(db(), { id: newId(), createAt: now, updateAt: now, teamId: '', type: 'D', name: `${x}__${y}`, displayName: '', creatorId: a.id });
    await addChannelMember(db(), channel, a);
    await addChannelMember(db(), channel, b);
    return channel;
  }

  describe('AddChannelMember', () => {
    it('lets a team member join a public channel: 201 with the new member, default notify props and scheme flags', async () => {
      const channel = await publicChannel();
      const res = await t.request('POST', `${base}/channels/${channel.id}/members`, { token: w.tokens.member, body: { user_id: w.users.member.id } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        channel_id: channel.id,
        user_id: w.users.member.id,
        roles: 'channel_user',
        scheme_user: true,
        scheme_admin: false,
        scheme_guest: false,
        explicit_roles: '',
        msg_count: 0,
        mention_count: 0,
        last_viewed_at: 0,
        notify_props: { desktop: 'default', email: 'default', push: 'default', mark_unread: 'all', ignore_channel_mentions: 'default' },
      });
      expect(res.body.last_update_at).toBeGreaterThan(0);
      // Joining again returns the existing membership.
      const again = await t.request('POST', `${base}/channels/${channel.id}/members`, { token: w.tokens.member, body: { user_id: w.users.member.id } });
      expect(again.status).toBe(201);
      expect(again.body.last_update_at).toBe(res.body.last_update_at);
    });

    it('adds several users with user_ids and answers an array; users outside the team are skipped', async () => {
      const channel = await publicChannel();
      const a = await teamUser();
      const b = await teamUser();
      const res = await t.request('POST', `${base}/channels/${channel.id}/members`, {
        token: w.tokens.teamAdmin,
        body: { user_ids: [a.row.id, w.users.outsider.id, b.row.id], channel_id: channel.id, post_root_id: '' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(Array.isArray(res.body)).toBe(true);
      expect(res.body.map((m: { user_id: string }) => m.user_id).sort()).toEqual([a.row.id, b.row.id].sort());
      // Another user's read timestamps are hidden from the caller.
      expect(res.body[0].last_viewed_at).toBe(-1);
      expect(res.body[0].last_update_at).toBe(-1);
      expect(await getChannelMember(db(), channel.id, w.users.outsider.id)).toBeUndefined();
    });

    it("refuses a user outside the channel's team, or one who left it", async () => {
      const channel = await publicChannel();
      const outside = await t.request('POST', `${base}/channels/${channel.id}/members`, { token: w.tokens.teamAdmin, body: { user_id: w.users.outsider.id } });
      expectAppError(outside, 404, 'app.team.get_member.missing.app_error');
      const leaver = await teamUser('leaver');
      await updateTeamMemberFields(db(), w.team.id, leaver.row.id, { deleteAt: nowMillis() });
      const left = await t.request('POST', `${base}/channels/${channel.id}/members`, { token: w.tokens.teamAdmin, body: { user_id: leaver.row.id } });
      expectAppError(left, 400, 'api.channel.add_user.to.channel.failed.deleted.app_error');
    });

    it('needs join_public_channels to join and manage_*_channel_members to add others', async () => {
      const open = await publicChannel();
      const guestJoin = await t.request('POST', `${base}/channels/${open.id}/members`, { token: w.tokens.guest, body: { user_id: w.users.guest.id } });
      expectAppError(guestJoin, 403, 'api.context.permissions.app_error');
      // A member of the channel (channel_user) may add others; someone outside it may not.
      const mate = await teamUser();
      const notMember = await t.request('POST', `${base}/channels/${open.id}/members`, { token: mate.token, body: { user_id: w.users.member.id } });
      expectAppError(notMember, 403, 'api.context.permissions.app_error');
      const closed = await privateChannel();
      const selfPrivate = await t.request('POST', `${base}/channels/${closed.id}/members`, { token: w.tokens.member, body: { user_id: w.users.member.id } });
      expectAppError(selfPrivate, 403, 'api.context.permissions.app_error');
      expect(await getChannelMember(db(), closed.id, w.users.member.id)).toBeUndefined();
    });

    it('refuses direct messages, archived channels, bad ids and unknown channels', async () => {
      const dm = await directChannel(w.users.member, w.users.teamAdmin);
      const toDm = await t.request('POST', `${base}/channels/${dm.id}/members`, { token: w.tokens.admin, body: { user_id: w.users.admin.id } });
      expectAppError(toDm, 400, 'api.channel.add_user_to_channel.type.app_error');

      const archived = await publicChannel();
      await updateChannelFields(db(), archived.id, { deleteAt: nowMillis() });
      const mate = await teamUser();
      const toArchived = await t.request('POST', `${base}/channels/${archived.id}/members`, { token: w.tokens.teamAdmin, body: { user_id: mate.row.id } });
      expectAppError(toArchived, 400, 'api.channel.add_user_to_channel.deleted.app_error');

      const badId = await t.request('POST', `${base}/channels/${w.publicChannel.id}/members`, { token: w.tokens.member, body: { user_id: 'nope' } });
      expectAppError(badId, 400, 'api.context.invalid_body_param.app_error');
      const badIds = await t.request('POST', `${base}/channels/${w.publicChannel.id}/members`, { token: w.tokens.member, body: { user_ids: ['nope'] } });
      expectAppError(badIds, 400, 'api.context.invalid_body_param.app_error');
      const unknown = await t.request('POST', `${base}/channels/${newId()}/members`, { token: w.tokens.member, body: { user_id: w.users.member.id } });
      expectAppError(unknown, 404, 'app.channel.get.existing.app_error');
      const rootPost = await t.request('POST', `${base}/channels/${w.publicChannel.id}/members`, {
        token: w.tokens.member,
        body: { user_id: w.users.member.id, post_root_id: newId() },
      });
      expectAppError(rootPost, 404, 'app.post.get.app_error');
    });
  });

  describe('RemoveUserFromChannel', () => {
    it('lets a member leave a channel, and a member manager remove someone', async () => {
      const channel = await publicChannel();
      const mate = await teamUser();
      await addChannelMember(db(), channel, mate.row);
      await addChannelMember(db(), channel, w.users.member);
      const leave = await t.request('DELETE', `${base}/channels/${channel.id}/members/me`, { token: mate.token });
      expect(leave.status).toBe(200);
      expect(leave.body).toEqual({ status: 'OK' });
      expect(await getChannelMember(db(), channel.id, mate.row.id)).toBeUndefined();
      const again = await t.request('DELETE', `${base}/channels/${channel.id}/members/me`, { token: mate.token });
      expectAppError(again, 404, 'app.channel.get_member.missing.app_error');

      const closed = await privateChannel();
      await addChannelMember(db(), closed, mate.row);
      const removed = await t.request('DELETE', `${base}/channels/${closed.id}/members/${mate.row.id}`, { token: w.tokens.teamAdmin });
      expect(removed.status).toBe(200);
      expect(await getChannelMember(db(), closed.id, mate.row.id)).toBeUndefined();
    });

    it('refuses to let anyone but a guest leave town-square', async () => {
      const townSquare = (await getChannelByName(db(), w.team.id, 'town-square'))!;
      const res = await t.request('DELETE', `${base}/channels/${townSquare.id}/members/${w.users.member.id}`, { token: w.tokens.member });
      expectAppError(res, 400, 'api.channel.remove.default.app_error');
      const byAdmin = await t.request('DELETE', `${base}/channels/${townSquare.id}/members/${w.users.member.id}`, { token: w.tokens.admin });
      expectAppError(byAdmin, 400, 'api.channel.remove.default.app_error');
      expect(await getChannelMember(db(), townSquare.id, w.users.member.id)).toBeDefined();
    });

    it('refuses direct and group channels, and removing others without manage_*_channel_members', async () => {
      const dm = await directChannel(w.users.member, w.users.guest);
      const res = await t.request('DELETE', `${base}/channels/${dm.id}/members/me`, { token: w.tokens.member });
      expectAppError(res, 400, 'api.channel.remove_channel_member.type.app_error');
      const byGuest = await t.request('DELETE', `${base}/channels/${w.publicChannel.id}/members/${w.users.member.id}`, { token: w.tokens.guest });
      expectAppError(byGuest, 403, 'api.context.permissions.app_error');
      const unknownUser = await t.request('DELETE', `${base}/channels/${w.publicChannel.id}/members/${newId()}`, { token: w.tokens.admin });
      expectAppError(unknownUser, 404, 'app.user.missing_account.const');
    });

    it('takes a guest who leaves their last channel of the team out of the team', async () => {
      const created = await createUser(t, uniqueUser('guestleaver'), w.tokens.admin);
      await updateUserFields(db(), created.id, { roles: 'system_guest' });
      const guest = (await getUserById(db(), created.id))!;
      await joinTeam(t.running.context, db(), w.team, guest);
      const channel = await publicChannel();
      await addChannelMember(db(), channel, guest);
      // Unlicensed servers refuse guest logins: the guest's session is made directly.
      const { token } = await t.running.context.sessions.create({ userId: guest.id, roles: guest.roles, lengthHours: 1, props: { is_guest: 'true' } });
      const res = await t.request('DELETE', `${base}/channels/${channel.id}/members/me`, { token });
      expect(res.status).toBe(200);
      expect((await getTeamMemberRow(db(), w.team.id, guest.id))!.deleteAt).toBeGreaterThan(0);
    });
  });

  describe('reading members', () => {
    it('pages the members of a channel and hides other users’ read times', async () => {
      const channel = await publicChannel();
      const mates = [await teamUser(), await teamUser()];
      for (const m of mates) await addChannelMember(db(), channel, m.row);
      const all = await t.request('GET', `${base}/channels/${channel.id}/members`, { token: w.tokens.teamAdmin });
      expect(all.status).toBe(200);
      expect(all.body).toHaveLength(3);
      const mine = all.body.find((m: { user_id: string }) => m.user_id === w.users.teamAdmin.id);
      expect(mine.last_update_at).toBeGreaterThan(0);
      for (const other of all.body.filter((m: { user_id: string }) => m.user_id !== w.users.teamAdmin.id)) {
        expect(other.last_viewed_at).toBe(-1);
        expect(other.last_update_at).toBe(-1);
      }
      const page0 = await t.request('GET', `${base}/channels/${channel.id}/members?page=0&per_page=2`, { token: w.tokens.teamAdmin });
      const page1 = await t.request('GET', `${base}/channels/${channel.id}/members?page=1&per_page=2`, { token: w.tokens.teamAdmin });
      expect(page0.body).toHaveLength(2);
      expect(page1.body).toHaveLength(1);
      const ids = [...page0.body, ...page1.body].map((m: { user_id: string }) => m.user_id).sort();
      expect(ids).toEqual([w.users.teamAdmin.id, ...mates.map((m) => m.row.id)].sort());
    });

    it('gets one member, and members by ids', async () => {
      const one = await t.request('GET', `${base}/channels/${w.privateChannel.id}/members/me`, { token: w.tokens.member });
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ channel_id: w.privateChannel.id, user_id: w.users.member.id });
      const missing = await t.request('GET', `${base}/channels/${w.privateChannel.id}/members/${w.users.guest.id}`, { token: w.tokens.member });
      expectAppError(missing, 404, 'app.channel.get_member.missing.app_error');

      const byIds = await t.request('POST', `${base}/channels/${w.publicChannel.id}/members/ids`, {
        token: w.tokens.member,
        body: [w.users.guest.id, w.users.outsider.id, w.users.member.id],
      });
      expect(byIds.status).toBe(200);
      expect(byIds.body.map((m: { user_id: string }) => m.user_id).sort()).toEqual([w.users.guest.id, w.users.member.id].sort());
      const empty = await t.request('POST', `${base}/channels/${w.publicChannel.id}/members/ids`, { token: w.tokens.member, body: [] });
      expectAppError(empty, 400, 'api.context.invalid_body_param.app_error');
    });

    it("lists a user's memberships in a team with their DMs, not other teams' channels", async () => {
      const dm = await directChannel(w.users.member, w.users.admin);
      const otherTeamChannel = (await getChannelByName(db(), w.otherTeam.id, 'town-square'))!;
      const res = await t.request('GET', `${base}/users/me/teams/${w.team.id}/channels/members`, { token: w.tokens.member });
      expect(res.status).toBe(200);
      const ids = res.body.map((m: { channel_id: string }) => m.channel_id);
      const townSquare = (await getChannelByName(db(), w.team.id, 'town-square'))!;
      expect(ids).toEqual(expect.arrayContaining([dm.id, townSquare.id, w.publicChannel.id, w.privateChannel.id]));
      expect(ids).not.toContain(otherTeamChannel.id);
      expect(res.body.every((m: { user_id: string }) => m.user_id === w.users.member.id)).toBe(true);
    });
  });

  describe('member roles and notify props', () => {
    it('promotes and demotes a channel admin with roles, as scheme flags', async () => {
      const channel = await publicChannel();
      const mate = await teamUser();
      await addChannelMember(db(), channel, mate.row);
      const url = `${base}/channels/${channel.id}/members/${mate.row.id}/roles`;
      const up = await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'channel_user channel_admin' } });
      expect(up.status, JSON.stringify(up.body)).toBe(200);
      expect(up.body).toEqual({ status: 'OK' });
      expect(await getChannelMember(db(), channel.id, mate.row.id)).toMatchObject({ schemeAdmin: true, schemeUser: true, roles: '' });
      const member = await t.request('GET', `${base}/channels/${channel.id}/members/${mate.row.id}`, { token: w.tokens.teamAdmin });
      expect(member.body.roles).toBe('channel_user channel_admin');
      const down = await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'channel_user' } });
      expect(down.status).toBe(200);
      expect(await getChannelMember(db(), channel.id, mate.row.id)).toMatchObject({ schemeAdmin: false, schemeUser: true });

      expectAppError(await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'Not-A-Role' } }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'no_such_role' } }), 400, 'app.role.get_by_name.app_error');
      expectAppError(
        await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'channel_user team_admin' } }),
        400,
        'api.channel.update_channel_member_roles.scheme_role.app_error',
      );
      expectAppError(await t.request('PUT', url, { token: w.tokens.member, body: { roles: 'channel_user channel_admin' } }), 403, 'api.context.permissions.app_error');
      expectAppError(
        await t.request('PUT', `${base}/channels/${channel.id}/members/${w.users.outsider.id}/roles`, { token: w.tokens.teamAdmin, body: { roles: 'channel_user' } }),
        404,
        'app.channel.get_member.missing.app_error',
      );
    });

    it('keeps the guest role out of reach of role updates', async () => {
      const url = `${base}/channels/${w.publicChannel.id}/members/${w.users.guest.id}/roles`;
      expectAppError(
        await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'channel_user' } }),
        400,
        'api.channel.update_channel_member_roles.changing_guest_role.app_error',
      );
      expectAppError(
        await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { roles: 'channel_guest channel_user' } }),
        400,
        'api.channel.update_channel_member_roles.guest_and_user.app_error',
      );
    });

    it('sets scheme roles directly', async () => {
      const channel = await publicChannel();
      const mate = await teamUser();
      await addChannelMember(db(), channel, mate.row);
      const url = `${base}/channels/${channel.id}/members/${mate.row.id}/schemeRoles`;
      const res = await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { scheme_admin: true, scheme_user: true } });
      expect(res.status).toBe(200);
      expect(await getChannelMember(db(), channel.id, mate.row.id)).toMatchObject({ schemeAdmin: true, schemeUser: true, schemeGuest: false });
      expectAppError(
        await t.request('PUT', url, { token: w.tokens.teamAdmin, body: { scheme_admin: false, scheme_user: true, scheme_guest: true } }),
        400,
        'api.channel.update_channel_member_roles.guest_and_user.app_error',
      );
      expectAppError(await t.request('PUT', url, { token: w.tokens.member, body: { scheme_admin: false, scheme_user: true } }), 403, 'api.context.permissions.app_error');
    });

    it('merges notify props, validating the values as Mattermost', async () => {
      const url = `${base}/channels/${w.publicChannel.id}/members/me/notify_props`;
      const res = await t.request('PUT', url, {
        token: w.tokens.member,
        body: { channel_id: w.publicChannel.id, user_id: w.users.member.id, desktop: 'mention', push_threads: 'all', unknown_key: 'x' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const member = await getChannelMember(db(), w.publicChannel.id, w.users.member.id);
      expect(member!.notifyProps).toEqual({
        desktop: 'mention',
        email: 'default',
        push: 'default',
        mark_unread: 'all',
        ignore_channel_mentions: 'default',
        channel_auto_follow_threads: 'off',
        push_threads: 'all',
      });
      const cases: Array<[Record<string, string>, string]> = [
        [{ desktop: 'loud' }, 'model.channel_member.is_valid.notify_level.app_error'],
        [{ mark_unread: 'never' }, 'model.channel_member.is_valid.unread_level.app_error'],
        [{ push: 'sometimes' }, 'model.channel_member.is_valid.push_level.app_error'],
        [{ email: 'maybe' }, 'model.channel_member.is_valid.email_value.app_error'],
        [{ ignore_channel_mentions: 'yes' }, 'model.channel_member.is_valid.ignore_channel_mentions_value.app_error'],
        [{ channel_auto_follow_threads: 'maybe' }, 'model.channel_member.is_valid.channel_auto_follow_threads_value.app_error'],
      ];
      for (const [body, id] of cases) expectAppError(await t.request('PUT', url, { token: w.tokens.member, body }), 400, id);
      const other = await t.request('PUT', `${base}/channels/${w.publicChannel.id}/members/${w.users.guest.id}/notify_props`, {
        token: w.tokens.member,
        body: { desktop: 'none' },
      });
      expectAppError(other, 403, 'api.context.permissions.app_error');
      const notMember = await t.request('PUT', `${base}/channels/${w.privateChannel.id}/members/me/notify_props`, { token: w.tokens.guest, body: { desktop: 'none' } });
      expectAppError(notMember, 404, 'app.channel.get_member.missing.app_error');
    });
  });
});
