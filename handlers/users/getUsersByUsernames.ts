import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { getUsersByUsernames as findByUsernames, restrictionCondition } from '../../db/queries/users';
import { isAdminSession, viewRestrictions } from '../../app/users/access';
import { toApiProfiles } from '../../app/users/serialize';

export const getUsersByUsernames: Handler<'GetUsersByUsernames'> = async (ctx) => {
  const { server, session } = ctx;
  const names = ctx.body as unknown;
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) throw Errors.invalidBodyParam('usernames');
  const restrictions = await viewRestrictions(server, session);
  const rows = await findByUsernames(server.db, [...new Set(names as string[])], restrictionCondition(restrictions));
  return ctx.json(200, toApiProfiles(rows, isAdminSession(server, session), server.config.get()) as never);
};
