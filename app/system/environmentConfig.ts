/**
 * GET /config/environment: which settings the environment fixes (MM_<SECTION>_<KEY>), as a
 * copy of the configuration's shape with `true` at each such setting. Mattermost filters the
 * settings by the caller's read access to each System Console section; this server grants
 * reading the configuration with manage_system only, so other callers see no setting.
 */
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';
import { hasSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

export type EnvironmentMap = { [key: string]: EnvironmentMap | true };

export function environmentConfig(server: ServerContext, session: Session | null): EnvironmentMap {
  const out: EnvironmentMap = {};
  if (!hasSystemPermission(server, session, MANAGE_SYSTEM)) return out;
  for (const path of server.config.overriddenPaths()) {
    const parts = path.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = next === undefined || next === true ? (node[part] = {}) : next;
    }
    node[parts[parts.length - 1]] = true;
  }
  return out;
}
