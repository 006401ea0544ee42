import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { Errors } from '../../server/http/appError';
import { resetPasswordFromToken } from '../../app/users/password';
import { TOKEN_SIZE } from '../../app/tokens/tokens';

export const resetPassword: Handler<'ResetPassword'> = async (ctx) => {
  const body = (ctx.body ?? {}) as { token?: unknown; new_password?: unknown };
  const token = typeof body.token === 'string' ? body.token : '';
  if (token.length !== TOKEN_SIZE) throw Errors.invalidBodyParam('token');
  await audit(ctx.server, ctx, `attempt - token=${token}`);
  try {
    await resetPasswordFromToken(ctx.server, token, typeof body.new_password === 'string' ? body.new_password : '');
  } catch (err) {
    await audit(ctx.server, ctx, `fail - token=${token}`);
    throw err;
  }
  await audit(ctx.server, ctx, `success - token=${token}`);
  return ctx.json(200, { status: 'OK' } as never);
};
