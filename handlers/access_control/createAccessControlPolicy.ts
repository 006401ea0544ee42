import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_CHANNEL_ACCESS_RULES, MANAGE_SYSTEM, MANAGE_TEAM_ACCESS_RULES } from '../../server/permissions/permissionIds';
import { isSystemManager, objectBody, str, validateChannelForPolicy } from '../../app/licensing/accessControl';
import { featureDisabled, PapErrors } from '../../app/licensing/errors';

/**
 * PUT /access_control_policies: the permission-policy flag (off), then the check of the
 * policy's type (system admins pass every type), then the missing PAP. A channel or team
 * admin's path reads the stored policy first, which the missing PAP answers.
 */
export const createAccessControlPolicy: Handler<'CreateAccessControlPolicy'> = async (ctx) => {
  const policy = objectBody(ctx.body, 'policy');
  const type = str(policy.type);
  if (type === 'permission') throw featureDisabled('api.access_control_policy.permission_policies.feature_disabled');
  const admin = isSystemManager(ctx);
  const policyId = str(policy.id);
  switch (type) {
    case 'parent': {
      if (admin) break;
      const teamId = ctx.hono.req.query('team_id') ?? '';
      if (!isValidId(teamId)) throw Errors.permission(MANAGE_SYSTEM);
      if (!(await hasTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ACCESS_RULES))) throw Errors.permission(MANAGE_TEAM_ACCESS_RULES);
      if (policyId !== '') throw PapErrors.getPolicy();
      break;
    }
    case 'channel':
      if (admin) break;
      if (!isValidId(policyId)) throw Errors.invalidBodyParam('policy.id');
      if (!(await hasChannelPermission(ctx.server, ctx.session, policyId, MANAGE_CHANNEL_ACCESS_RULES))) throw Errors.permission(MANAGE_CHANNEL_ACCESS_RULES);
      await validateChannelForPolicy(ctx, policyId);
      throw PapErrors.getPolicy();
    case 'team':
      if (admin) break;
      if (!isValidId(policyId)) throw Errors.invalidBodyParam('policy.id');
      if (!(await hasTeamPermission(ctx.server, ctx.session, policyId, MANAGE_TEAM_ACCESS_RULES))) throw Errors.permission(MANAGE_TEAM_ACCESS_RULES);
      throw PapErrors.getPolicy();
    default:
      throw Errors.invalidBodyParam('type');
  }
  throw PapErrors.createPolicy();
};
