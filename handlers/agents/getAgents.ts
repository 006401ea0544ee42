import type { Handler } from '../../server/http/handler';

/** GET /agents: the AI plugin's bridge is never available here, so Mattermost lists no agents. */
export const getAgents: Handler<'GetAgents'> = async (ctx) => ctx.json(200, [] as never);
