import type { Handler } from '../../server/http/handler';
import { listBotsFor } from '../../app/bots/bots';
import { paging } from '../../app/integrations/common';

/** GET /bots: everyone's with read_others_bots, the caller's own with read_bots. */
export const getBots: Handler<'GetBots'> = async (ctx) => {
  const { offset, perPage } = paging(ctx.query);
  const bots = await listBotsFor(ctx.server, ctx.session, {
    includeDeleted: ctx.query.include_deleted === true,
    onlyOrphaned: ctx.query.only_orphaned === true,
    offset,
    limit: perPage,
  });
  return ctx.json(200, bots as never);
};
