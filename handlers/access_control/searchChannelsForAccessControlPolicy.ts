import type { Handler } from '../../server/http/handler';
import { authorizePolicyAccess, objectBody, requirePolicyId } from '../../app/licensing/accessControl';

/**
 * POST /access_control_policies/{policy_id}/resources/channels/search: the channels whose
 * policy imports this one. The search needs no PAP; no policy can exist on Team Edition, so
 * none match.
 */
export const searchChannelsForAccessControlPolicy: Handler<'SearchChannelsForAccessControlPolicy'> = async (ctx) => {
  requirePolicyId(ctx.params.policy_id);
  await authorizePolicyAccess(ctx, ctx.hono.req.query('team_id') ?? '');
  objectBody(ctx.body, 'channel_search');
  return ctx.json(200, { channels: [], total_count: 0 } as never);
};
