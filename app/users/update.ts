/**
 * Changing users, as Mattermost's UpdateUser / PatchUser / UpdateUserRoles / UpdateActive /
 * PermanentDeleteUser: what a request may change, what is always kept, uniqueness and
 * email rules.
 */
import { and, eq } from 'drizzle-orm';
import type { UserRow } from '../../db/schema';
import { channelMembers, preferences, status, teamMembers, userAccessTokens } from '../../db/schema';
import { countSystemAdmins, deleteUserRow, getUserByEmail, getUserByUsername, updateUserReturning } from '../../db/queries/users';
import { deleteSessionsForUser } from '../../db/queries/sessions';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { isUniqueViolation, DEFAULT_NOTIFY_PROPS } from './createUser';
import { validateProfile, invalidUserField } from './validate';
import { isGuestRole, isSystemAdminRole } from './access';
import { announceStatus, saveStatusRow } from '../status/status';
import { publishUserRoleUpdated, publishUserUpdated } from './events';
import { createToken, TOKEN_TYPE_VERIFY_EMAIL } from '../tokens/tokens';
import { sendVerifyEmail } from '../email';
import { handleUserDeactivated } from '../bots/ownerDeactivated';

/** The profile fields a user (or an admin for them) may change. */
export interface ProfileChanges {
  username?: string;
  email?: string;
  nickname?: string;
  first_name?: string;
  last_name?: string;
  position?: string;
  locale?: string;
  props?: Record<string, string>;
  notify_props?: Record<string, string>;
  timezone?: Record<string, string>;
}

const OAUTH_SERVICES = new Set(['gitlab', 'google', 'office365', 'openid']);

/**
 * CheckProviderAttributes: the field a login provider owns and the change would override,
 * or '' when the change is allowed.
 */
export function providerConflict(user: UserRow, changes: ProfileChanges): string {
  const changing = (current: string, next: string | undefined) => next !== undefined && next !== current;
  if (user.authService !== '' && changing(user.username, changes.username)) return 'username';
  if (OAUTH_SERVICES.has(user.authService) && (changing(user.firstName, changes.first_name) || changing(user.lastName, changes.last_name))) {
    return 'full name';
  }
  return '';
}

function domainAllowed(email: string, domains: string): boolean {
  const list = domains
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  if (list.length === 0) return true;
  return list.includes(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
}

/** Mattermost's UpdateMentionKeysFromUsername, and PreUpdate's clean-up of mention keys. */
function normalizeNotifyProps(notify: Record<string, string> | undefined, oldUsername: string, newUsername: string): Record<string, string> {
  if (!notify || Object.keys(notify).length === 0) return { ...DEFAULT_NOTIFY_PROPS };
  const out = { ...notify };
  if (out.mention_keys !== undefined) {
    let keys = out.mention_keys.split(',').filter((k) => k !== '').map((k) => k.toLowerCase());
    if (oldUsername !== newUsername) keys = keys.filter((k) => k !== oldUsername && k !== `@${oldUsername}`);
    out.mention_keys = keys.join(',');
  }
  return out;
}

function validTimezone(tz: Record<string, string>): boolean {
  return [...JSON.stringify(tz)].length <= 256;
}

function validCustomStatusProp(props: Record<string, string>): boolean {
  const raw = props.customStatus;
  if (raw === undefined || raw === '') return true;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed !== null && typeof parsed === 'object';
  } catch {
    return false;
  }
}

export interface UpdateOptions {
  /** the site URL for a verification link when the email changes */
  siteUrl: string;
}

/**
 * Applies profile changes (PreUpdate, IsValid, email and uniqueness rules) and returns the
 * stored row, then announces it (`user_updated`). Roles, activity, secrets, auth data and
 * timestamps other than update_at are never changed here.
 */
