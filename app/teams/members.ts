/**
 * Team membership operations of the teams API, as Mattermost's app layer runs them: adding a
 * user (AddUserToTeam / JoinUserToTeam / JoinDefaultChannels), leaving or being removed
 * (LeaveTeam), and changing a member's roles, each with its system messages and its events.
 * Operations given a transaction write inside it and return `publish`, to be called once the
 * caller has committed; the others publish themselves after their own commit.
 */
import type { ChannelRow, TeamMemberRow, TeamRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getTeamMemberRow, updateTeamMemberFields } from '../../db/queries/teams';
import { getChannelByName } from '../../db/queries/channels';
import { getUserById, updateUserFields } from '../../db/queries/users';
import { clearSidebarForTeam, deletePreferenceCategory, removeUserFromTeamChannels } from '../../db/queries/teamLists';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { splitSchemeRoles } from '../../server/permissions/memberRoles';
import type { CreatedPost } from '../posts/createPost';
import { postAddToChannel, postJoinChannel } from '../channels/systemPosts';
import { joinTeam, TOWN_SQUARE } from './membership';
import { getTeamOr404, getUserOr404, memberNotFound } from './access';
import { publishAddedToTeam, publishDefaultChannelJoined, publishLeaveTeam, publishMemberRoleUpdated } from './events';
import { postAddToTeam, postJoinTeam, postLeaveTeam, postRemoveFromTeam } from './systemPosts';

export { domainNotAllowed } from './membership';

/** Something written inside a caller's transaction, whose events go out after the commit. */
export interface Deferred<T> {
  value: T;
  publish: () => void;
}

/**
 * Posts land inside the caller's transaction unless the caller passed the server's own
 * connection, in which case each post committed and was announced on its own.
 */
function publishPost(server: ServerContext, db: DbOrTx, post: CreatedPost | null): void {
  if (post && db !== server.db) post.publish();
}

/**
 * Mattermost's JoinUserToTeam: the membership (app/teams/membership.ts joinTeam), then, when
 * ServiceSettings.ExperimentalEnableDefaultChannelLeaveJoinMessages is on, a message in each
 * default channel joined: in town-square "joined the team" (system_join_team), or "added to
 * the team by" (system_add_to_team) when `requestorId` names who added the user; in the other
 * default channels the channel's join / add message. After the commit, per default channel its
 * message (`posted`) and `user_added`, then `added_to_team` to the user. A user already in the
 * team gets none of that.
 */
export async function joinUserToTeam(
  server: ServerContext,
  db: DbOrTx,
  team: TeamRow,
  user: UserRow,
  requestorId = '',
): Promise<Deferred<TeamMemberRow> & { added: boolean }> {
  const joined = await joinTeam(server, db, team, user);
  if (!joined.added) return { value: joined.member, added: false, publish: () => {} };
  const requestor = requestorId ? ((await getUserById(db, requestorId)) ?? null) : null;
  const announce = server.config.get().ServiceSettings.ExperimentalEnableDefaultChannelLeaveJoinMessages;
  const steps: Array<{ channel: ChannelRow; post: CreatedPost | null }> = [];
  for (const channel of joined.defaultChannels) {
    let post: CreatedPost | null = null;
    if (announce) {
      if (channel.name === TOWN_SQUARE) {
        post = requestor ? await postAddToTeam(server, db, channel, requestor, user) : await postJoinTeam(server, db, channel, user);
      } else {
        post = requestor ? await postAddToChannel(server, db, channel, requestor, user) : await postJoinChannel(server, db, channel, user);
      }
    }
    steps.push({ channel, post });
  }
  return {
    value: joined.member,
    added: true,
    publish: () => {
      for (const { channel, post } of steps) {
        publishPost(server, db, post);
        publishDefaultChannelJoined(server, channel, user.id);
      }
      publishAddedToTeam(server, team.id, user.id);
    },
  };
}

/** Mattermost's AddUserToTeam: the team (404), the user (404), then the join. */
export async function addUserToTeam(
  server: ServerContext,
  db: DbOrTx,
  teamId: string,
  userId: string,
  requestorId = '',
): Promise<Deferred<TeamMemberRow> & { added: boolean }> {
  const team = await getTeamOr404(db, teamId);
  const user = await getUserOr404(db, userId);
  return joinUserToTeam(server, db, team, user, requestorId);
}

/**
 * Mattermost's LeaveTeam: a user who never was a member is refused (leaving again is allowed);
 * the user leaves every channel of the team, archived ones included (no channel events, as
 * Mattermost); with join/leave messages on, town-square gets "left the team" when the user
 * left (`requestorId` is the user) or "removed from the team" otherwise; the membership is marked
 * left (its row and explicit roles stay), the user's update_at moves, their sidebar for the team
 * and the preferences filed under it go. After the commit: the message, then `leave_team` to the
 * remaining members and to the user.
 */
