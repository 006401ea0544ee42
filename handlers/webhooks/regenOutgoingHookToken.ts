import type { Handler } from '../../server/http/handler';
import { loadOutgoingWebhook, regenOutgoingToken, requireManageOutgoing } from '../../app/webhooks/outgoing';

/** POST /hooks/outgoing/{hook_id}/regen_token: the hook with its new token (as Mattermost answers). */
export const regenOutgoingHookToken: Handler<'RegenOutgoingHookToken'> = async (ctx) => {
  const hook = await loadOutgoingWebhook(ctx.server, ctx.params.hook_id);
  await requireManageOutgoing(ctx.server, ctx.session, hook);
  return ctx.json(200, (await regenOutgoingToken(ctx.server, hook)) as never);
};
