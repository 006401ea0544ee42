import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { RECYCLE_DATABASE_CONNECTIONS } from '../../server/permissions/permissionIds';
import { STATUS_OK } from './ok';

/** Our pool reconnects on demand; there is nothing to recycle, as with a single-node Mattermost. */
export const databaseRecycle: Handler<'DatabaseRecycle'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, RECYCLE_DATABASE_CONNECTIONS);
  return ctx.json(200, STATUS_OK as never);
};
