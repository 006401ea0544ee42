import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const botsHandlers: TagHandlers<'bots'> = {
  GetBots: notImplemented,
  CreateBot: notImplemented,
  GetBot: notImplemented,
  PatchBot: notImplemented,
  AssignBot: notImplemented,
  ConvertBotToUser: notImplemented,
  DisableBot: notImplemented,
  EnableBot: notImplemented,
  GetBotIconImage: notImplemented,
  SetBotIconImage: notImplemented,
  DeleteBotIconImage: notImplemented,
  ConvertUserToBot: notImplemented,
};
