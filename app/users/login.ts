import type { UserRow } from '../../db/schema';
import { getUserByEmail, getUserByUsername, recordFailedLogin, updateUserFields } from '../../db/queries/users';
import { verifyPassword } from '../../server/auth/password';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';

export interface LoginInput {
  login_id?: string;
  password?: string;
  token?: string;
  device_id?: string;
}

/** Errors a client may see as they are; every other login failure is masked (as Mattermost does). */
const UNMASKED = new Set([
  'api.user.login.inactive.app_error',
  'api.user.login.bot_login_forbidden.app_error',
  'api.user.check_user_login_attempts.too_many.app_error',
]);

export async function login(server: ServerContext, input: LoginInput): Promise<{ user: UserRow; session: Session }> {
  try {
    const user = await authenticate(server, input);
    const config = server.config.get().ServiceSettings;
    const deviceId = input.device_id ?? '';
    const session = await server.sessions.create({
      userId: user.id,
      roles: user.roles,
      deviceId,
      lengthHours: deviceId ? config.SessionLengthMobileInHours : config.SessionLengthWebInHours,
    });
    return { user, session };
  } catch (err) {
    if (err instanceof AppError && !UNMASKED.has(err.id)) throw maskedLoginError(server);
    throw err;
  }
}

async function authenticate(server: ServerContext, input: LoginInput): Promise<UserRow> {
  const user = await findUserForLogin(server, input.login_id ?? '');
  if (!user) throw new AppError('store.sql_user.get_for_login.app_error', 'Unable to find an existing account matching your credentials.', 400);
  const maxAttempts = server.config.get().ServiceSettings.MaximumLoginAttempts;
  if (maxAttempts > 0 && user.failedAttempts >= maxAttempts) {
    throw new AppError('api.user.check_user_login_attempts.too_many.app_error', 'Your account is locked because of too many failed password attempts. Please reset your password.', 401);
  }
  if (!(await verifyPassword(user.password, input.password ?? ''))) {
    await recordFailedLogin(server.db, user.id);
    throw new AppError('api.user.check_user_password.invalid.app_error', 'Login failed because of invalid password.', 401);
  }
  if (user.deleteAt !== 0) {
    throw new AppError('api.user.login.inactive.app_error', 'Login failed because your account has been deactivated. Please contact an administrator.', 401);
  }
  if (user.isBot) throw new AppError('api.user.login.bot_login_forbidden.app_error', 'Bot login is forbidden.', 401);
  const now = nowMillis();
  await updateUserFields(server.db, user.id, { failedAttempts: 0, lastLogin: now });
  return { ...user, failedAttempts: 0, lastLogin: now };
}

async function findUserForLogin(server: ServerContext, loginId: string): Promise<UserRow | undefined> {
  const settings = server.config.get().EmailSettings;
  const id = loginId.trim();
  if (!id) return undefined;
  if (settings.EnableSignInWithUsername) {
    const byName = await getUserByUsername(server.db, id);
    if (byName) return byName;
  }
  if (settings.EnableSignInWithEmail) return getUserByEmail(server.db, id);
  return undefined;
}

function maskedLoginError(server: ServerContext): AppError {
  const s = server.config.get().EmailSettings;
  if (s.EnableSignInWithUsername && !s.EnableSignInWithEmail) {
    return new AppError('api.user.login.invalid_credentials_username', 'Enter a valid username and/or password.', 401);
  }
  if (!s.EnableSignInWithUsername && s.EnableSignInWithEmail) {
    return new AppError('api.user.login.invalid_credentials_email', 'Enter a valid email and/or password.', 401);
  }
  return new AppError('api.user.login.invalid_credentials_email_username', 'Enter a valid email or username and/or password.', 401);
}
