import type { NewUserRow, UserRow } from '../../db/schema';
import { countUsers, getUserByEmail, getUserByUsername, insertUser } from '../../db/queries/users';
import { ensureSystemValue } from '../../db/queries/system';
import { hashPassword } from '../../server/auth/password';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import type { ServerContext } from '../../server/context';
import type { DbOrTx } from '../../db/client';
import { isEmailAddressAllowed } from '../teams/domains';
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

export interface CreateUserOptions {
  /** A system admin creates the account: the sign-up switches do not apply. */
  asAdmin: boolean;
  /** Sign-up through an invitation: only the creation domains apply (no open-server switch). */
  invited?: boolean;
  /** Created as a guest (system_guest), as Mattermost's CreateGuest. */
  guest?: boolean;
  /** The address is known to be the user's (an emailed invitation). */
  emailVerified?: boolean;
}

/** A user written inside a caller's transaction, whose events go out after the commit. */
export interface CreatedUser {
  user: UserRow;
  publish: () => Promise<void>;
}

/**
 * Creates a user as Mattermost's createUser does. `asAdmin` skips the sign-up switches (and
 * may create the account with its address already verified); the very first account of a
 * server is always allowed and becomes system_admin. Once stored: `new_user` to everyone, and
 * `user_updated` too when the address is verified (as Mattermost's createUserOrGuest).
 */
export async function createUser(server: ServerContext, input: NewUserInput, opts: CreateUserOptions): Promise<UserRow> {
  const created = await insertNewUser(server, server.db, input, opts);
  await created.publish();
  return created.user;
}

/** createUser's checks and write on `db` (a transaction when the caller has more to write). */
export async function insertNewUser(server: ServerContext, db: DbOrTx, input: NewUserInput, opts: CreateUserOptions): Promise<CreatedUser> {
  const config = server.config.get();
  const row = buildUserRow(input);
  row.emailVerified = opts.emailVerified ?? (opts.asAdmin && input.email_verified === true);
  const invalid = validateProfile({ ...row, first_name: row.firstName!, last_name: row.lastName! } as never);
  if (invalid) throw invalid;
  const passwordError = validatePassword(input.password ?? '', config.PasswordSettings);
  if (passwordError) throw passwordError;

  // An invitation needs a team, so an invited account is never a server's first one.
  const isFirstUser = !opts.invited && (await countUsers(db)) === 0 && (await claimFirstUser(server));
  if (!opts.invited && !opts.asAdmin && !isFirstUser) checkSignupAllowed(server);
  // The creation domains bind every account created here, an admin's included (users.CreateUser).
  checkCreationDomain(server, row.email, opts.guest === true);
  await checkUnique(db, row.username, row.email);

  row.password = await hashPassword(input.password ?? '');
  row.roles = isFirstUser ? 'system_admin system_user' : opts.guest ? 'system_guest' : 'system_user';
  let created: UserRow;
  try {
    created = await insertUser(db, row);
  } catch (err) {
    if (isUniqueViolation(err) && db === server.db) await checkUnique(db, row.username, row.email);
    throw err;
  }
  return {
    user: created,
    publish: async () => {
      if (created.emailVerified) await publishUserUpdated(server, created);
      publishNewUser(server, created.id);
    },
  };
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

/** Open sign-up (CreateUserFromSignup): sign-up allowed, then an open server. */
function checkSignupAllowed(server: ServerContext): void {
  checkUserSignUpAllowed(server);
  if (!server.config.get().TeamSettings.EnableOpenServer) {
    throw new AppError('api.user.create_user.no_open_server', 'This server does not allow open sign-ups. Ask an administrator for an invitation.', 403);
  }
}

/** Mattermost's IsUserSignUpAllowed: 501 when sign-up with email or user creation is off. */
export function checkUserSignUpAllowed(server: ServerContext): void {
  const config = server.config.get();
  if (!config.EmailSettings.EnableSignUpWithEmail || !config.TeamSettings.EnableUserCreation) {
    throw new AppError('api.user.create_user.signup_email_disabled.app_error', 'User sign-up with email is disabled.', 501);
  }
}

/** Mattermost's users.CreateUser: the address must be in RestrictCreationToDomains (the guest list for guests). */
function checkCreationDomain(server: ServerContext, email: string, guest: boolean): void {
  const config = server.config.get();
  const restriction = guest ? config.GuestAccountsSettings.RestrictCreationToDomains : config.TeamSettings.RestrictCreationToDomains;
  if (!isEmailAddressAllowed(email, [restriction])) {
    throw new AppError('api.user.create_user.accepted_domain.app_error', 'The email you provided does not belong to an accepted domain.', 400);
  }
}

export async function checkUnique(db: DbOrTx, username: string, email: string): Promise<void> {
  if (await getUserByEmail(db, email)) {
    throw new AppError('app.user.save.email_exists.app_error', 'An account with that email already exists.', 400);
  }
  if (await getUserByUsername(db, username)) {
    throw new AppError('app.user.save.username_exists.app_error', 'An account with that username already exists.', 400);
  }
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
