import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/**
 * Desktop tokens are handed out at the end of an SSO login in the desktop app; a server
 * without SSO never issues one, so every token presented is unknown.
 */
export const loginWithDesktopToken: Handler<'LoginWithDesktopToken'> = () => {
  throw new AppError('app.desktop_token.validate.invalid', 'Invalid or expired desktop token.', 401);
};
