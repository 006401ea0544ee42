/** Bot icons (Mattermost's Get/Set/DeleteBotIconImage): one SVG per bot, at bots/<id>/icon.svg. */
import { updateBot } from '../../db/queries/bots';
import type { BotWithUser } from '../../db/queries/bots';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';

const iconPath = (botUserId: string) => `bots/${botUserId}/icon.svg`;

function readError(): AppError {
  return new AppError('api.bot.get_bot_icon_image.read_error', 'Unable to read icon image file.', 404);
}

/** Whether the data is an SVG document (an XML document whose root element is svg). */
export function isSvg(data: Buffer): boolean {
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  const withoutProlog = text.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/i, '');
  return /^<svg[\s>/]/i.test(withoutProlog) && /<\/svg>\s*$|\/>\s*$/i.test(withoutProlog.trim());
}

export async function getBotIcon(server: ServerContext, found: BotWithUser): Promise<Buffer> {
  if (!found.bot.lastIconUpdate) throw readError();
  try {
    return await server.files.readBuffer(iconPath(found.bot.userId));
  } catch {
    throw readError();
  }
}

export async function setBotIcon(server: ServerContext, found: BotWithUser, data: Buffer): Promise<void> {
  if (!isSvg(data)) throw new AppError('api.bot.set_bot_icon_image.wrong_format.app_error', 'Unable to set bot icon. The image format is not supported.', 400);
  try {
    await server.files.write(iconPath(found.bot.userId), data);
  } catch (err) {
    throw new AppError('api.bot.set_bot_icon_image.app_error', 'Unable to upload icon image.', 500, String((err as Error).message));
  }
  await updateBot(server.db, found.bot.userId, { lastIconUpdate: nowMillis(), updateAt: nowMillis() });
}

export async function deleteBotIcon(server: ServerContext, found: BotWithUser): Promise<void> {
  try {
    await server.files.remove(iconPath(found.bot.userId));
  } catch {
    // nothing stored: nothing to remove
  }
  await updateBot(server.db, found.bot.userId, { lastIconUpdate: 0, updateAt: nowMillis() });
}
