import { removeMemberFromChannel } from '../../channels/members';
import { ephemeral, type BuiltinCommand } from '../types';
import { channelUrl, errorText } from './util';

/** /leave: leaves the current channel and goes to town-square. */
export const leaveCommand: BuiltinCommand = {
  trigger: 'leave',
  displayName: 'leave',
  description: 'Leave the current channel',
  hint: '',
  run: async (ctx) => {
    if (ctx.channel.type === 'D' || ctx.channel.type === 'G') return ephemeral('You cannot leave a direct or group message channel with /leave.');
    try {
      await removeMemberFromChannel(ctx.server, ctx.channel, ctx.user, ctx.user.id);
    } catch (err) {
      return ephemeral(errorText(err, 'An error occurred while leaving the channel.'));
    }
    return { goto_location: channelUrl(ctx.args.siteUrl, ctx.team, 'town-square') };
  },
};
