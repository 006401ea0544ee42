import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';

export const migrateAuthToSaml: Handler<'MigrateAuthToSaml'> = (ctx) => {
  const body = (ctx.body ?? {}) as { from?: unknown; auto?: unknown; matches?: unknown };
  if (typeof body.from !== 'string' || !['email', 'gitlab', 'ldap', 'google', 'office365'].includes(body.from)) throw Errors.invalidBodyParam('from');
  if (typeof body.auto !== 'boolean') throw Errors.invalidBodyParam('auto');
  if (!body.matches || typeof body.matches !== 'object' || Array.isArray(body.matches)) throw Errors.invalidBodyParam('matches');
  if (!hasSystemPermission(ctx.server, ctx.session, 'manage_system')) throw Errors.permission('manage_system');
  throw new AppError('api.admin.saml.not_available.app_error', 'SAML 2.0 is not configured or supported on this server.', 501);
};
