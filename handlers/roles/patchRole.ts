import type { Handler } from '../../server/http/handler';
import { patchRole as patchRoleApp } from '../../app/roles/patchRole';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export const patchRole: Handler<'PatchRole'> = async (ctx) => {
  if (!isValidId(ctx.params.role_id)) throw Errors.invalidUrlParam('role_id');
  const permissions = (ctx.body as { permissions?: unknown }).permissions;
  if (permissions !== undefined && !(Array.isArray(permissions) && permissions.every((p) => typeof p === 'string'))) {
    throw Errors.invalidBodyParam('role');
  }
  return ctx.json(200, await patchRoleApp(ctx.server, ctx.session, ctx.params.role_id, permissions as string[] | undefined));
};
