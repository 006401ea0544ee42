import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getNewTeamMembers } from './getNewTeamMembers';
import { getTopChannelsForTeam } from './getTopChannelsForTeam';
import { getTopChannelsForUser } from './getTopChannelsForUser';
import { getTopDMsForUser } from './getTopDMsForUser';
import { getTopReactionsForTeam } from './getTopReactionsForTeam';
import { getTopReactionsForUser } from './getTopReactionsForUser';
import { getTopThreadsForTeam } from './getTopThreadsForTeam';
import { getTopThreadsForUser } from './getTopThreadsForUser';

export const insightsHandlers: TagHandlers<'insights'> = {
  GetTopChannelsForTeam: getTopChannelsForTeam,
  GetTopReactionsForTeam: getTopReactionsForTeam,
  GetNewTeamMembers: getNewTeamMembers,
  GetTopThreadsForTeam: getTopThreadsForTeam,
  GetTopChannelsForUser: getTopChannelsForUser,
  GetTopDMsForUser: getTopDMsForUser,
  GetTopReactionsForUser: getTopReactionsForUser,
  GetTopThreadsForUser: getTopThreadsForUser,
};
