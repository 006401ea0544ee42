import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { authorizePolicyAccess, requirePolicyId } from '../../app/licensing/accessControl';
import { PapErrors } from '../../app/licensing/errors';

/** GET /access_control_policies/{policy_id}/resources/channels: who may read, paging, then the missing PAP. */
export const getChannelsForAccessControlPolicy: Handler<'GetChannelsForAccessControlPolicy'> = async (ctx) => {
  requirePolicyId(ctx.params.policy_id);
  await authorizePolicyAccess(ctx, ctx.hono.req.query('team_id') ?? '');
  const after = ctx.hono.req.query('after') ?? '';
  if (after !== '' && !isValidId(after)) throw Errors.invalidBodyParam('after');
  if (!/^[+-]?\d+$/.test(ctx.hono.req.query('limit') ?? '')) {
    throw new AppError('api.access_control_policy.get_channels.limit.app_error', 'The limit must be a number.', 400);
  }
  throw PapErrors.getPolicy();
};
