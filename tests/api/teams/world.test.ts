import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { getActiveTeamMember } from '../../../db/queries/teams';
import { getChannelByName, getChannelMember } from '../../../db/queries/channels';
import { getCategoriesForUserTeam } from '../../../db/queries/sidebar';
import { hasChannelPermission, hasTeamPermission } from '../../../server/permissions/authorization';

describe('team creation and joining (app layer)', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('creates town-square and off-topic, makes the creator team admin, and joins members to both', async () => {
    const db = t.running.context.db;
    const townSquare = await getChannelByName(db, w.team.id, 'town-square');
    const offTopic = await getChannelByName(db, w.team.id, 'off-topic');
    expect(townSquare?.displayName).toBe('Town Square');
    expect(offTopic?.displayName).toBe('Off-Topic');
    const creator = await getActiveTeamMember(db, w.team.id, w.users.teamAdmin.id);
    expect(creator).toMatchObject({ schemeAdmin: true, schemeUser: true });
    expect(w.team.email).toBe(w.users.teamAdmin.email);
    for (const user of [w.users.teamAdmin, w.users.member]) {
      expect(await getChannelMember(db, townSquare!.id, user.id)).toBeDefined();
      expect(await getChannelMember(db, offTopic!.id, user.id)).toBeDefined();
    }
    const categories = await getCategoriesForUserTeam(db, w.users.member.id, w.team.id);
    expect(categories.map((c) => c.id)).toEqual([
      `favorites_${w.users.member.id}_${w.team.id}`,
      `channels_${w.users.member.id}_${w.team.id}`,
      `direct_messages_${w.users.member.id}_${w.team.id}`,
    ]);
  });

  it('resolves permissions channel, then team, then system', async () => {
    const server = t.running.context;
    const session = (userId: string, roles: string) => ({ user_id: userId, roles }) as never;
    const member = session(w.users.member.id, 'system_user');
    const outsider = session(w.users.outsider.id, 'system_user');
    const admin = session(w.users.admin.id, 'system_admin system_user');
    const teamAdmin = session(w.users.teamAdmin.id, 'system_user');
    expect(await hasChannelPermission(server, member, w.privateChannel, 'read_channel')).toBe(true);
    expect(await hasChannelPermission(server, outsider, w.privateChannel, 'read_channel')).toBe(false);
    expect(await hasChannelPermission(server, admin, w.privateChannel, 'read_channel')).toBe(true);
    expect(await hasTeamPermission(server, member, w.team.id, 'manage_team')).toBe(false);
    expect(await hasTeamPermission(server, teamAdmin, w.team.id, 'manage_team')).toBe(true);
    expect(await hasTeamPermission(server, outsider, w.team.id, 'view_team')).toBe(false);
    expect(await hasTeamPermission(server, member, w.team.id, 'view_team')).toBe(true);
    // A team admin manages private channel members through the team role.
    expect(await hasChannelPermission(server, teamAdmin, w.privateChannel, 'manage_private_channel_members')).toBe(true);
  });
});
