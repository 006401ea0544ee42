/**
 * Text stored on a team, cleaned as Mattermost's SanitizeUnicode does (the W3C list of
 * characters unsuitable for markup), plus NUL, which PostgreSQL cannot store in text.
 */
const UNSUITABLE = /[\u0000\u0340\u0341\u17a3\u17d3\u2028\u2029\u202a-\u202e\u206a-\u206f\ufeff\ufff9-\ufffc]|\ud834[\udd73-\udd7a]|\udb40[\udc01\udc20-\udc7f]/g;

export function sanitizeUnicode(text: string): string {
  return text.replace(UNSUITABLE, '');
}

/** Removes only NUL: for values Mattermost stores as given (allowed domains). */
export function withoutNul(text: string): string {
  return text.replace(/\u0000/g, '');
}
