/**
 * Multi-factor authentication as Mattermost's: a TOTP secret generated per user (kept while
 * MFA is inactive), activated by a valid code, checked at login when
 * ServiceSettings.EnableMultifactorAuthentication is on and the user's MFA is active.
 */
import QRCode from 'qrcode';
import type { UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { updateUserFields } from '../../db/queries/users';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { generateSecret, MalformedCodeError, verifyTotp } from './totp';

function mfaDisabled(): AppError {
  return new AppError('mfa.mfa_disabled.app_error', 'Multi-factor authentication has been disabled on this server.', 501);
}

/** The issuer shown by authenticator apps: the site URL's host, else "Mattermost". */
function issuer(server: ServerContext): string {
  const site = server.config.get().ServiceSettings.SiteURL.trim();
  if (!site) return 'Mattermost';
  return site.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

export async function generateMfaSecret(server: ServerContext, user: UserRow): Promise<{ secret: string; qr_code: string }> {
  if (!server.config.get().ServiceSettings.EnableMultifactorAuthentication) throw mfaDisabled();
  const secret = generateSecret();
  const label = encodeURIComponent(issuer(server));
  const link = `otpauth://totp/${label}:${user.email}?secret=${secret}&issuer=${label}`;
  const png = await QRCode.toBuffer(link, { errorCorrectionLevel: 'H', type: 'png' });
  await updateUserFields(server.db, user.id, { mfaSecret: secret, updateAt: nowMillis() });
  return { secret, qr_code: png.toString('base64') };
}

export async function activateMfa(server: ServerContext, user: UserRow, code: string): Promise<void> {
  if (user.authService !== '' && user.authService !== 'ldap') {
    throw new AppError('api.user.activate_mfa.email_and_ldap_only.app_error', 'MFA is not available for this account type.', 400);
  }
  if (!server.config.get().ServiceSettings.EnableMultifactorAuthentication) throw mfaDisabled();
  let ok = false;
  try {
    ok = verifyTotp(user.mfaSecret, code);
  } catch (err) {
    if (!(err instanceof MalformedCodeError)) throw err;
  }
  if (!ok) throw new AppError('mfa.activate.bad_token.app_error', 'Invalid MFA token.', 401);
  await updateUserFields(server.db, user.id, { mfaActive: true, updateAt: nowMillis() });
}

export async function deactivateMfa(server: ServerContext, user: UserRow): Promise<void> {
  await updateUserFields(server.db, user.id, { mfaActive: false, mfaSecret: '', updateAt: nowMillis() });
}

/**
 * Mattermost's CheckUserMfa at login: nothing to check unless MFA is on for the server and the
 * user; a missing or malformed code is mfa.validate_token.authenticate.app_error (the web app
 * then asks for one), a wrong code api.user.check_user_mfa.bad_code.app_error.
 */
export function checkLoginMfa(server: ServerContext, user: UserRow, token: string): void {
  if (!user.mfaActive || !server.config.get().ServiceSettings.EnableMultifactorAuthentication) return;
  let ok: boolean;
  try {
    ok = verifyTotp(user.mfaSecret, token);
  } catch (err) {
    if (err instanceof MalformedCodeError) {
      throw new AppError('mfa.validate_token.authenticate.app_error', 'Invalid MFA token.', 400, err.message);
    }
    throw err;
  }
  if (!ok) throw new AppError('api.user.check_user_mfa.bad_code.app_error', 'Invalid MFA token.', 401);
}
