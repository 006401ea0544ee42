/**
 * Guest magic links (GetUserLoginType, LoginWithMagicLink) and the deprecated mobile SSO code
 * exchange, as an unlicensed Mattermost answers them. Magic links need
 * GuestAccountsSettings.EnableGuestMagicLink (off by default), guest accounts and a licence
 * with guest accounts; without all three Mattermost answers 404. This server is never licensed,
 * so the 404 is its answer. The code exchange answers 410 (with `Deprecation: true`) unless the
 * MobileSSOCodeExchange feature flag is on (off by default); codes come from SAML logins, which
 * this server does not offer, so the flag is not consulted.
 */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';

export function magicLinkUnavailable(): AppError {
  return new AppError('api.user.login.guest_magic_link.disabled.error', 'Login with magic link is disabled.', 404);
}

/** Every condition Mattermost puts on magic links; false on an unlicensed server whatever the settings. */
export function magicLinksAvailable(server: ServerContext): boolean {
  const guests = server.config.get().GuestAccountsSettings as unknown as Record<string, unknown>;
  const licensedForGuests = false;
  return guests.EnableGuestMagicLink === true && guests.Enable === true && licensedForGuests;
}

export function ssoCodeExchangeDeprecated(): AppError {
  return new AppError(
    'api.user.login_sso_code_exchange.deprecated.app_error',
    'The SSO code exchange is deprecated; mobile apps complete SSO through the direct callback.',
    410,
  );
}
