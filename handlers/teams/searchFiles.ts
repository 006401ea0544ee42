import type { Handler } from '../../server/http/handler';
import { searchFiles as search } from '../../app/files/search';
import { requireTeamId } from '../../app/teams/access';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';

export const searchFiles: Handler<'SearchFiles'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  const result = await search(ctx.server, ctx.session, teamId, (ctx.body ?? {}) as never);
  ctx.hono.header('Cache-Control', 'no-cache, no-store, must-revalidate');
  return ctx.json(200, result as never);
};
