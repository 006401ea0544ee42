import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { requireSystemPermission } from '../../server/permissions/authorization';

export const revokeSessionsFromAllUsers: Handler<'RevokeSessionsFromAllUsers'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, 'manage_system');
  await ctx.server.sessions.revokeEveryone();
  await audit(ctx.server, ctx, '');
  return ctx.json(200, { status: 'OK' } as never);
};
