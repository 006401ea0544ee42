import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { getUserByEmail, getUserByUsername } from '../../db/queries/users';

/**
 * Whether a login needs an MFA code (Mattermost's deprecated checkUserMfa). Refused in
 * hardened mode, which hides whether an account exists.
 */
export const checkUserMfa: Handler<'CheckUserMfa'> = async (ctx) => {
  const { server } = ctx;
  const config = server.config.get();
  if (config.ServiceSettings.ExperimentalEnableHardenedMode) {
    throw new AppError('api.user.check_user_mfa.not_available.app_error', 'MFA is not configured or supported on this server.', 501);
  }
  const loginId = (ctx.body as { login_id?: unknown } | undefined)?.login_id;
  if (typeof loginId !== 'string' || loginId === '') throw Errors.invalidBodyParam('login_id');
  if (!config.ServiceSettings.EnableMultifactorAuthentication) return ctx.json(200, { mfa_required: false } as never);
  let user = config.EmailSettings.EnableSignInWithUsername ? await getUserByUsername(server.db, loginId) : undefined;
  if (!user && config.EmailSettings.EnableSignInWithEmail) user = await getUserByEmail(server.db, loginId);
  return ctx.json(200, { mfa_required: user?.mfaActive ?? false } as never);
};
