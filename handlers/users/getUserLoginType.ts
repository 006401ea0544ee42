import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { magicLinksAvailable, magicLinkUnavailable } from '../../app/users/loginType';

/**
 * Which way a login id signs in (`{auth_service: "" | "magic_link", is_deactivated}`). The
 * endpoint exists only where guest magic links are enabled and licensed; elsewhere Mattermost
 * answers 404. Past that gate only guest magic-link accounts get a non-empty answer, and this
 * server has none (they are created by licensed guest invitations).
 */
export const getUserLoginType: Handler<'GetUserLoginType'> = (ctx) => {
  if (!magicLinksAvailable(ctx.server)) throw magicLinkUnavailable();
  const loginId = (ctx.body as { login_id?: unknown } | undefined)?.login_id;
  if (typeof loginId !== 'string' || loginId === '') throw Errors.invalidBodyParam('login_id');
  return ctx.json(200, { auth_service: '', is_deactivated: false } as never);
};
