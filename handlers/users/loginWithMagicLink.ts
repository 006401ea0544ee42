import type { Handler } from '../../server/http/handler';
import { magicLinksAvailable, magicLinkUnavailable } from '../../app/users/loginType';
import { AppError } from '../../server/http/appError';

/**
 * Signing in with a guest magic-link token. Magic links exist only where they are enabled and
 * licensed (never on this server), so the answer is Mattermost's "disabled" refusal; past it, a
 * missing token would be a 400 and any token unknown, as none is ever issued here.
 */
export const loginWithMagicLink: Handler<'LoginWithMagicLink'> = (ctx) => {
  if (!magicLinksAvailable(ctx.server)) throw magicLinkUnavailable();
  const token = (ctx.body as { token?: unknown } | undefined)?.token;
  if (typeof token !== 'string' || token === '') {
    throw new AppError('api.user.guest_magic_link.missing_token.app_error', 'The magic link token is missing.', 400);
  }
  throw magicLinkUnavailable();
};
