import type { Handler } from '../../server/http/handler';
import { handleCommandWebhook } from '../../app/commands/responseHook';
import type { CommandResponse } from '../../app/commands/types';

/** POST /hooks/commands/{hook_id}: a slash command's delayed answer. Answers text/plain "ok". */
export const executeCommandResponseHook: Handler<'ExecuteCommandResponseHook'> = async (ctx) => {
  await handleCommandWebhook(ctx.server, ctx.params.hook_id, ctx.body as CommandResponse | undefined);
  return new Response('ok', { status: 200, headers: { 'Content-Type': 'text/plain' } });
};
