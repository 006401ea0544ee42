import { addMembersToChannel } from '../../channels/members';
import { ephemeral, type BuiltinCommand } from '../types';
import { channelByMention, channelUrl, errorText, firstWord } from './util';

/** /join ~channel: joins an open channel of the team (or a private one the caller already belongs to) and goes there. */
export const joinCommand: BuiltinCommand = {
  trigger: 'join',
  displayName: 'join',
  description: 'Join the open channel',
  hint: '~[channel]',
  run: async (ctx) => {
    const [word] = firstWord(ctx.message);
    const channel = await channelByMention(ctx.server, ctx.args.teamId, word);
    if (!channel || channel.deleteAt !== 0) return ephemeral('An error occurred while joining the channel.');
    try {
      await addMembersToChannel(ctx.server, ctx.args.session, channel, [ctx.user.id]);
    } catch (err) {
      return ephemeral(errorText(err, 'An error occurred while joining the channel.'));
    }
    return { goto_location: channelUrl(ctx.args.siteUrl, ctx.team, channel.name) };
  },
};
