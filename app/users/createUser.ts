import type { NewUserRow, UserRow } from '../../db/schema';
import { countUsers, getUserByEmail, getUserByUsername, insertUser } from '../../db/queries/users';
import { ensureSystemValue } from '../../db/queries/system';
import { hashPassword } from '../../server/auth/password';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import type { ServerContext } from '../../server/context';
import { validatePassword, validateProfile } from './validate';
import { publishNewUser, publishUserUpdated } from './events';

export interface NewUserInput {
  username?: string;
  email?: string;
  password?: string;
  nickname?: string;
  first_name?: string;
  last_name?: string;
  position?: string;
  locale?: string;
  props?: Record<string, string>;
  notify_props?: Record<string, string>;
  timezone?: Record<string, string>;
  disable_welcome_email?: boolean;
  /** Kept only when an admin creates the account (Mattermost's SanitizeInput). */
  email_verified?: boolean;
}

export const DEFAULT_TIMEZONE = { automaticTimezone: '', manualTimezone: '', useAutomaticTimezone: 'true' };

export const DEFAULT_NOTIFY_PROPS: Record<string, string> = {
  email: 'true',
  push: 'mention',
  desktop: 'mention',
  desktop_sound: 'true',
  mention_keys: '',
  channel: 'true',
  push_status: 'away',
  comments: 'never',
  first_name: 'false',
  desktop_threads: 'all',
  email_threads: 'all',
  push_threads: 'all',
};

/** Claimed by the first account created on a fresh server (it becomes system admin). */
const FIRST_USER_MARKER = 'FirstUserClaimed';

/**
 * Creates a user as Mattermost's createUser does. `asAdmin` skips the sign-up switches (and
 * may create the account with its address already verified); the very first account of a
 * server is always allowed and becomes system_admin. Once stored: `new_user` to everyone, and
 * `user_updated` too when the address is verified (as Mattermost's createUserOrGuest).
 */
export async function createUser(server: ServerContext, input: NewUserInput, opts: { asAdmin: boolean }): Promise<UserRow> {
  const config = server.config.get();
  const row = buildUserRow(input);
  row.emailVerified = opts.asAdmin && input.email_verified === true;
  const invalid = validateProfile({ ...row, first_name: row.firstName!, last_name: row.lastName! } as never);
  if (invalid) throw invalid;
  const passwordError = validatePassword(input.password ?? '', config.PasswordSettings);
  if (passwordError) throw passwordError;

  const isFirstUser = (await countUsers(server.db)) === 0 && (await claimFirstUser(server));
  if (!opts.asAdmin && !isFirstUser) checkSignupAllowed(server, row.email);
  await checkUnique(server, row.username, row.email);

  row.password = await hashPassword(input.password ?? '');
  row.roles = isFirstUser ? 'system_admin system_user' : 'system_user';
  let created: UserRow;
  try {
    created = await insertUser(server.db, row);
  } catch (err) {
    if (isUniqueViolation(err)) await checkUnique(server, row.username, row.email);
    throw err;
  }
  if (created.emailVerified) await publishUserUpdated(server, created);
  publishNewUser(server, created.id);
  return created;
}

function buildUserRow(input: NewUserInput): NewUserRow & { username: string; email: string } {
  const now = nowMillis();
  return {
    id: newId(),
    createAt: now,
    updateAt: now,
    lastPasswordUpdate: now,
    username: (input.username ?? '').trim().toLowerCase(),
    email: (input.email ?? '').trim().toLowerCase(),
    nickname: input.nickname ?? '',
    firstName: input.first_name ?? '',
    lastName: input.last_name ?? '',
    position: input.position ?? '',
    locale: input.locale || 'en',
    props: input.props ?? {},
    notifyProps: input.notify_props && Object.keys(input.notify_props).length ? input.notify_props : { ...DEFAULT_NOTIFY_PROPS },
    timezone: input.timezone ?? { ...DEFAULT_TIMEZONE },
    disableWelcomeEmail: input.disable_welcome_email ?? false,
  };
}

/** Only one request may be the first account, even when several race. */
async function claimFirstUser(server: ServerContext): Promise<boolean> {
  const marker = newId();
  return (await ensureSystemValue(server.db, FIRST_USER_MARKER, marker)) === marker;
}

function checkSignupAllowed(server: ServerContext, email: string): void {
  const config = server.config.get();
  if (!config.EmailSettings.EnableSignUpWithEmail || !config.TeamSettings.EnableUserCreation) {
    throw new AppError('api.user.create_user.signup_email_disabled.app_error', 'User sign-up with email is disabled.', 501);
  }
  if (!config.TeamSettings.EnableOpenServer) {
    throw new AppError('api.user.create_user.no_open_server', 'This server does not allow open sign-ups. Ask an administrator for an invitation.', 403);
  }
  const domains = config.TeamSettings.RestrictCreationToDomains.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  if (domains.length && !domains.includes(email.slice(email.lastIndexOf('@') + 1))) {
    throw new AppError('api.user.create_user.accepted_domain.app_error', 'The email you provided does not belong to an accepted domain.', 400);
  }
}

async function checkUnique(server: ServerContext, username: string, email: string): Promise<void> {
  if (await getUserByEmail(server.db, email)) {
    throw new AppError('app.user.save.email_exists.app_error', 'An account with that email already exists.', 400);
  }
  if (await getUserByUsername(server.db, username)) {
    throw new AppError('app.user.save.username_exists.app_error', 'An account with that username already exists.', 400);
  }
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
