import { setManualStatus } from '../../status/status';
import { ephemeral, type BuiltinCommand } from '../types';

function statusCommand(trigger: string, status: string, description: string, reply: string): BuiltinCommand {
  return {
    trigger,
    displayName: trigger,
    description,
    hint: '',
    run: async (ctx) => {
      await setManualStatus(ctx.server, ctx.user.id, status);
      return ephemeral(reply);
    },
  };
}

export const onlineCommand = statusCommand('online', 'online', 'Set your status to online', 'You are now online');
export const awayCommand = statusCommand('away', 'away', 'Set your status away', 'You are now away');
export const offlineCommand = statusCommand('offline', 'offline', 'Set your status offline', 'You are now offline');
export const dndCommand = statusCommand(
  'dnd',
  'dnd',
  'Do not disturb disables desktop and mobile push notifications.',
  'Do Not Disturb is enabled. You will not receive desktop or mobile push notifications until Do Not Disturb is turned off.',
);
