import type { Handler } from '../../server/http/handler';
import { refuse, perm, notRestricted } from '../../app/licensing/refuse';
import { hasSystemPermission } from '../../server/permissions/authorization';

/** Without the clustering (Enterprise) interface Mattermost lists no cluster nodes: 200 []. */
export const getClusterStatus: Handler<'GetClusterStatus'> = async (ctx) => {
  const permission = 'sysconsole_read_environment_high_availability';
  if (!hasSystemPermission(ctx.server, ctx.session, permission) || ctx.server.config.get().ExperimentalSettings.RestrictSystemAdmin) {
    refuse(ctx, perm(permission), notRestricted);
  }
  return ctx.json(200, [] as never);
};
