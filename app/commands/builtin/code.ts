import { ephemeral, type BuiltinCommand } from '../types';

export const codeCommand: BuiltinCommand = {
  trigger: 'code',
  displayName: 'code',
  description: 'Display text as a code block',
  hint: '[text]',
  run: async ({ message }) => {
    if (message === '') return ephemeral('A message must be provided with the /code command.');
    return { response_type: 'in_channel', text: `    ${message.split('\n').join('\n    ')}`, skip_slack_parsing: true };
  },
};
