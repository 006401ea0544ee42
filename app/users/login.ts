import type { UserRow } from '../../db/schema';
import { getUserByEmail, getUserById, getUserByUsername, recordFailedLogin, updateUserFields } from '../../db/queries/users';
import { hashPassword, needsRehash, verifyPassword } from '../../server/auth/password';
import { AppError } from '../../server/http/appError';
import { isValidId, nowMillis } from '../../server/ids';
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';
import { checkLoginMfa } from '../mfa/mfa';
import { isGuestRole } from './access';

export interface LoginInput {
  id?: string;
  login_id?: string;
  password?: string;
  /** the MFA code */
  token?: string;
  device_id?: string;
}

/** Errors a client may see as they are; every other login failure is masked (as Mattermost does). */
const UNMASKED = new Set([
  'mfa.validate_token.authenticate.app_error',
  'api.user.check_user_mfa.bad_code.app_error',
  'api.user.login.blank_pwd.app_error',
  'api.user.login.bot_login_forbidden.app_error',
  'api.user.login.inactive.app_error',
  'api.user.login.not_verified.app_error',
  'api.user.check_user_login_attempts.too_many.app_error',
  'api.user.login.guest_accounts.license.error',
]);

/** Guest accounts are a licensed feature: an unlicensed Mattermost refuses their logins. */
function guestLoginRefused(): AppError {
  return new AppError('api.user.login.guest_accounts.license.error', 'Guest accounts are not available without a license.', 401);
}

export async function login(server: ServerContext, input: LoginInput): Promise<{ user: UserRow; session: Session }> {
  try {
    const user = await authenticate(server, input);
    if (isGuestRole(user.roles)) throw guestLoginRefused();
    const config = server.config.get().ServiceSettings;
    const deviceId = input.device_id ?? '';
    if (deviceId) await server.sessions.revokeForDevice(user.id, deviceId, '');
    const session = await server.sessions.create({
      userId: user.id,
      roles: user.roles,
      deviceId,
      lengthHours: deviceId ? config.SessionLengthMobileInHours : config.SessionLengthWebInHours,
      props: { is_guest: String(isGuestRole(user.roles)) },
    });
    return { user, session };
  } catch (err) {
    if (err instanceof AppError && !UNMASKED.has(err.id)) throw maskedLoginError(server);
    throw err;
  }
}

/** Too many failed attempts locks the account until a password reset or an admin unlocks it. */
export function checkLoginAttempts(server: ServerContext, user: UserRow): void {
  const max = server.config.get().ServiceSettings.MaximumLoginAttempts;
  if (max > 0 && user.failedAttempts >= max) {
    throw new AppError(
      'api.user.check_user_login_attempts.too_many.app_error',
      'Your account is locked because of too many failed password attempts. Please reset your password.',
      401,
    );
  }
}

export function invalidPassword(): AppError {
  return new AppError('api.user.check_user_password.invalid.app_error', 'Login failed because of invalid password.', 401);
}

/**
 * Mattermost's CheckPasswordAndAllCriteria (without MFA): the lockout, then the password
 * (a failure counts an attempt), then the counter reset. An imported bcrypt hash is
 * replaced by an argon2id one once it has matched.
 */
export async function checkPassword(server: ServerContext, user: UserRow, password: string): Promise<void> {
  checkLoginAttempts(server, user);
  if (!(await verifyPassword(user.password, password))) {
    await recordFailedLogin(server.db, user.id);
    throw invalidPassword();
  }
  const fields: Partial<UserRow> = { failedAttempts: 0 };
  if (needsRehash(user.password)) fields.password = await hashPassword(password);
  await updateUserFields(server.db, user.id, fields);
}

async function authenticate(server: ServerContext, input: LoginInput): Promise<UserRow> {
  const password = input.password ?? '';
  if (!password) throw new AppError('api.user.login.blank_pwd.app_error', 'Password field must not be blank', 400);
  const user = await findUserForLogin(server, input);
  if (!user) throw new AppError('store.sql_user.get_for_login.app_error', 'Unable to find an existing account matching your credentials.', 400);
  if (user.authService !== '') {
    throw new AppError('api.user.login.use_auth_service.app_error', `Please sign in using ${user.authService}.`, 400);
  }
  // preflight: deactivated, bot, locked
  if (user.deleteAt !== 0) {
    throw new AppError('api.user.login.inactive.app_error', 'Login failed because your account has been deactivated. Please contact an administrator.', 401);
  }
  if (user.isBot) throw new AppError('api.user.login.bot_login_forbidden.app_error', 'Bot login is forbidden.', 401);
  checkLoginAttempts(server, user);
  if (!(await verifyPassword(user.password, password))) {
    await recordFailedLogin(server.db, user.id);
    throw invalidPassword();
  }
  const mfaToken = input.token ?? '';
  try {
    checkLoginMfa(server, user, mfaToken);
  } catch (err) {
    // An empty code is the client asking whether MFA is needed: it costs no attempt.
    if (mfaToken !== '') await recordFailedLogin(server.db, user.id);
    if (err instanceof AppError) throw new AppError(err.id, err.message, 401, err.detailedError);
    throw err;
  }
  const now = nowMillis();
  const fields: Partial<UserRow> = { failedAttempts: 0, lastLogin: now };
  if (needsRehash(user.password)) fields.password = await hashPassword(password);
  await updateUserFields(server.db, user.id, fields);
  if (server.config.get().EmailSettings.RequireEmailVerification && !user.emailVerified) {
    throw new AppError('api.user.login.not_verified.app_error', 'Login failed because email address has not been verified.', 401);
  }
  return { ...user, ...fields } as UserRow;
}

async function findUserForLogin(server: ServerContext, input: LoginInput): Promise<UserRow | undefined> {
  if (input.id) return isValidId(input.id) ? getUserById(server.db, input.id) : undefined;
  const settings = server.config.get().EmailSettings;
  const id = (input.login_id ?? '').trim();
  if (!id) return undefined;
  if (settings.EnableSignInWithUsername) {
    const byName = await getUserByUsername(server.db, id);
    if (byName) return byName;
  }
  if (settings.EnableSignInWithEmail) return getUserByEmail(server.db, id);
  return undefined;
}

function maskedLoginError(server: ServerContext): AppError {
  const config = server.config.get() as unknown as Record<string, { Enable?: boolean } | undefined>;
  const sso = ['SamlSettings', 'GitLabSettings', 'OpenIdSettings', 'GoogleSettings', 'Office365Settings'].some((k) => config[k]?.Enable === true);
  if (sso) return new AppError('api.user.login.invalid_credentials_sso', 'Enter a valid email or username and/or password, or sign in using another method.', 401);
  const s = server.config.get().EmailSettings;
  if (s.EnableSignInWithUsername && !s.EnableSignInWithEmail) {
    return new AppError('api.user.login.invalid_credentials_username', 'Enter a valid username and/or password.', 401);
  }
  if (!s.EnableSignInWithUsername && s.EnableSignInWithEmail) {
    return new AppError('api.user.login.invalid_credentials_email', 'Enter a valid email and/or password.', 401);
  }
  return new AppError('api.user.login.invalid_credentials_email_username', 'Enter a valid email or username and/or password.', 401);
}
