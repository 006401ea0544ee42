import type { Handler } from '../../server/http/handler';
import { toVisibleTeam } from '../../app/teams/serialize';
import { getTeamOr404, requireTeamId, requireTeamVisible } from '../../app/teams/access';

export const getTeam: Handler<'GetTeam'> = async (ctx) => {
  const team = await getTeamOr404(ctx.server.db, requireTeamId(ctx.params.team_id));
  await requireTeamVisible(ctx.server, ctx.session, team);
  return ctx.json(200, await toVisibleTeam(ctx.server, ctx.session, team));
};
