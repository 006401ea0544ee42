import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { getUsersWithInvalidEmails as findInvalid } from '../../db/queries/users';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isAdminSession } from '../../app/users/access';
import { toApiProfiles } from '../../app/users/serialize';
import { paging } from '../../app/users/params';

export const getUsersWithInvalidEmails: Handler<'GetUsersWithInvalidEmails'> = async (ctx) => {
  const { server, session } = ctx;
  const config = server.config.get();
  if (config.TeamSettings.EnableOpenServer) {
    throw new AppError('<untranslated>', 'TeamSettings.EnableOpenServer is enabled', 400, 'TeamSettings.EnableOpenServer is enabled');
  }
  if (!hasSystemPermission(server, session, 'sysconsole_read_user_management_users')) throw Errors.permission('sysconsole_read_user_management_users');
  const domains = config.TeamSettings.RestrictCreationToDomains.split(',').map((d) => d.trim()).filter(Boolean);
  const { page, perPage } = paging(ctx.query as Record<string, unknown>);
  const rows = domains.length ? await findInvalid(server.db, domains, page * perPage, perPage) : [];
  return ctx.json(200, toApiProfiles(rows, isAdminSession(server, session), config) as never);
};
