import type { UserRow } from '../../db/schema';
import type { MattermostConfig } from '../../server/config';
import type { ApiUser } from './types';

export type UserView = 'self' | 'admin' | 'other';

/** The user prop Mattermost keeps a custom status in (JSON). */
export const CUSTOM_STATUS_PROP = 'customStatus';

/**
 * The props as served: a custom status whose expiry has passed is left out (Mattermost's
 * clients hide it too; the next set or unset overwrites the stored value).
 */
export function visibleProps(props: Record<string, string>, now = Date.now()): Record<string, string> {
  const raw = props[CUSTOM_STATUS_PROP];
  if (!raw) return props;
  try {
    const cs = JSON.parse(raw) as { duration?: string; expires_at?: string };
    const expires = cs.expires_at ? Date.parse(cs.expires_at) : NaN;
    if (cs.duration && cs.duration !== '' && !Number.isNaN(expires) && expires > 0 && expires <= now) {
      const { [CUSTOM_STATUS_PROP]: _expired, ...rest } = props;
      return rest;
    }
  } catch {
    // an unparsable value is served as stored
  }
  return props;
}

/**
 * The user as one viewer may see it, following Mattermost's Sanitize / SanitizeProfile:
 * secrets never leave; others see no notify props, and email / full name only when the
 * privacy settings allow (admins always do).
 */
export function toApiUser(row: UserRow, view: UserView, config: MattermostConfig): ApiUser {
  const profileOnly = view !== 'self';
  const showEmail = view !== 'other' || config.PrivacySettings.ShowEmailAddress;
  const showFullName = view !== 'other' || config.PrivacySettings.ShowFullName;
  return {
    id: row.id,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    username: row.username,
    auth_data: '',
    auth_service: view === 'other' ? '' : row.authService,
    email: showEmail ? row.email : '',
    email_verified: profileOnly ? false : row.emailVerified,
    nickname: row.nickname,
    first_name: showFullName ? row.firstName : '',
    last_name: showFullName ? row.lastName : '',
    position: row.position,
    roles: row.roles,
    props: visibleProps(row.props),
    notify_props: profileOnly ? {} : row.notifyProps,
    last_password_update: profileOnly ? 0 : row.lastPasswordUpdate,
    last_picture_update: row.lastPictureUpdate,
    failed_attempts: profileOnly ? 0 : row.failedAttempts,
    locale: row.locale,
    timezone: row.timezone,
    mfa_active: row.mfaActive,
    last_activity_at: row.lastActivityAt,
    is_bot: row.isBot,
    bot_description: row.botDescription,
    disable_welcome_email: row.disableWelcomeEmail,
  };
}

/** Many profiles for one viewer: Mattermost sanitizes every list as profiles, self included. */
export function toApiProfiles(rows: UserRow[], asAdmin: boolean, config: MattermostConfig): ApiUser[] {
  return rows.map((r) => toApiUser(r, asAdmin ? 'admin' : 'other', config));
}
