import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';
import { resolveUserId } from '../params';
import { hasSystemPermission } from '../../server/permissions/authorization';

/** Team Edition answer: another user's policies need manage_system; then the data retention licence refusal. */
export const getChannelPoliciesForUser: Handler<'GetChannelPoliciesForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (userId !== ctx.session.user_id && !hasSystemPermission(ctx.server, ctx.session, 'manage_system')) refuse(ctx, perm('manage_system'));
  return refuse(ctx, fail(LicenceErrors.dataRetention));
};
