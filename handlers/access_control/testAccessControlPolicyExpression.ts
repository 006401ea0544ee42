import type { Handler } from '../../server/http/handler';
import { authorizeCel, objectBody, optionalId, str } from '../../app/licensing/accessControl';
import { PapErrors } from '../../app/licensing/errors';

/** POST /access_control_policies/cel/test: ids, CEL tooling check, then the missing PAP. */
export const testAccessControlPolicyExpression: Handler<'TestAccessControlPolicyExpression'> = async (ctx) => {
  const request = objectBody(ctx.body, 'user');
  const channelId = optionalId(str(request.channelId), 'channelId');
  const teamId = optionalId(str(request.teamId), 'teamId');
  await authorizeCel(ctx, channelId, teamId);
  throw PapErrors.checkExpression();
};
