/**
 * POST /hooks/commands/{id} (Mattermost's HandleCommandWebhook): a slash command's response URL,
 * valid for 30 minutes and at most 5 uses, applies a later answer as if the command had
 * returned it.
 */
import { standInSession } from '../sessions/types';
import { getChannelById } from '../../db/queries/channels';
import { getCommand, getCommandWebhook, tryUseCommandWebhook } from '../../db/queries/commands';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { isValidId, nowMillis } from '../../server/ids';
import { getUserById } from '../../db/queries/users';
import { handleCommandResponse } from './response';
import type { CommandResponse } from './types';

const LIFETIME_MS = 30 * 60 * 1000;
const MAX_USES = 5;

export async function handleCommandWebhook(server: ServerContext, hookId: string, response: CommandResponse | undefined): Promise<void> {
  if (!response || typeof response !== 'object' || Array.isArray(response)) {
    throw new AppError('app.command_webhook.handle_command_webhook.parse', 'Unable to parse incoming data.', 400, '', { hook_id: hookId });
  }
  const hook = isValidId(hookId) ? await getCommandWebhook(server.db, hookId, nowMillis() - LIFETIME_MS) : undefined;
  if (!hook) throw new AppError('app.command_webhook.get.missing', 'Unable to find the webhook.', 404, '', { hook_id: hookId });
  const cmd = await getCommand(server.db, hook.commandId);
  if (!cmd) throw new AppError('web.command_webhook.command.app_error', "Couldn't find the command.", 400, '', { hook_id: hookId, command_id: hook.commandId });
  if (!(await tryUseCommandWebhook(server.db, hook.id, MAX_USES))) {
    throw new AppError('app.command_webhook.try_use.invalid', 'Invalid webhook.', 400, '', { hook_id: hookId });
  }
  const user = await getUserById(server.db, hook.userId);
  const channel = await getChannelById(server.db, hook.channelId);
  if (!user || !channel) throw new AppError('app.command_webhook.get.missing', 'Unable to find the webhook.', 404, '', { hook_id: hookId });
  await handleCommandResponse(
    server,
    { username: cmd.username, iconUrl: cmd.iconUrl },
    { userId: hook.userId, channelId: hook.channelId, teamId: cmd.teamId, rootId: hook.rootId, parentId: '', command: `/${cmd.trigger}`, siteUrl: '', triggerId: '', session: standInSession(user) },
    response,
    false,
  );
}
