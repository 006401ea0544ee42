import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** Customer Web Server logins exist for Mattermost Cloud only. */
export const loginByCwsToken: Handler<'LoginByCwsToken'> = () => {
  throw new AppError('api.user.login_cws.license.error', 'CWS login is only available on a cloud licensed server.', 401);
};
