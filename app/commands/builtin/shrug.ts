import type { BuiltinCommand } from '../types';

const SHRUG = '¯\\\\\\_(ツ)\\_/¯';

export const shrugCommand: BuiltinCommand = {
  trigger: 'shrug',
  displayName: 'shrug',
  description: 'Adds ¯\\_(ツ)_/¯ to your message',
  hint: '[message]',
  run: async ({ message }) => ({ response_type: 'in_channel', text: message ? `${message} ${SHRUG}` : SHRUG }),
};
