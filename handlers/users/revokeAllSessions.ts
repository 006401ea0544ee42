import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { requireEditUser } from '../../app/users/access';
import { resolveUserId } from '../params';

export const revokeAllSessions: Handler<'RevokeAllSessions'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requireEditUser(ctx.server, ctx.session, userId);
  await ctx.server.sessions.revokeAllForUser(userId);
  await audit(ctx.server, ctx, '');
  return ctx.json(200, { status: 'OK' } as never);
};
