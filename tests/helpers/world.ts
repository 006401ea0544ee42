/**
 * A populated server for behaviour and authorization tests, built through the app layer so
 * that it does not depend on the endpoints under test:
 *   admin      system admin (first user)
 *   teamAdmin  created `team` (open) and so is its team admin; channel admin of both channels
 *   member     team member, in `publicChannel` and `privateChannel`
 *   guest      system_guest, team member, in `publicChannel` only
 *   outsider   system user outside `team` (member of `otherTeam`, an invite-only team)
 * Tokens for each; `anonymous` is the absence of a token.
 */
import type { TestServer } from './testServer';
import { createUser, login, uniqueUser } from './fixtures';
import { getUserById, updateUserFields } from '../../db/queries/users';
import { createTeam } from '../../app/teams/createTeam';
import { joinTeam } from '../../app/teams/membership';
import { createTeamChannel } from '../../app/channels/createChannel';
import { addChannelMember } from '../../app/channels/membership';
import type { ChannelRow, TeamRow, UserRow } from '../../db/schema';

export type Persona = 'anonymous' | 'outsider' | 'guest' | 'member' | 'teamAdmin' | 'admin';
export const PERSONAS: Persona[] = ['anonymous', 'outsider', 'guest', 'member', 'teamAdmin', 'admin'];

export interface World {
  users: Record<Exclude<Persona, 'anonymous'>, UserRow>;
  tokens: Record<Persona, string | undefined>;
  team: TeamRow;
  otherTeam: TeamRow;
  publicChannel: ChannelRow;
  privateChannel: ChannelRow;
}

async function makeUser(t: TestServer, prefix: string, adminToken?: string): Promise<{ row: UserRow; token: string }> {
  const created = await createUser(t, uniqueUser(prefix), adminToken);
  const token = await login(t, created.username, created.password);
  return { row: (await getUserById(t.running.context.db, created.id))!, token };
}

export async function buildWorld(t: TestServer): Promise<World> {
  const server = t.running.context;
  const admin = await makeUser(t, 'admin');
  const teamAdmin = await makeUser(t, 'tadmin', admin.token);
  const member = await makeUser(t, 'member', admin.token);
  const outsider = await makeUser(t, 'outsider', admin.token);
  const guestCreated = await makeUser(t, 'guest', admin.token);
  await updateUserFields(server.db, guestCreated.row.id, { roles: 'system_guest' });
  await server.sessions.revokeAllForUser(guestCreated.row.id);
  const guestRow = (await getUserById(server.db, guestCreated.row.id))!;
  // Unlicensed servers refuse guest logins (as Mattermost does); the guest's session is made directly.
  const guestSession = await server.sessions.create({ userId: guestRow.id, roles: guestRow.roles, lengthHours: 24, props: { is_guest: 'true' } });
  const guestToken = guestSession.token;

  const suffix = Math.random().toString(36).slice(2, 8);
  const team = await createTeam(server, { name: `team-${suffix}`, display_name: 'Team', type: 'O', allow_open_invite: true }, teamAdmin.row);
  const otherTeam = await createTeam(server, { name: `other-${suffix}`, display_name: 'Other', type: 'I' }, outsider.row);
  await joinTeam(server, server.db, team, member.row);
  await joinTeam(server, server.db, team, guestRow);

  const blank = { header: '', purpose: '' };
  const publicChannel = await createTeamChannel(server.db, team.id, { ...blank, type: 'O', name: `pub-${suffix}`, display_name: 'Public' }, teamAdmin.row);
  const privateChannel = await createTeamChannel(server.db, team.id, { ...blank, type: 'P', name: `priv-${suffix}`, display_name: 'Private' }, teamAdmin.row);
  await addChannelMember(server.db, publicChannel, member.row);
  await addChannelMember(server.db, privateChannel, member.row);
  await addChannelMember(server.db, publicChannel, guestRow);

  return {
    users: { admin: admin.row, teamAdmin: teamAdmin.row, member: member.row, guest: guestRow, outsider: outsider.row },
    tokens: { anonymous: undefined, admin: admin.token, teamAdmin: teamAdmin.token, member: member.token, guest: guestToken, outsider: outsider.token },
    team,
    otherTeam,
    publicChannel,
    privateChannel,
  };
}
