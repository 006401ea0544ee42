import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { getUserByEmail, getUserById } from '../../db/queries/users';
import { checkPassword } from '../../app/users/login';
import { checkLoginMfa } from '../../app/mfa/mfa';
import { setPassword } from '../../app/users/password';
import { requestSiteUrl } from '../../app/users/params';

const SSO_SERVICES = new Set(['gitlab', 'google', 'office365', 'openid', 'saml']);

/**
 * Switching between email sign-in and another service. LDAP needs an LDAP server (a licensed
 * feature); moving to an OAuth/SAML service needs that service configured, which a Team Edition
 * server without SSO settings is not; moving from one to email sets a password.
 */
export const switchAccountType: Handler<'SwitchAccountType'> = async (ctx) => {
  const { server } = ctx;
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const current = str('current_service');
  const next = str('new_service');
  const hardened = server.config.get().ServiceSettings.ExperimentalEnableHardenedMode;
  if (current === 'email' && SSO_SERVICES.has(next)) {
    if (hardened) throw new AppError('api.user.email_to_oauth.not_available.app_error', 'Authentication Transfer not configured or available on this server.', 403);
    const user = await getUserByEmail(server.db, str('email'));
    if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
    await checkPassword(server, user, str('password'));
    checkLoginMfa(server, user, str('mfa_code'));
    throw new AppError('api.user.get_authorization_code.unsupported.app_error', 'Unsupported OAuth service provider.', 501, `service=${next}`);
  }
  if (SSO_SERVICES.has(current) && next === 'email') {
    const session = ctx.session;
    if (!session) throw Errors.sessionExpired('UserRequired');
    if (hardened) throw new AppError('api.user.oauth_to_email.not_available.app_error', 'Authentication Transfer not configured or available on this server.', 403);
    const user = await getUserById(server.db, session.user_id);
    if (!user || user.email !== str('email').toLowerCase()) {
      throw new AppError('api.user.oauth_to_email.context.app_error', 'Update password failed because context user_id did not match provided user\'s id.', 403);
    }
    await setPassword(server, user, str('new_password'), null);
    await server.sessions.revokeAllForUser(user.id);
    const site = requestSiteUrl(server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') });
    return ctx.json(200, { follow_link: `${site}/login?extra=signin_change` } as never);
  }
  if (current === 'email' && next === 'ldap') {
    throw new AppError('api.user.email_to_ldap.not_available.app_error', 'AD/LDAP not available on this server.', 501);
  }
  if (current === 'ldap' && next === 'email') {
    throw new AppError('api.user.ldap_to_email.not_available.app_error', 'AD/LDAP not available on this server.', 501);
  }
  throw Errors.invalidBodyParam('switch_request');
};
