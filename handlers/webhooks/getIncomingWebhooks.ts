import type { Handler } from '../../server/http/handler';
import { listIncoming } from '../../app/webhooks/incoming';
import { paging } from '../../app/integrations/common';

/** GET /hooks/incoming: the caller's hooks (everyone's with manage_others), of a team or of all; with include_total_count, {incoming_webhooks, total_count}. */
export const getIncomingWebhooks: Handler<'GetIncomingWebhooks'> = async (ctx) => {
  const { perPage, offset } = paging(ctx.query);
  const withCount = ctx.query.include_total_count === true;
  const result = await listIncoming(ctx.server, ctx.session, { teamId: ctx.query.team_id ?? '', offset, limit: perPage, withCount });
  if (withCount) return ctx.json(200, { incoming_webhooks: result.hooks, total_count: result.total ?? 0 } as never);
  return ctx.json(200, result.hooks);
};
