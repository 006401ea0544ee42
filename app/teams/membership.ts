import type { ChannelRow, TeamMemberRow, TeamRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { countActiveTeamMembers, getTeamMemberRow, upsertTeamMember } from '../../db/queries/teams';
import { getChannelByName } from '../../db/queries/channels';
import { updateUserFields } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { addChannelMember, isGuest } from '../channels/membership';
import { createDefaultCategories } from '../sidebar/defaults';
import { isTeamEmailAllowed } from './domains';

export const TOWN_SQUARE = 'town-square';
export const OFF_TOPIC = 'off-topic';

/** The channels a user joins with a team: town-square, then off-topic or the configured list. */
export function defaultChannelNames(server: ServerContext): string[] {
  const configured = server.config.get().TeamSettings.ExperimentalDefaultChannels ?? [];
  const extra = configured.length ? configured : [OFF_TOPIC];
  return [...new Set([TOWN_SQUARE, ...extra])];
}

export const domainNotAllowed = () =>
  new AppError('api.team.join_user_to_team.allowed_domains.app_error', 'The email address of this user is not in a domain this team allows.', 400);

/** A user who never was a member would exceed the team's size limit (Mattermost's SaveMember limit). */
const newMemberOverLimit = (teamId: string) =>
  new AppError(
    'app.team.join_user_to_team.save_member.max_accounts.app_error',
    'This team has reached the maximum number of allowed accounts. Contact your System Administrator to set a higher limit.',
    400,
    `teamId=${teamId}`,
  );

/** A former member coming back would exceed the team's size limit. */
const returningMemberOverLimit = (teamId: string) =>
  new AppError(
    'app.team.join_user_to_team.max_accounts.app_error',
    'This team has reached the maximum number of allowed accounts. Contact your System Administrator to set a higher limit.',
    400,
    `teamId=${teamId}`,
  );

export interface JoinedTeam {
  member: TeamMemberRow;
  /** False when the user already was an active member (nothing was written). */
  added: boolean;
  /** The open default channels of the team the user was put in (none for guests or when not added). */
  defaultChannels: ChannelRow[];
}

/**
 * The writes of Mattermost's JoinUserToTeam, with no messages and no events (app/teams/members.ts
 * adds those): the address must be in the team's allowed domains (and the server's); an active
 * member is returned as is; otherwise the membership is created, or a left one written afresh,
 * within TeamSettings.MaxUsersPerTeam (deactivated accounts do not count). The user whose address
 * is the team's contact address (its creator) joins as team admin and as admin of the default
 * channels. Then the user's update_at, the default sidebar categories, and for non-guests the
 * open default channels (town-square, then off-topic or ExperimentalDefaultChannels).
 * `asAdmin` forces the admin flags (tests, imports).
 */
export async function joinTeam(
  server: ServerContext,
  db: DbOrTx,
  team: TeamRow,
  user: UserRow,
  opts: { asAdmin?: boolean } = {},
): Promise<JoinedTeam> {
  const config = server.config.get();
  if (!isTeamEmailAllowed(user, team, config)) throw domainNotAllowed();
  const shouldBeAdmin = opts.asAdmin === true || (team.email !== '' && team.email === user.email);
  const guest = isGuest(user);

  const existing = await getTeamMemberRow(db, team.id, user.id);
  if (existing && existing.deleteAt === 0) return { member: existing, added: false, defaultChannels: [] };
  const max = config.TeamSettings.MaxUsersPerTeam;
  if (max >= 0 && (await countActiveTeamMembers(db, team.id)) >= max) {
    throw existing ? returningMemberOverLimit(team.id) : newMemberOverLimit(team.id);
  }
  const now = nowMillis();
  const member = await upsertTeamMember(db, {
    teamId: team.id,
    userId: user.id,
    roles: '',
    schemeGuest: guest,
    schemeUser: !guest,
    schemeAdmin: shouldBeAdmin,
    createAt: now,
  });
  await updateUserFields(db, user.id, { updateAt: now });
  await createDefaultCategories(db, user.id, team.id);

  const defaultChannels: ChannelRow[] = [];
  if (!guest) {
    for (const name of defaultChannelNames(server)) {
      const channel = await getChannelByName(db, team.id, name);
      if (!channel || channel.deleteAt !== 0 || channel.type !== 'O') continue;
      await addChannelMember(db, channel, user, { asAdmin: shouldBeAdmin });
      defaultChannels.push(channel);
    }
  }
  return { member, added: true, defaultChannels };
}
