import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const agentsHandlers: TagHandlers<'agents'> = {
  GetAgents: notImplemented,
  GetAgentsStatus: notImplemented,
  GetLLMServices: notImplemented,
};
