import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const dataRetentionHandlers: TagHandlers<'data_retention'> = {
  GetDataRetentionPolicies: notImplemented,
  CreateDataRetentionPolicy: notImplemented,
  GetDataRetentionPolicyByID: notImplemented,
  DeleteDataRetentionPolicy: notImplemented,
  PatchDataRetentionPolicy: notImplemented,
  GetChannelsForRetentionPolicy: notImplemented,
  AddChannelsToRetentionPolicy: notImplemented,
  RemoveChannelsFromRetentionPolicy: notImplemented,
  SearchChannelsForRetentionPolicy: notImplemented,
  GetTeamsForRetentionPolicy: notImplemented,
  AddTeamsToRetentionPolicy: notImplemented,
  RemoveTeamsFromRetentionPolicy: notImplemented,
  SearchTeamsForRetentionPolicy: notImplemented,
  GetDataRetentionPoliciesCount: notImplemented,
  GetDataRetentionPolicy: notImplemented,
  GetChannelPoliciesForUser: notImplemented,
  GetTeamPoliciesForUser: notImplemented,
};
