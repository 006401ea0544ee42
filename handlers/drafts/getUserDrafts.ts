import type { Handler } from '../../server/http/handler';
import { getUserDrafts as list } from '../../app/drafts/drafts';

export const getUserDrafts: Handler<'GetUserDrafts'> = async (ctx) => {
  return ctx.json(200, await list(ctx.server, ctx.session, ctx.params.team_id));
};
