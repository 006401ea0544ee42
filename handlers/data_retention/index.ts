import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { addChannelsToRetentionPolicy } from './addChannelsToRetentionPolicy';
import { addTeamsToRetentionPolicy } from './addTeamsToRetentionPolicy';
import { createDataRetentionPolicy } from './createDataRetentionPolicy';
import { deleteDataRetentionPolicy } from './deleteDataRetentionPolicy';
import { getChannelPoliciesForUser } from './getChannelPoliciesForUser';
import { getChannelsForRetentionPolicy } from './getChannelsForRetentionPolicy';
import { getDataRetentionPolicies } from './getDataRetentionPolicies';
import { getDataRetentionPoliciesCount } from './getDataRetentionPoliciesCount';
import { getDataRetentionPolicy } from './getDataRetentionPolicy';
import { getDataRetentionPolicyByID } from './getDataRetentionPolicyByID';
import { getTeamPoliciesForUser } from './getTeamPoliciesForUser';
import { getTeamsForRetentionPolicy } from './getTeamsForRetentionPolicy';
import { patchDataRetentionPolicy } from './patchDataRetentionPolicy';
import { removeChannelsFromRetentionPolicy } from './removeChannelsFromRetentionPolicy';
import { removeTeamsFromRetentionPolicy } from './removeTeamsFromRetentionPolicy';
import { searchChannelsForRetentionPolicy } from './searchChannelsForRetentionPolicy';
import { searchTeamsForRetentionPolicy } from './searchTeamsForRetentionPolicy';

export const dataRetentionHandlers: TagHandlers<'data_retention'> = {
  GetDataRetentionPolicies: getDataRetentionPolicies,
  CreateDataRetentionPolicy: createDataRetentionPolicy,
  GetDataRetentionPolicyByID: getDataRetentionPolicyByID,
  DeleteDataRetentionPolicy: deleteDataRetentionPolicy,
  PatchDataRetentionPolicy: patchDataRetentionPolicy,
  GetChannelsForRetentionPolicy: getChannelsForRetentionPolicy,
  AddChannelsToRetentionPolicy: addChannelsToRetentionPolicy,
  RemoveChannelsFromRetentionPolicy: removeChannelsFromRetentionPolicy,
  SearchChannelsForRetentionPolicy: searchChannelsForRetentionPolicy,
  GetTeamsForRetentionPolicy: getTeamsForRetentionPolicy,
  AddTeamsToRetentionPolicy: addTeamsToRetentionPolicy,
  RemoveTeamsFromRetentionPolicy: removeTeamsFromRetentionPolicy,
  SearchTeamsForRetentionPolicy: searchTeamsForRetentionPolicy,
  GetDataRetentionPoliciesCount: getDataRetentionPoliciesCount,
  GetDataRetentionPolicy: getDataRetentionPolicy,
  GetChannelPoliciesForUser: getChannelPoliciesForUser,
  GetTeamPoliciesForUser: getTeamPoliciesForUser,
};
