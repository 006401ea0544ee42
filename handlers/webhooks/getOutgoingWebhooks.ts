import type { Handler } from '../../server/http/handler';
import { listOutgoing } from '../../app/webhooks/outgoing';
import { paging } from '../../app/integrations/common';

/** GET /hooks/outgoing: by channel, by team, or everywhere; others' hooks with manage_others. */
export const getOutgoingWebhooks: Handler<'GetOutgoingWebhooks'> = async (ctx) => {
  const { perPage, offset } = paging(ctx.query);
  const hooks = await listOutgoing(ctx.server, ctx.session, { teamId: ctx.query.team_id ?? '', channelId: ctx.query.channel_id ?? '', offset, limit: perPage });
  return ctx.json(200, hooks);
};
