/**
 * Account-type changes: a guest promoted to a regular user (Mattermost's PromoteGuestToUser),
 * and an admin moving an account to another sign-in service (UpdateUserAuth).
 */
import { and, eq, ne } from 'drizzle-orm';
import type { UserRow } from '../../db/schema';
import { channelMembers, teamMembers, users } from '../../db/schema';
import { getActiveTeamMembersForUser } from '../../db/queries/teams';
import { getChannelByName } from '../../db/queries/channels';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { addChannelMember } from '../channels/membership';
import { publishChannelMemberUpdated } from '../channels/events';
import { defaultChannelNames } from '../teams/membership';
import { toApiTeamMember } from '../teams/serialize';
import { publishUserUpdated } from './events';

/**
 * PromoteGuestToUser, in one transaction; then, as Mattermost, `user_updated`, and to the user
 * `memberrole_updated` for each team membership and `channel_member_updated` for each channel
 * membership (their scheme flags changed).
 */
export async function promoteGuest(server: ServerContext, user: UserRow): Promise<void> {
  const roles = user.roles
    .split(' ')
    .filter(Boolean)
    .map((r) => (r === 'system_guest' ? 'system_user' : r));
  const newRoles = [...new Set(roles)].join(' ');
  const promoted = { ...user, roles: newRoles };
  await server.db.transaction(async (tx) => {
    await tx.update(users).set({ roles: newRoles, updateAt: nowMillis() }).where(eq(users.id, user.id));
    await tx
      .update(teamMembers)
      .set({ schemeGuest: false, schemeUser: true })
      .where(and(eq(teamMembers.userId, user.id), eq(teamMembers.schemeGuest, true)));
    await tx
      .update(channelMembers)
      .set({ schemeGuest: false, schemeUser: true })
      .where(and(eq(channelMembers.userId, user.id), eq(channelMembers.schemeGuest, true)));
    // a regular member belongs in the default channels of each team
    for (const member of await getActiveTeamMembersForUser(tx, user.id)) {
      for (const name of defaultChannelNames(server)) {
        const channel = await getChannelByName(tx, member.teamId, name);
        if (channel && channel.deleteAt === 0) await addChannelMember(tx, channel, promoted);
      }
    }
  });
  await server.sessions.updateRolesForUser(user.id, newRoles);
  const [row] = await server.db.select().from(users).where(eq(users.id, user.id));
  if (row) await publishUserUpdated(server, row);
  for (const member of await server.db.select().from(teamMembers).where(eq(teamMembers.userId, user.id))) {
    server.events.publish({ event: 'memberrole_updated', data: { member: JSON.stringify(toApiTeamMember(member)) }, broadcast: { user_id: user.id } });
  }
  for (const member of await server.db.select().from(channelMembers).where(eq(channelMembers.userId, user.id))) {
    publishChannelMemberUpdated(server, member);
  }
}

/** Mattermost's UpdateAuthData: the password goes, the failed attempts are cleared. */
export async function updateAuthData(server: ServerContext, user: UserRow, service: string, authData: string): Promise<void> {
  const taken = await server.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.authService, service), eq(users.authData, authData), ne(users.id, user.id)))
    .limit(1);
  if (taken.length) {
    throw new AppError('app.user.update_auth_data.email_exists.app_error', 'Unable to switch account to {{.Service}}. An account using the email {{.Email}} already exists.', 400);
  }
  const now = nowMillis();
  await server.db
    .update(users)
    .set({ authService: service, authData, password: '', lastPasswordUpdate: now, updateAt: now, failedAttempts: 0 })
    .where(eq(users.id, user.id));
}
