import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { authorizeCel } from '../../app/licensing/accessControl';

const badLimit = () => new AppError('api.access_control_policy.get_fields.limit.app_error', 'The limit must be a number from 1 to 100.', 400);

/**
 * GET /access_control_policies/cel/autocomplete/fields: the user attributes a rule may name.
 * Needs no PAP: it lists the custom profile attribute fields, and this server has none.
 */
export const getAccessControlPolicyAutocompleteFields: Handler<'GetAccessControlPolicyAutocompleteFields'> = async (ctx) => {
  const channelId = ctx.hono.req.query('channelId') ?? '';
  if (channelId !== '' && !isValidId(channelId)) throw Errors.invalidBodyParam('channelId');
  await authorizeCel(ctx, channelId, ctx.hono.req.query('team_id') ?? '');
  const after = ctx.hono.req.query('after') ?? '';
  if (after !== '' && !isValidId(after)) throw Errors.invalidBodyParam('after');
  const rawLimit = ctx.hono.req.query('limit') ?? '';
  if (!/^[+-]?\d+$/.test(rawLimit)) throw badLimit();
  const limit = Number(rawLimit);
  if (limit <= 0 || limit > 100) throw badLimit();
  return ctx.json(200, [] as never);
};
