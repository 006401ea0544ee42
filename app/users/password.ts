/**
 * Passwords: changes (own, with the current password; others', by an admin), the reset flow
 * by email (a single-use token valid 24 hours), and email verification.
 */
import type { UserRow } from '../../db/schema';
import { getUserByEmail, getUserById, updateUserReturning } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';
import { hashPassword } from '../../server/auth/password';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { validatePassword } from './validate';
import { checkPassword } from './login';
import {
  consumeToken,
  createToken,
  deleteUserTokensOfType,
  findToken,
  PASSWORD_RECOVER_EXPIRY_MS,
  TOKEN_TYPE_PASSWORD_RECOVERY,
  TOKEN_TYPE_VERIFY_EMAIL,
  tokenExtra,
} from '../tokens/tokens';
import { sendNoticeInBackground, sendPasswordResetEmail, sendVerifyEmail } from '../email';
import { publishUserUpdated } from './events';

/**
 * Mattermost's UpdatePassword: the policy, then the hash (an SSO account becomes an email
 * account), the failed attempts cleared, and — with TerminateSessionsOnPasswordChange — every
 * other session of the user revoked.
 */
export async function setPassword(server: ServerContext, user: UserRow, newPassword: string, currentSession: Session | null): Promise<void> {
  const config = server.config.get();
  const invalid = validatePassword(newPassword, config.PasswordSettings);
  if (invalid) throw invalid;
  const now = nowMillis();
  await updateUserReturning(server.db, user.id, {
    password: await hashPassword(newPassword),
    lastPasswordUpdate: now,
    updateAt: now,
    authData: null,
    authService: '',
    failedAttempts: 0,
  });
  if (config.ServiceSettings.TerminateSessionsOnPasswordChange) {
    const keep = currentSession && currentSession.user_id === user.id ? currentSession.id : undefined;
    await server.sessions.revokeAllForUser(user.id, keep);
  }
  sendNoticeInBackground(config, user.email, 'Your password has been updated', 'The password of your account was changed. If you did not change it, contact your administrator.');
}

/** An already-hashed password set by an admin (migrations): stored as given. */
export async function setHashedPassword(server: ServerContext, user: UserRow, hash: string): Promise<void> {
  const now = nowMillis();
  await updateUserReturning(server.db, user.id, { password: hash, lastPasswordUpdate: now, updateAt: now });
}

/** UpdatePasswordAsUser: an SSO account has no password; the current one must match. */
export async function changeOwnPassword(server: ServerContext, user: UserRow, currentPassword: string, newPassword: string, session: Session): Promise<void> {
  if (user.authData) {
    throw new AppError('api.user.update_password.oauth.app_error', 'Update password failed because the user is logged in through an OAuth service.', 400, `auth_service=${user.authService}`);
  }
  try {
    await checkPassword(server, user, currentPassword);
  } catch (err) {
    if (err instanceof AppError && err.id === 'api.user.check_user_password.invalid.app_error') {
      throw new AppError('api.user.update_password.incorrect.app_error', 'The "Current Password" you entered is incorrect. Please check that Caps Lock is off and try again.', 400);
    }
    throw err;
  }
  await setPassword(server, user, newPassword, session);
}

// --- reset by email -----------------------------------------------------------------------------

/** SendPasswordReset: false when no such account (which is not an error). */
export async function sendPasswordReset(server: ServerContext, email: string, site: string): Promise<boolean> {
  const user = await getUserByEmail(server.db, email);
  if (!user) return false;
  if (user.authData) {
    throw new AppError('api.user.send_password_reset.sso.app_error', 'Cannot reset password for SSO accounts.', 400, `userId=${user.id}`);
  }
  await deleteUserTokensOfType(server.db, TOKEN_TYPE_PASSWORD_RECOVERY, user.id);
  const token = await createToken(server.db, TOKEN_TYPE_PASSWORD_RECOVERY, { UserId: user.id, Email: user.email });
  try {
    await sendPasswordResetEmail(server.config.get(), user.email, token.token, site);
  } catch (err) {
    throw new AppError('api.user.send_password_reset.send.app_error', 'Failed to send password reset email successfully.', 500, String(err));
  }
  return true;
}

