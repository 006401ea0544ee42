import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_READ_PERMISSIONS } from '../../server/permissions/permissionIds';
import { appliedSchemaMigrations } from '../../app/system/schemaMigrations';

/** GET /system/schema/version: any System Console read permission will do. */
export const getAppliedSchemaMigrations: Handler<'GetAppliedSchemaMigrations'> = async (ctx) => {
  if (!SYSCONSOLE_READ_PERMISSIONS.some((p) => hasSystemPermission(ctx.server, ctx.session, p))) {
    throw Errors.permission(SYSCONSOLE_READ_PERMISSIONS.join(', '));
  }
  return ctx.json(200, (await appliedSchemaMigrations(ctx.server)) as never);
};
