import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const insightsHandlers: TagHandlers<'insights'> = {
  GetTopChannelsForTeam: notImplemented,
  GetTopReactionsForTeam: notImplemented,
  GetNewTeamMembers: notImplemented,
  GetTopThreadsForTeam: notImplemented,
  GetTopChannelsForUser: notImplemented,
  GetTopDMsForUser: notImplemented,
  GetTopReactionsForUser: notImplemented,
  GetTopThreadsForUser: notImplemented,
};
