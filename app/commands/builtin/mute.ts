import { getChannelMember } from '../../../db/queries/channels';
import { updateMemberNotifyProps } from '../../channels/members';
import { publishChannelMemberUpdated } from '../../channels/events';
import { ephemeral, type BuiltinCommand } from '../types';
import { channelByMention, firstWord } from './util';

/** /mute [~channel]: toggles the channel between muted (mark_unread=mention) and not. */
export const muteCommand: BuiltinCommand = {
  trigger: 'mute',
  displayName: 'mute',
  description: 'Turns off desktop, email and push notifications for the current channel or the [channel] specified.',
  hint: '[channel]',
  run: async (ctx) => {
    const [word] = firstWord(ctx.message);
    const channel = word ? await channelByMention(ctx.server, ctx.args.teamId, word) : ctx.channel;
    if (!channel) return ephemeral('We could not find the channel.');
    const member = await getChannelMember(ctx.server.db, channel.id, ctx.user.id);
    if (!member) return ephemeral('You are not a member of that channel.');
    const muted = member.notifyProps.mark_unread === 'mention';
    const updated = await updateMemberNotifyProps(ctx.server, channel.id, ctx.user.id, { mark_unread: muted ? 'all' : 'mention' });
    publishChannelMemberUpdated(ctx.server, updated);
    const label = channel.type === 'D' || channel.type === 'G' ? 'this conversation' : `~${channel.name}`;
    return ephemeral(muted ? `${label} is no longer muted.` : `You will not receive notifications for ${label} until channel mute is turned off.`);
  },
};
