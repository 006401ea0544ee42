/** Mattermost's role name rule: 1 to 64 of [a-z0-9_]. */
export function isValidRoleName(name: string): boolean {
  return name.length > 0 && name.length <= 64 && /^[a-z0-9_]+$/.test(name);
}
