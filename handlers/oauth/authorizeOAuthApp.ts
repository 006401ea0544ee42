import type { Handler } from '../../server/http/handler';
import { allowAppAccess, validateAuthorizeRequest, type AuthorizeRequest } from '../../app/oauth/flow';
import { Errors } from '../../server/http/appError';
import { EDIT_OTHER_USERS } from '../../server/permissions/permissionIds';

/** POST /oauth/authorize: the user allows the app; answers {redirect} (with the code). An OAuth session may not authorize apps. */
export const authorizeOAuthApp: Handler<'AuthorizeOAuthApp'> = async (ctx) => {
  const req = ctx.body as AuthorizeRequest;
  validateAuthorizeRequest(req);
  if (ctx.session.is_oauth) {
    const err = Errors.permission(EDIT_OTHER_USERS);
    throw Object.assign(err, { detailedError: `${err.detailedError}, attempted access by oauth app` });
  }
  const redirect = await allowAppAccess(ctx.server, ctx.session.user_id, req);
  return ctx.json(200, { redirect });
};
