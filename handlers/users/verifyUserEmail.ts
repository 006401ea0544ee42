import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { verifyEmailFromToken } from '../../app/users/password';
import { TOKEN_SIZE } from '../../app/tokens/tokens';

export const verifyUserEmail: Handler<'VerifyUserEmail'> = async (ctx) => {
  const token = (ctx.body as { token?: unknown } | undefined)?.token;
  if (typeof token !== 'string' || token.length !== TOKEN_SIZE) throw Errors.invalidBodyParam('token');
  try {
    await verifyEmailFromToken(ctx.server, token);
  } catch (err) {
    if (err instanceof AppError) throw new AppError('api.user.verify_email.bad_link.app_error', 'Bad verify email link.', 400, err.id);
    throw err;
  }
  return ctx.json(200, { status: 'OK' } as never);
};
