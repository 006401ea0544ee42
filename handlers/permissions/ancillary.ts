import { SYSCONSOLE_ANCILLARY_PERMISSIONS } from '../../server/permissions/builtinRoles';

/** Mattermost's AddAncillaryPermissions: the given ids, then the ancillary ids of each (duplicates kept). */
export function withAncillaryPermissions(permissions: readonly string[]): string[] {
  const out = [...permissions];
  for (const p of permissions) {
    const extra = Object.prototype.hasOwnProperty.call(SYSCONSOLE_ANCILLARY_PERMISSIONS, p) ? SYSCONSOLE_ANCILLARY_PERMISSIONS[p] : undefined;
    if (extra) out.push(...extra);
  }
  return out;
}
