import { normalizeCustomStatus, setCustomStatus, unsetCustomStatus } from '../../status/customStatus';
import { ephemeral, type BuiltinCommand } from '../types';
import { errorText } from './util';

/** /status [emoji] [text] sets the custom status; /status clear removes it. */
export const customStatusCommand: BuiltinCommand = {
  trigger: 'status',
  displayName: 'status',
  description: 'Set a status',
  hint: '[:emoji_name:] [status_message] or clear',
  enabled: (server) => server.config.get().TeamSettings.EnableCustomUserStatuses,
  run: async (ctx) => {
    const text = ctx.message.trim();
    if (text === 'clear') {
      await unsetCustomStatus(ctx.server, ctx.user);
      return ephemeral('Your status was cleared.');
    }
    if (text === '') return ephemeral('You must provide a status: /status [:emoji:] text, or /status clear.');
    const m = /^:([a-z0-9_+\-]+):\s*(.*)$/s.exec(text);
    const emoji = m ? m[1] : 'speech_balloon';
    const message = m ? m[2] : text;
    try {
      await setCustomStatus(ctx.server, ctx.user, normalizeCustomStatus({ emoji, text: message }));
    } catch (err) {
      return ephemeral(errorText(err, 'Your status could not be set.'));
    }
    return ephemeral(`Your status is set to ":${emoji}: ${message}".`);
  },
};
