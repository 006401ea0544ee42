import type { Handler } from '../../server/http/handler';
import { toVisibleTeam } from '../../app/teams/serialize';
import { getTeamByNameOr404, requireTeamName, requireTeamVisible } from '../../app/teams/access';

export const getTeamByName: Handler<'GetTeamByName'> = async (ctx) => {
  const team = await getTeamByNameOr404(ctx.server.db, requireTeamName(ctx.params.name));
  await requireTeamVisible(ctx.server, ctx.session, team);
  return ctx.json(200, await toVisibleTeam(ctx.server, ctx.session, team));
};
