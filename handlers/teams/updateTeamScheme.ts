import type { Handler } from '../../server/http/handler';
import { requireTeamId } from '../../app/teams/access';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

/** Team schemes need a licence: an unlicensed server refuses after reading the body, before any permission check. */
export const updateTeamScheme: Handler<'UpdateTeamScheme'> = (ctx) => {
  requireTeamId(ctx.params.team_id);
  const schemeId = (ctx.body as { scheme_id?: unknown } | undefined)?.scheme_id;
  if (typeof schemeId !== 'string' || (schemeId !== '' && !isValidId(schemeId))) throw Errors.invalidBodyParam('scheme_id');
  throw new AppError('api.team.update_team_scheme.license.error', 'Your license does not support updating a team\'s scheme', 501);
};
