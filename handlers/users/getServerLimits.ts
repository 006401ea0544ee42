import type { Handler } from '../../server/http/handler';
import { countUsersFiltered } from '../../db/queries/users';
import { hasSystemPermission } from '../../server/permissions/authorization';

/**
 * Team Edition's hard-coded seat figures (Mattermost 11's app/limits.go for a server without a
 * licence): a soft limit of 200 active users and a hard limit of 250.
 */
export const TEAM_EDITION_MAX_USERS = 200;
export const TEAM_EDITION_MAX_USERS_HARD = 250;

/**
 * GET /limits/server: system admins who may read the user management console get the seat
 * figures and the active (non-bot, not deactivated) user count; everyone else gets only the
 * message-history limits, which are zero without a licence.
 */
export const getServerLimits: Handler<'GetServerLimits'> = async (ctx) => {
  const { server, session } = ctx;
  const isAdmin = hasSystemPermission(server, session, 'manage_system') && hasSystemPermission(server, session, 'sysconsole_read_user_management_users');
  const limits = {
    maxUsersLimit: 0,
    maxUsersHardLimit: 0,
    activeUserCount: 0,
    singleChannelGuestCount: 0,
    singleChannelGuestLimit: 0,
    postHistoryLimit: 0,
    lastAccessiblePostTime: 0,
  };
  if (isAdmin) {
    limits.maxUsersLimit = TEAM_EDITION_MAX_USERS;
    limits.maxUsersHardLimit = TEAM_EDITION_MAX_USERS_HARD;
    limits.activeUserCount = await countUsersFiltered(server.db, { includeBots: false });
  }
  return ctx.json(200, limits as never);
};