export async function resetPasswordFromToken(server: ServerContext, tokenString: string, newPassword: string): Promise<void> {
  const token = await findToken(server.db, tokenString);
  if (!token) throw new AppError('api.user.reset_password.invalid_link.app_error', 'The reset password link does not appear to be valid.', 400);
  if (token.type !== TOKEN_TYPE_PASSWORD_RECOVERY) {
    throw new AppError('api.user.reset_password.broken_token.app_error', 'The reset password token does not appear to be valid.', 400);
  }
  const expired = () => new AppError('api.user.reset_password.link_expired.app_error', 'The password reset link has expired.', 400);
  if (nowMillis() - token.createAt >= PASSWORD_RECOVER_EXPIRY_MS) throw expired();
  const extra = tokenExtra<{ UserId: string; Email: string }>(token);
  const user = extra.UserId ? await getUserById(server.db, extra.UserId) : undefined;
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  if (user.email !== extra.Email) throw expired();
  if (user.authService !== '' && user.authService !== 'email') {
    throw new AppError('api.user.reset_password.sso.app_error', 'Cannot reset password for SSO accounts.', 400, `userId=${user.id}`);
  }
  const invalid = validatePassword(newPassword, server.config.get().PasswordSettings);
  if (invalid) throw invalid;
  // single use: whoever deletes the token first resets the password
  if (!(await consumeToken(server.db, token.token))) {
    throw new AppError('api.user.reset_password.invalid_link.app_error', 'The reset password link does not appear to be valid.', 400);
  }
  await setPassword(server, user, newPassword, null);
}

// --- email verification -------------------------------------------------------------------------

export async function sendEmailVerification(server: ServerContext, user: UserRow, email: string, site: string, redirect?: string): Promise<void> {
  const token = await createToken(server.db, TOKEN_TYPE_VERIFY_EMAIL, { UserId: user.id, Email: email });
  await sendVerifyEmail(server.config.get(), email, token.token, site, { redirect, changingAddress: email !== user.email });
}

/** VerifyEmailFromToken; every failure is reported as api.user.verify_email.bad_link.app_error by the handler. */
export async function verifyEmailFromToken(server: ServerContext, tokenString: string): Promise<void> {
  const token = await findToken(server.db, tokenString);
  if (!token) throw new AppError('api.user.verify_email.bad_link.app_error', 'Bad verify email link.', 400);
  if (token.type !== TOKEN_TYPE_VERIFY_EMAIL) throw new AppError('api.user.verify_email.broken_token.app_error', 'Bad verify email token type.', 400);
  if (nowMillis() - token.createAt >= PASSWORD_RECOVER_EXPIRY_MS) {
    throw new AppError('api.user.verify_email.link_expired.app_error', 'The email verification link has expired.', 400);
  }
  const extra = tokenExtra<{ UserId: string; Email: string }>(token);
  const user = extra.UserId ? await getUserById(server.db, extra.UserId) : undefined;
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  const email = String(extra.Email ?? '').toLowerCase();
  if (!(await consumeToken(server.db, token.token))) throw new AppError('api.user.verify_email.bad_link.app_error', 'Bad verify email link.', 400);
  await verifyUserEmail(server, user.id, email);
}

/** Marks the address verified (and makes it the account's address); `user_updated` follows. */
export async function verifyUserEmail(server: ServerContext, userId: string, email: string): Promise<UserRow> {
  const other = await getUserByEmail(server.db, email);
  if (other && other.id !== userId) throw new AppError('app.user.verify_email.app_error', 'Unable to update verify email field.', 400);
  const row = await updateUserReturning(server.db, userId, { email, emailVerified: true, updateAt: nowMillis() });
  if (!row) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  await publishUserUpdated(server, row);
  return row;
}
