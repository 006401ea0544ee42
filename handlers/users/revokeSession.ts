import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { AppError, Errors } from '../../server/http/appError';
import { getSessionById } from '../../db/queries/sessions';
import { requireEditUser } from '../../app/users/access';
import { resolveUserId } from '../params';

export const revokeSession: Handler<'RevokeSession'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  await requireEditUser(server, session, userId);
  const sessionId = (ctx.body as { session_id?: unknown } | undefined)?.session_id;
  if (typeof sessionId !== 'string' || sessionId === '') throw Errors.invalidBodyParam('session_id');
  const row = await getSessionById(server.db, sessionId);
  if (!row) throw new AppError('app.session.get.app_error', 'We encountered an error finding the session.', 400);
  if (row.userId !== userId) throw Errors.invalidUrlParam('user_id');
  await server.sessions.revokeToken(row.token);
  await audit(server, ctx, '');
  return ctx.json(200, { status: 'OK' } as never);
};
