import type { Handler } from '../../server/http/handler';
import { handleIncomingWebhook, readIncomingRequest } from '../../app/webhooks/executeIncoming';
import { installIntegrations } from '../../app/integrations/postHooks';

/** POST /hooks/{hook_id}: no session; the hook id is the secret. Answers text/plain "ok". */
export const executeIncomingWebhook: Handler<'ExecuteIncomingWebhook'> = async (ctx) => {
  installIntegrations(ctx.server);
  await handleIncomingWebhook(ctx.server, ctx.params.hook_id, readIncomingRequest(ctx.body));
  return new Response('ok', { status: 200, headers: { 'Content-Type': 'text/plain' } });
};
