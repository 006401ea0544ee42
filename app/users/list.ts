/** Role-name parsing for the listing, search and stats endpoints (Mattermost's CleanRoleNames). */
import type { ServerContext } from '../../server/context';
import { Errors } from '../../server/http/appError';

const ROLE_NAME = /^[a-z0-9_]+$/;

/** Splits a comma list into trimmed role names; throws Mattermost's invalid-param error when one is malformed. */
export function cleanRoleNames(raw: string, param: string): string[] {
  const names = raw.split(',').map((r) => r.trim());
  for (const name of names) if (!ROLE_NAME.test(name) || name.length > 64) throw Errors.invalidBodyParam(param);
  return names;
}

/** As cleanRoleNames, and every name must be a role the server has. */
export function existingRoleNames(server: ServerContext, raw: string, param: string): string[] {
  const names = cleanRoleNames(raw, param);
  for (const name of names) if (!server.roles.getByName(name)) throw Errors.invalidBodyParam(param);
  return names;
}
