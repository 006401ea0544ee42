import type { Handler } from '../../server/http/handler';
import { authorizeCel, objectBody, optionalId, str } from '../../app/licensing/accessControl';
import { PapErrors } from '../../app/licensing/errors';

/** POST /access_control_policies/cel/visual_ast: CEL tooling check, then the missing PAP. */
export const getCELVisualAST: Handler<'GetCELVisualAST'> = async (ctx) => {
  const request = objectBody(ctx.body, 'user');
  const channelId = optionalId(str(request.channelId), 'channelId');
  const teamId = str(request.teamId);
  await authorizeCel(ctx, channelId, teamId);
  throw PapErrors.visualAst();
};
