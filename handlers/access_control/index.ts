import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { assignAccessControlPolicyToChannels } from './assignAccessControlPolicyToChannels';
import { checkAccessControlPolicyExpression } from './checkAccessControlPolicyExpression';
import { createAccessControlPolicy } from './createAccessControlPolicy';
import { deleteAccessControlPolicy } from './deleteAccessControlPolicy';
import { getAccessControlPolicy } from './getAccessControlPolicy';
import { getAccessControlPolicyAutocompleteFields } from './getAccessControlPolicyAutocompleteFields';
import { getCELVisualAST } from './getCELVisualAST';
import { getChannelAccessControlAttributes } from './getChannelAccessControlAttributes';
import { getChannelsForAccessControlPolicy } from './getChannelsForAccessControlPolicy';
import { getTeamAccessControlPolicy } from './getTeamAccessControlPolicy';
import { searchAccessControlPolicies } from './searchAccessControlPolicies';
import { searchChannelsForAccessControlPolicy } from './searchChannelsForAccessControlPolicy';
import { simulateAccessControlPolicyForUsers } from './simulateAccessControlPolicyForUsers';
import { testAccessControlPolicyExpression } from './testAccessControlPolicyExpression';
import { unassignAccessControlPolicyFromChannels } from './unassignAccessControlPolicyFromChannels';
import { updateAccessControlPoliciesActive } from './updateAccessControlPoliciesActive';
import { updateAccessControlPolicyActiveStatus } from './updateAccessControlPolicyActiveStatus';
import { validateExpressionAgainstRequester } from './validateExpressionAgainstRequester';

export const accessControlHandlers: TagHandlers<'access_control'> = {
  CreateAccessControlPolicy: createAccessControlPolicy,
  UpdateAccessControlPoliciesActive: updateAccessControlPoliciesActive,
  GetAccessControlPolicyAutocompleteFields: getAccessControlPolicyAutocompleteFields,
  CheckAccessControlPolicyExpression: checkAccessControlPolicyExpression,
  SimulateAccessControlPolicyForUsers: simulateAccessControlPolicyForUsers,
  TestAccessControlPolicyExpression: testAccessControlPolicyExpression,
  ValidateExpressionAgainstRequester: validateExpressionAgainstRequester,
  GetCELVisualAST: getCELVisualAST,
  SearchAccessControlPolicies: searchAccessControlPolicies,
  GetAccessControlPolicy: getAccessControlPolicy,
  DeleteAccessControlPolicy: deleteAccessControlPolicy,
  UpdateAccessControlPolicyActiveStatus: updateAccessControlPolicyActiveStatus,
  AssignAccessControlPolicyToChannels: assignAccessControlPolicyToChannels,
  GetChannelsForAccessControlPolicy: getChannelsForAccessControlPolicy,
  SearchChannelsForAccessControlPolicy: searchChannelsForAccessControlPolicy,
  UnassignAccessControlPolicyFromChannels: unassignAccessControlPolicyFromChannels,
  GetChannelAccessControlAttributes: getChannelAccessControlAttributes,
  GetTeamAccessControlPolicy: getTeamAccessControlPolicy,
};
