import { getChannelMember } from '../../../db/queries/channels';
import { hasChannelPermission } from '../../../server/permissions/authorization';
import { MANAGE_PRIVATE_CHANNEL_MEMBERS, MANAGE_PUBLIC_CHANNEL_MEMBERS } from '../../../server/permissions/permissionIds';
import { removeMemberFromChannel } from '../../channels/members';
import { ephemeral, type BuiltinCommand, type BuiltinContext } from '../types';
import { errorText, firstWord, userByMention } from './util';

async function kick(ctx: BuiltinContext) {
  const { server, channel } = ctx;
  const [word] = firstWord(ctx.message);
  if (!word) return ephemeral('You must provide a user to remove: /kick @username.');
  if (channel.type !== 'O' && channel.type !== 'P') return ephemeral('You cannot remove someone from a direct or group message channel.');
  const permission = channel.type === 'O' ? MANAGE_PUBLIC_CHANNEL_MEMBERS : MANAGE_PRIVATE_CHANNEL_MEMBERS;
  if (!(await hasChannelPermission(server, ctx.args.session, channel, permission))) return ephemeral("You don't have the required permissions to remove the member.");
  const target = await userByMention(server, word);
  if (!target) return ephemeral('We could not find the user.');
  if (!(await getChannelMember(server.db, channel.id, target.id))) return ephemeral(`@${target.username} is not a member of this channel.`);
  try {
    await removeMemberFromChannel(server, channel, target, ctx.user.id);
  } catch (err) {
    return ephemeral(errorText(err, 'An error occurred while removing the member.'));
  }
  return {};
}

export const kickCommand: BuiltinCommand = { trigger: 'kick', displayName: 'kick', description: 'Remove a member from the channel', hint: '@[username]', run: kick };
export const removeCommand: BuiltinCommand = { trigger: 'remove', displayName: 'remove', description: 'Remove a member from the channel', hint: '@[username]', run: kick };
