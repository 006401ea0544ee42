import type { Handler } from '../../server/http/handler';

/** GET /llmservices: the AI plugin's bridge is never available here, so Mattermost lists no services. */
export const getLLMServices: Handler<'GetLLMServices'> = async (ctx) => ctx.json(200, [] as never);
