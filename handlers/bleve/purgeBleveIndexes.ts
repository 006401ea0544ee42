import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { PURGE_BLEVE_INDEXES } from '../../server/permissions/permissionIds';
import { requireUnrestrictedPermission } from '../../app/system/unrestricted';

/**
 * POST /bleve/purge_indexes: purge_bleve_indexes is a retired permission that no built-in role
 * holds any more, so Mattermost refuses everyone with 403. A custom role that still carries it
 * meets the answer for a server without a Bleve engine (this one searches with PostgreSQL).
 */
export const purgeBleveIndexes: Handler<'PurgeBleveIndexes'> = async (ctx) => {
  requireUnrestrictedPermission(ctx.server, ctx.session, PURGE_BLEVE_INDEXES);
  throw new AppError('searchengine.bleve.disabled.error', 'Bleve search is not available on this server.', 501);
};
