import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { refuse, perm } from '../../app/licensing/refuse';
import { hasSystemPermission } from '../../server/permissions/authorization';

/** No scheme can be created without a licence, so the list is always empty (after Mattermost's checks). */
export const getSchemes: Handler<'GetSchemes'> = async (ctx) => {
  const permission = 'sysconsole_read_user_management_permissions';
  if (!hasSystemPermission(ctx.server, ctx.session, permission)) refuse(ctx, perm(permission));
  const scope = (ctx.query as { scope?: string }).scope ?? '';
  if (scope !== '' && scope !== 'team' && scope !== 'channel') throw Errors.invalidUrlParam('scope');
  return ctx.json(200, [] as never);
};
