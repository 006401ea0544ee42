import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const accessControlHandlers: TagHandlers<'access_control'> = {
  CreateAccessControlPolicy: notImplemented,
  UpdateAccessControlPoliciesActive: notImplemented,
  GetAccessControlPolicyAutocompleteFields: notImplemented,
  CheckAccessControlPolicyExpression: notImplemented,
  SimulateAccessControlPolicyForUsers: notImplemented,
  TestAccessControlPolicyExpression: notImplemented,
  ValidateExpressionAgainstRequester: notImplemented,
  GetCELVisualAST: notImplemented,
  SearchAccessControlPolicies: notImplemented,
  GetAccessControlPolicy: notImplemented,
  DeleteAccessControlPolicy: notImplemented,
  UpdateAccessControlPolicyActiveStatus: notImplemented,
  AssignAccessControlPolicyToChannels: notImplemented,
  GetChannelsForAccessControlPolicy: notImplemented,
  SearchChannelsForAccessControlPolicy: notImplemented,
  UnassignAccessControlPolicyFromChannels: notImplemented,
  GetChannelAccessControlAttributes: notImplemented,
  GetTeamAccessControlPolicy: notImplemented,
};
