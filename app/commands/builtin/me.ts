import type { BuiltinCommand } from '../types';

export const meCommand: BuiltinCommand = {
  trigger: 'me',
  displayName: 'me',
  description: 'Do an action',
  hint: '[message]',
  run: async ({ message }) => ({ response_type: 'in_channel', type: 'me', text: `*${message}*` }),
};
