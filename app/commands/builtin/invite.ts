import { addMembersToChannel } from '../../channels/members';
import { ephemeral, type BuiltinCommand } from '../types';
import { channelByMention, errorText, firstWord, userByMention } from './util';

/** /invite @user [~channel]: adds the user to this channel or the one named. */
export const inviteCommand: BuiltinCommand = {
  trigger: 'invite',
  displayName: 'invite',
  description: 'Invite a user to a channel',
  hint: '@[username] ~[channel]',
  run: async (ctx) => {
    const [who, rest] = firstWord(ctx.message);
    if (!who) return ephemeral('You must provide a user to invite: /invite @username.');
    const target = await userByMention(ctx.server, who);
    if (!target) return ephemeral('We could not find the user.');
    let channel = ctx.channel;
    if (rest) {
      const named = await channelByMention(ctx.server, ctx.args.teamId, firstWord(rest)[0]);
      if (!named) return ephemeral('We could not find the channel.');
      channel = named;
    }
    try {
      await addMembersToChannel(ctx.server, ctx.args.session, channel, [target.id]);
    } catch (err) {
      return ephemeral(errorText(err, 'An error occurred while adding the user.'));
    }
    return ephemeral(`@${target.username} added to ~${channel.name}.`);
  },
};
