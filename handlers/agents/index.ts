import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getAgentsStatus } from './getAgentsStatus';

export const agentsHandlers: TagHandlers<'agents'> = {
  GetAgents: notImplemented,
  GetAgentsStatus: getAgentsStatus,
  GetLLMServices: notImplemented,
};
