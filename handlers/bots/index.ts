import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { assignBot } from './assignBot';
import { convertBotToUser } from './convertBotToUser';
import { convertUserToBot } from './convertUserToBot';
import { createBot } from './createBot';
import { deleteBotIconImage } from './deleteBotIconImage';
import { disableBot } from './disableBot';
import { enableBot } from './enableBot';
import { getBot } from './getBot';
import { getBotIconImage } from './getBotIconImage';
import { getBots } from './getBots';
import { patchBot } from './patchBot';
import { setBotIconImage } from './setBotIconImage';

export const botsHandlers: TagHandlers<'bots'> = {
  GetBots: getBots,
  CreateBot: createBot,
  GetBot: getBot,
  PatchBot: patchBot,
  AssignBot: assignBot,
  ConvertBotToUser: convertBotToUser,
  DisableBot: disableBot,
  EnableBot: enableBot,
  GetBotIconImage: getBotIconImage,
  SetBotIconImage: setBotIconImage,
  DeleteBotIconImage: deleteBotIconImage,
  ConvertUserToBot: convertUserToBot,
};
