import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { resetPasswordFromToken } from '../../app/users/password';
import { TOKEN_SIZE } from '../../app/tokens/tokens';

export const resetPassword: Handler<'ResetPassword'> = async (ctx) => {
  const body = (ctx.body ?? {}) as { token?: unknown; new_password?: unknown };
  const token = typeof body.token === 'string' ? body.token : '';
  if (token.length !== TOKEN_SIZE) throw Errors.invalidBodyParam('token');
  await resetPasswordFromToken(ctx.server, token, typeof body.new_password === 'string' ? body.new_password : '');
  return ctx.json(200, { status: 'OK' } as never);
};
