import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { GET_ANALYTICS } from '../../server/permissions/permissionIds';
import { standardAnalytics } from '../../app/system/analytics';

/** Analytics names Mattermost knows but this server does not compute yet. */
const NOT_YET = new Set(['bot_post_counts_day', 'post_counts_day', 'user_counts_with_posts_day', 'extra_counts']);

export const getAnalyticsOld: Handler<'GetAnalyticsOld'> = async (ctx) => {
  const q = ctx.query as { name?: string; team_id?: string };
  const name = q.name || 'standard';
  requireSystemPermission(ctx.server, ctx.session, GET_ANALYTICS);
  if (name === 'standard') {
    const max = ctx.server.config.get().AnalyticsSettings.MaxUsersForStatistics;
    return ctx.json(200, (await standardAnalytics(ctx.server.db, q.team_id ?? '', max)) as never);
  }
  if (NOT_YET.has(name)) throw Errors.notImplemented(`GetAnalyticsOld name=${name}`);
  throw Errors.invalidBodyParam('name');
};
