import type { Handler } from '../../server/http/handler';
import { requireTeamId } from '../../app/channels/access';
import { featureDisabled } from '../../app/licensing/errors';

/** GET /teams/{team_id}/access_control/policy: team membership rules are behind a flag that is off. */
export const getTeamAccessControlPolicy: Handler<'GetTeamAccessControlPolicy'> = async (ctx) => {
  requireTeamId(ctx.params.team_id);
  throw featureDisabled('api.access_control_policy.team_membership.feature_disabled');
};
