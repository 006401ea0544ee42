import type { TeamMemberRow, TeamRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { countActiveTeamMembers, getActiveTeamMember, upsertTeamMember } from '../../db/queries/teams';
import { getChannelByName } from '../../db/queries/channels';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { addChannelMember, isGuest } from '../channels/membership';
import { createDefaultCategories } from '../sidebar/defaults';

export const TOWN_SQUARE = 'town-square';
export const OFF_TOPIC = 'off-topic';

/** The channels a user joins with a team: town-square, then off-topic or the configured list. */
export function defaultChannelNames(server: ServerContext): string[] {
  const configured = server.config.get().TeamSettings.ExperimentalDefaultChannels ?? [];
  const extra = configured.length ? configured : [OFF_TOPIC];
  return [...new Set([TOWN_SQUARE, ...extra])];
}

/**
 * Joins the user to the team as Mattermost's JoinUserToTeam does: membership (re)activated,
 * default channels joined, default sidebar categories created. Refuses a full team.
 * Returns the membership and whether it was new.
 */
export async function joinTeam(
  server: ServerContext,
  db: DbOrTx,
  team: TeamRow,
  user: UserRow,
  opts: { asAdmin?: boolean } = {},
): Promise<{ member: TeamMemberRow; added: boolean }> {
  const existing = await getActiveTeamMember(db, team.id, user.id);
  if (existing) return { member: existing, added: false };
  const max = server.config.get().TeamSettings.MaxUsersPerTeam;
  if ((await countActiveTeamMembers(db, team.id)) >= max) {
    throw new AppError('app.team.join_user_to_team.max_accounts.app_error', 'This team has reached the maximum number of allowed accounts.', 400);
  }
  const guest = isGuest(user);
  const member = await upsertTeamMember(db, {
    teamId: team.id,
    userId: user.id,
    roles: '',
    schemeGuest: guest,
    schemeUser: !guest,
    schemeAdmin: !guest && opts.asAdmin === true,
    createAt: nowMillis(),
  });
  await createDefaultCategories(db, user.id, team.id);
  if (!guest) {
    for (const name of defaultChannelNames(server)) {
      const channel = await getChannelByName(db, team.id, name);
      if (channel && channel.deleteAt === 0) await addChannelMember(db, channel, user);
    }
  }
  return { member, added: true };
}