export async function removeUserFromTeam(server: ServerContext, db: DbOrTx, team: TeamRow, user: UserRow, requestorId: string): Promise<Deferred<void>> {
  const member = await getTeamMemberRow(db, team.id, user.id);
  if (!member) {
    throw new AppError('api.team.remove_user_from_team.missing.app_error', 'The user does not appear to be part of this team.', 400);
  }
  await removeUserFromTeamChannels(db, team.id, user.id);
  let post: CreatedPost | null = null;
  if (server.config.get().ServiceSettings.ExperimentalEnableDefaultChannelLeaveJoinMessages) {
    const townSquare = await getChannelByName(db, team.id, TOWN_SQUARE);
    if (!townSquare || townSquare.deleteAt !== 0) {
      throw new AppError('app.channel.get_by_name.missing.app_error', 'Channel does not exist.', 404);
    }
    post = requestorId === user.id ? await postLeaveTeam(server, db, townSquare, user) : await postRemoveFromTeam(server, db, townSquare, user);
  }
  const now = nowMillis();
  await updateTeamMemberFields(db, team.id, user.id, { deleteAt: now });
  await updateUserFields(db, user.id, { updateAt: now });
  await clearSidebarForTeam(db, user.id, team.id);
  await deletePreferenceCategory(db, user.id, team.id);
  return {
    value: undefined,
    publish: () => {
      publishPost(server, db, post);
      publishLeaveTeam(server, team.id, user.id);
    },
  };
}

const TEAM_SCHEME_ROLES = new Set(['team_guest', 'team_user', 'team_admin']);

/**
 * Mattermost's UpdateTeamMemberRoles: each name must be a role; team_guest / team_user /
 * team_admin become the scheme flags, other scheme-managed roles are refused, the rest are
 * kept as explicit roles. A member cannot become both guest and user, nor change guest-ness.
 * Then `memberrole_updated` to the member.
 */
export async function updateTeamMemberRoles(server: ServerContext, teamId: string, userId: string, roles: string): Promise<TeamMemberRow> {
  const updated = await server.db.transaction(async (tx) => {
    const member = await getTeamMemberRow(tx, teamId, userId);
    if (!member) throw memberNotFound();
    await getTeamOr404(tx, teamId);
    for (const name of roles.split(/\s+/).filter(Boolean)) {
      const role = server.roles.getByName(name);
      if (!role) throw new AppError('app.role.get_by_name.app_error', 'Unable to get role.', 400, `role_name=${name}`);
      if (role.schemeManaged && !TEAM_SCHEME_ROLES.has(name)) {
        throw new AppError(
          'api.channel.update_team_member_roles.scheme_role.app_error',
          'The provided role is managed by a Scheme and therefore cannot be applied directly to a Team Member.',
          400,
          `role_name=${name}`,
        );
      }
    }
    const next = splitSchemeRoles(roles, 'team');
    if (next.roles.length > 256) {
      throw new AppError('model.team_member.is_valid.roles_limit.app_error', 'Invalid team member roles longer than 256 characters.', 400, '', { Limit: 256 });
    }
    if (next.schemeGuest && next.schemeUser) throw guestAndUser();
    if (next.schemeGuest !== member.schemeGuest) {
      throw new AppError('api.channel.update_team_member_roles.changing_guest_role.app_error', 'Invalid team member update: You can\'t add or remove the guest role manually.', 400);
    }
    return (await updateTeamMemberFields(tx, teamId, userId, next))!;
  });
  publishMemberRoleUpdated(server, updated);
  return updated;
}

function guestAndUser(): AppError {
  return new AppError('api.team.update_team_member_roles.guest_and_user.app_error', 'Invalid team member update: A user must be a guest or a user but not both.', 400);
}

/**
 * Mattermost's UpdateTeamMemberSchemeRoles: sets the three flags; guest and user together are
 * refused. Then `memberrole_updated` to the member.
 */
export async function updateTeamMemberSchemeRoles(
  server: ServerContext,
  teamId: string,
  userId: string,
  flags: { schemeGuest: boolean; schemeUser: boolean; schemeAdmin: boolean },
): Promise<TeamMemberRow> {
  const updated = await server.db.transaction(async (tx) => {
    const member = await getTeamMemberRow(tx, teamId, userId);
    if (!member) throw memberNotFound();
    if (flags.schemeUser && flags.schemeGuest) throw guestAndUser();
    return (await updateTeamMemberFields(tx, teamId, userId, flags))!;
  });
  publishMemberRoleUpdated(server, updated);
  return updated;
}
