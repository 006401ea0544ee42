import type { MattermostConfig } from '../../server/config';
import { AppError } from '../../server/http/appError';

const USERNAME_CHARS = /^[a-z0-9.\-_]+$/;
const RESTRICTED_USERNAMES = new Set(['all', 'channel', 'matterbot', 'system']);
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const LOCALE = /^[a-z]{2,3}([-_][A-Za-z]{2,4})?$/;

export const USER_LIMITS = {
  usernameMax: 64,
  emailMax: 128,
  nicknameMaxRunes: 64,
  positionMaxRunes: 128,
  firstNameMaxRunes: 64,
  lastNameMaxRunes: 64,
  passwordMax: 72,
} as const;

export function invalidUserField(field: string, detail = ''): AppError {
  return new AppError(`model.user.is_valid.${field}.app_error`, `Invalid user ${field.replace(/_/g, ' ')}.`, 400, detail);
}

export function isValidUsername(username: string): boolean {
  return (
    username.length >= 1 &&
    username.length <= USER_LIMITS.usernameMax &&
    USERNAME_CHARS.test(username) &&
    !RESTRICTED_USERNAMES.has(username)
  );
}

export function isValidEmail(email: string): boolean {
  return email.length > 0 && email.length <= USER_LIMITS.emailMax && EMAIL.test(email);
}

const runes = (s: string) => [...s].length;

export interface ProfileFields {
  username: string;
  email: string;
  nickname: string;
  first_name: string;
  last_name: string;
  position: string;
  locale: string;
}

/** Mattermost's User.IsValid checks on the fields a client may set, with its error ids. */
export function validateProfile(u: ProfileFields): AppError | null {
  if (!isValidUsername(u.username)) return invalidUserField('username', `username=${u.username}`);
  if (!isValidEmail(u.email)) return invalidUserField('email', `email=${u.email}`);
  if (runes(u.nickname) > USER_LIMITS.nicknameMaxRunes) return invalidUserField('nickname');
  if (runes(u.position) > USER_LIMITS.positionMaxRunes) return invalidUserField('position');
  if (runes(u.first_name) > USER_LIMITS.firstNameMaxRunes) return invalidUserField('first_name');
  if (runes(u.last_name) > USER_LIMITS.lastNameMaxRunes) return invalidUserField('last_name');
  if (u.locale && (u.locale.length > 5 || !LOCALE.test(u.locale))) return invalidUserField('locale');
  return null;
}

/**
 * The password policy of PasswordSettings, with Mattermost's error id: `model.user.is_valid.pwd`
 * plus a suffix for each required character class, whichever rule failed.
 */
export function validatePassword(password: string, settings: MattermostConfig['PasswordSettings']): AppError | null {
  if (password.length > USER_LIMITS.passwordMax) {
    return new AppError('model.user.is_valid.pwd_max_length.app_error', 'Your password must contain no more than 72 characters.', 400);
  }
  let id = 'model.user.is_valid.pwd';
  let failed = runes(password) < settings.MinimumLength;
  const classes: Array<[boolean, string, RegExp]> = [
    [settings.Lowercase, '_lowercase', /[a-z]/],
    [settings.Uppercase, '_uppercase', /[A-Z]/],
    [settings.Number, '_number', /[0-9]/],
    [settings.Symbol, '_symbol', /[ !"\\#$%&'()*+,\-./:;<=>?@[\]^_`|~]/],
  ];
  for (const [required, suffix, pattern] of classes) {
    if (!required) continue;
    id += suffix;
    if (!pattern.test(password)) failed = true;
  }
  if (!failed) return null;
  return new AppError(`${id}.app_error`, `Your password does not meet the password requirements (at least ${settings.MinimumLength} characters).`, 400, '', {
    Min: settings.MinimumLength,
  });
}
