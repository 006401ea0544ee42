import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { READ_AUDITS } from '../../server/permissions/permissionIds';
import { auditsPage } from '../../app/audits/audits';
import { paging } from '../../app/users/params';

/** Every user's audit rows, newest first; Mattermost asks for read_audits (system admins hold it). */
export const getAudits: Handler<'GetAudits'> = async (ctx) => {
  if (!hasSystemPermission(ctx.server, ctx.session, READ_AUDITS)) throw Errors.permission(READ_AUDITS);
  const { page, perPage } = paging(ctx.query as Record<string, unknown>);
  return ctx.json(200, (await auditsPage(ctx.server, '', page, perPage)) as never);
};
