import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';

export const migrateAuthToLdap: Handler<'MigrateAuthToLdap'> = (ctx) => {
  const body = (ctx.body ?? {}) as { from?: unknown; force?: unknown; match_field?: unknown };
  if (typeof body.from !== 'string' || !['email', 'gitlab', 'saml', 'google', 'office365'].includes(body.from)) throw Errors.invalidBodyParam('from');
  if (typeof body.force !== 'boolean') throw Errors.invalidBodyParam('force');
  if (typeof body.match_field !== 'string') throw Errors.invalidBodyParam('match_field');
  if (!hasSystemPermission(ctx.server, ctx.session, 'manage_system')) throw Errors.permission('manage_system');
  throw new AppError('api.admin.ldap.not_available.app_error', 'LDAP is not available.', 501);
};
