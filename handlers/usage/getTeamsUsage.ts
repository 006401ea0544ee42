import type { Handler } from '../../server/http/handler';
import { activeTeamCount } from '../../app/system/analytics';

export const getTeamsUsage: Handler<'GetTeamsUsage'> = async (ctx) => {
  return ctx.json(200, { active: await activeTeamCount(ctx.server.db), cloud_archived: 0 } as never);
};
