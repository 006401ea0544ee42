import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

/**
 * POST /posts/rewrite {agent_id, message, action, custom_prompt}: Mattermost hands the message
 * to an AI agent of the Agents plugin. This server runs no plugins: after Mattermost's own
 * checks (a valid agent id; the action is checked against the spec's list), the agent call
 * that Mattermost answers with a 500 (app.ai.rewrite.agent_call_failed) is answered 501 with
 * that id, since nothing is broken, the feature is simply not there.
 */
export const rewriteMessage: Handler<'RewriteMessage'> = async (ctx) => {
  const body = ctx.body as { agent_id?: unknown };
  if (typeof body.agent_id !== 'string' || !isValidId(body.agent_id)) throw Errors.invalidBodyParam('agent_id');
  throw new AppError('app.ai.rewrite.agent_call_failed', 'The AI agent could not be reached: this server has no AI agents plugin.', 501);
};
