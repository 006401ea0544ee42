import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getAgents } from './getAgents';
import { getAgentsStatus } from './getAgentsStatus';
import { getLLMServices } from './getLLMServices';

export const agentsHandlers: TagHandlers<'agents'> = {
  GetAgents: getAgents,
  GetAgentsStatus: getAgentsStatus,
  GetLLMServices: getLLMServices,
};
