import type { Handler } from '../../server/http/handler';
import { toApiTeamMember } from '../../app/teams/serialize';
import { sessionHasPermissionToUser, userCanSeeOtherUser } from '../../app/teams/access';
import { getTeamMembersForUser as getMemberships } from '../../db/queries/teamLists';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { READ_OTHER_USERS_TEAMS, VIEW_MEMBERS } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

/** Every membership of a user, left teams included (Mattermost asks for deleted ones here). */
export const getTeamMembersForUser: Handler<'GetTeamMembersForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await sessionHasPermissionToUser(ctx.server, ctx.session, userId)) && !hasSystemPermission(ctx.server, ctx.session, READ_OTHER_USERS_TEAMS)) {
    throw Errors.permission(READ_OTHER_USERS_TEAMS);
  }
  if (!(await userCanSeeOtherUser(ctx.server, ctx.session, userId))) throw Errors.permission(VIEW_MEMBERS);
  const members = await getMemberships(ctx.server.db, userId, true);
  return ctx.json(200, members.map(toApiTeamMember));
};
