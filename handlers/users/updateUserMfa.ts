import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { Errors } from '../../server/http/appError';
import { loadUser, requireEditUser } from '../../app/users/access';
import { activateMfa, deactivateMfa } from '../../app/mfa/mfa';
import { sendNoticeInBackground } from '../../app/email';
import { resolveUserId } from '../params';

export const updateUserMfa: Handler<'UpdateUserMfa'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  await requireEditUser(server, session, userId);
  const body = (ctx.body ?? {}) as { activate?: unknown; code?: unknown };
  if (typeof body.activate !== 'boolean') throw Errors.invalidBodyParam('activate');
  let code = '';
  if (body.activate) {
    if (typeof body.code !== 'string' || body.code === '') throw Errors.invalidBodyParam('code');
    code = body.code;
  }
  const user = await loadUser(server, userId);
  await audit(server, ctx, 'attempt');
  if (body.activate) await activateMfa(server, user, code);
  else await deactivateMfa(server, user);
  await audit(server, ctx, 'success - mfa updated');
  sendNoticeInBackground(
    server.config.get(),
    user.email,
    'Your multi-factor authentication has been updated',
    body.activate ? 'Multi-factor authentication was turned on for your account.' : 'Multi-factor authentication was turned off for your account.',
  );
  return ctx.json(200, { status: 'OK' } as never);
};
