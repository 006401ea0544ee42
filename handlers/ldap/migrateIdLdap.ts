import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: a non-empty toAttribute is required, then manage_system, then the licence refusal. */
export const migrateIdLdap: Handler<'MigrateIdLdap'> = async (ctx) => {
  const body = ctx.body as { toAttribute?: unknown } | undefined;
  if (typeof body?.toAttribute !== 'string' || body.toAttribute === '') throw Errors.invalidBodyParam('toAttribute');
  return refuse(ctx, perm('manage_system'), fail(LicenceErrors.ldapGroups));
};
