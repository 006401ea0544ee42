import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';

/**
 * Mattermost registers DELETE /users on its local-mode socket only; over HTTP the route does
 * not exist for DELETE, so the server answers as for any method a path does not have.
 */
export const permanentDeleteAllUsers: Handler<'PermanentDeleteAllUsers'> = () => {
  throw Errors.methodNotAllowed('DELETE');
};