export async function applyProfileChanges(server: ServerContext, prev: UserRow, changes: ProfileChanges, opts: UpdateOptions): Promise<UserRow> {
  const config = server.config.get();
  const next = {
    username: (changes.username ?? prev.username).trim().toLowerCase(),
    email: (changes.email ?? prev.email).trim().toLowerCase(),
    nickname: changes.nickname ?? prev.nickname,
    first_name: changes.first_name ?? prev.firstName,
    last_name: changes.last_name ?? prev.lastName,
    position: changes.position ?? prev.position,
    locale: changes.locale ?? prev.locale,
  };
  const invalid = validateProfile(next);
  if (invalid) throw invalid;
  const timezone = changes.timezone ?? prev.timezone;
  if (!validTimezone(timezone)) throw invalidUserField('timezone_limit');
  const props = changes.props ?? prev.props;
  if (!validCustomStatusProp(props)) {
    throw new AppError('model.user.is_valid.invalidProperty.app_error', 'Invalid user property.', 400, '', { Props: props });
  }

  let email = next.email;
  let pendingEmail = '';
  let emailVerified = prev.emailVerified;
  if (email !== prev.email) {
    const guest = isGuestRole(prev.roles);
    if (!guest && !domainAllowed(email, config.TeamSettings.RestrictCreationToDomains)) {
      throw new AppError('api.user.update_user.accepted_domain.app_error', 'The email you provided does not belong to an accepted domain.', 400);
    }
    if (guest && !domainAllowed(email, config.GuestAccountsSettings.RestrictCreationToDomains)) {
      throw new AppError('api.user.update_user.accepted_guest_domain.app_error', 'The email you provided does not belong to an accepted domain for guest accounts.', 400);
    }
    if (config.EmailSettings.RequireEmailVerification) {
      // The new address only replaces the old one once it has been verified.
      if (await getUserByEmail(server.db, email)) throw emailExists();
      pendingEmail = email;
      email = prev.email;
    } else {
      emailVerified = false;
    }
  }
  if (next.username !== prev.username) {
    const other = await getUserByUsername(server.db, next.username);
    if (other && other.id !== prev.id) throw usernameExists();
  }
  if (email !== prev.email) {
    const other = await getUserByEmail(server.db, email);
    if (other && other.id !== prev.id) throw emailExists();
  }

  let row: UserRow | undefined;
  try {
    row = await updateUserReturning(server.db, prev.id, {
      username: next.username,
      email,
      emailVerified,
      nickname: next.nickname,
      firstName: next.first_name,
      lastName: next.last_name,
      position: next.position,
      locale: next.locale,
      props,
      notifyProps: normalizeNotifyProps(changes.notify_props ?? prev.notifyProps, prev.username, next.username),
      timezone,
      updateAt: nowMillis(),
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const byName = await getUserByUsername(server.db, next.username);
      throw byName && byName.id !== prev.id ? usernameExists() : emailExists();
    }
    throw err;
  }
  if (!row) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  if (pendingEmail) {
    const token = await createToken(server.db, TOKEN_TYPE_VERIFY_EMAIL, { UserId: row.id, Email: pendingEmail });
    void sendVerifyEmail(config, pendingEmail, token.token, opts.siteUrl, { changingAddress: true }).catch(() => {});
  }
  await publishUserUpdated(server, row);
  return row;
}

export function emailExists(): AppError {
  return new AppError('app.user.save.email_exists.app_error', 'An account with that email already exists.', 400);
}

export function usernameExists(): AppError {
  return new AppError('app.user.save.username_exists.app_error', 'An account with that username already exists.', 400);
}

// --- roles --------------------------------------------------------------------------------------

const ROLE_NAME = /^[a-z0-9_]+$/;
/** The system roles Mattermost only lets a licensed server assign. */
const LICENSED_SYSTEM_ROLES = new Set(['system_user_manager', 'system_read_only_admin', 'system_manager']);

/** model.IsValidUserRoles: well-formed names, and never system_admin alone. */
export function isValidUserRoles(roles: string): boolean {
  const names = roles.split(/\s+/).filter(Boolean);
  if (!names.every((n) => ROLE_NAME.test(n) && n.length <= 64)) return false;
  return !(names.length === 1 && names[0] === 'system_admin');
}

export function requiresLicenseForRoles(roles: string): boolean {
  return roles.split(/\s+/).some((n) => LICENSED_SYSTEM_ROLES.has(n));
}

export async function updateUserRoles(server: ServerContext, user: UserRow, roles: string): Promise<UserRow> {
  const names = roles.split(/\s+/).filter(Boolean);
  for (const name of names) {
    if (!server.roles.getByName(name)) {
      throw new AppError('app.role.check_roles_exist.role_not_found', 'The provided role does not exist', 400, `role=${name}`);
    }
  }
  if (isSystemAdminRole(user.roles) && !names.includes('system_admin') && (await countSystemAdmins(server.db)) <= 1) {
    throw new AppError('app.user.update.lastAdmin.app_error', 'You cannot remove the system admin role from the last system admin.', 400);
  }
  const normalized = names.join(' ');
  const row = await updateUserReturning(server.db, user.id, { roles: normalized, updateAt: nowMillis() });
  if (!row) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 400);
  await server.sessions.updateRolesForUser(user.id, normalized);
  // The roles as stored (user_role_updated only: Mattermost sends no user_updated here).
  publishUserRoleUpdated(server, user.id, normalized);
  return row;
}

// --- activation ---------------------------------------------------------------------------------

/**
 * UpdateActive: deactivation logs the user out everywhere and sets them offline
 * (`status_change`); either way the user is announced (`user_updated`).
 */
export async function setUserActive(server: ServerContext, user: UserRow, active: boolean): Promise<UserRow> {
  const now = nowMillis();
  const row = await updateUserReturning(server.db, user.id, { deleteAt: active ? 0 : now, updateAt: now });
  if (!row) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  if (!active) {
    await server.sessions.revokeAllForUser(user.id);
    const offline = { userId: user.id, status: 'offline', manual: false, lastActivityAt: now, dndEndTime: 0, prevStatus: '' };
    await saveStatusRow(server, offline);
    if (server.config.get().ServiceSettings.EnableUserStatuses) announceStatus(server, offline);
  }
  await publishUserUpdated(server, row);
  // Bots the user owns (DisableBotsWhenOwnerIsDeactivated), as Mattermost's userDeactivated.
  if (!active) await handleUserDeactivated(server, row);
  return row;
}

/** PermanentDeleteUser: deactivation, then every row the user owns, in one transaction. */
export async function permanentlyDeleteUser(server: ServerContext, user: UserRow): Promise<void> {
  await setUserActive(server, user, false);
  await server.db.transaction(async (tx) => {
    await deleteSessionsForUser(tx, user.id);
    await tx.delete(userAccessTokens).where(eq(userAccessTokens.userId, user.id));
    await tx.delete(preferences).where(eq(preferences.userId, user.id));
    await tx.delete(status).where(eq(status.userId, user.id));
    await tx.delete(channelMembers).where(eq(channelMembers.userId, user.id));
    await tx.delete(teamMembers).where(and(eq(teamMembers.userId, user.id)));
    await deleteUserRow(tx, user.id);
  });
  server.sessions.evictUser(user.id);
}
