import type { Handler } from '../../server/http/handler';
import { ssoCodeExchangeDeprecated } from '../../app/users/loginType';

/**
 * The deprecated mobile SSO code exchange: with the MobileSSOCodeExchange feature flag off
 * (Mattermost's default) it answers 410 with `Deprecation: true`. Codes are minted by SAML
 * logins, which this server does not offer, so there is nothing to exchange either way.
 */
export const loginSSOCodeExchange: Handler<'LoginSSOCodeExchange'> = (ctx) => {
  ctx.hono.header('Deprecation', 'true');
  throw ssoCodeExchangeDeprecated();
};
