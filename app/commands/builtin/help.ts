import type { BuiltinCommand } from '../types';

const DEFAULT_HELP_LINK = 'https://mattermost.com/pl/help/';

export const helpCommand: BuiltinCommand = {
  trigger: 'help',
  displayName: 'help',
  description: 'Open the Mattermost help page',
  hint: '',
  run: async ({ server }) => ({ goto_location: server.config.get().SupportSettings.HelpLink || DEFAULT_HELP_LINK }),
};
