/**
 * POST /notifications/test: the system bot writes to the caller in their direct channel, a post
 * that notifies as any other direct message does (Mattermost forces the notification), so the
 * caller can check that notifications reach their devices.
 */
import type { ServerContext } from '../../server/context';
import { getSystemBot } from '../bots/systemBot';
import { getOrCreateDirectChannel } from '../channels/direct';
import { createPost } from '../posts/createPost';
import { standInSession } from '../sessions/types';

export const TEST_NOTIFICATION_MESSAGE = 'This is a test notification. If it reached you, your notifications work.';

export async function sendTestNotification(server: ServerContext, userId: string): Promise<string> {
  const bot = await getSystemBot(server);
  const botSession = standInSession({ id: bot.user.id, roles: 'system_user system_admin' });
  const channel = await getOrCreateDirectChannel(server, botSession, userId, bot.user.id);
  const made = await createPost(server, { channel_id: channel.id, message: TEST_NOTIFICATION_MESSAGE, props: {} }, { userId: bot.user.id, session: null });
  return made.post.id;
}
