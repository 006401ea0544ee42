import { getOrCreateDirectChannel } from '../../channels/direct';
import { hasSystemPermission } from '../../../server/permissions/authorization';
import { CREATE_DIRECT_CHANNEL } from '../../../server/permissions/permissionIds';
import { ephemeral, type BuiltinCommand } from '../types';
import { errorText, firstWord, postAsCaller, userByMention } from './util';

/** /msg @user [message]: opens the direct channel with the user, sending the message if any. */
export const msgCommand: BuiltinCommand = {
  trigger: 'msg',
  displayName: 'message',
  description: 'Send Direct Message to a user',
  hint: '@[username] [message]',
  run: async (ctx) => {
    const [who, text] = firstWord(ctx.message);
    const target = who ? await userByMention(ctx.server, who) : undefined;
    if (!target) return ephemeral('We could not find the user.');
    if (!hasSystemPermission(ctx.server, ctx.args.session, CREATE_DIRECT_CHANNEL)) return ephemeral("You don't have enough permissions to create a direct channel.");
    try {
      const channel = await getOrCreateDirectChannel(ctx.server, ctx.args.session, ctx.user.id, target.id);
      if (text) await postAsCaller(ctx, channel.id, text);
    } catch (err) {
      return ephemeral(errorText(err, 'An error occurred while messaging the user.'));
    }
    return { goto_location: `${ctx.args.siteUrl}/${ctx.team?.name ?? ''}/messages/@${target.username}` };
  },
};
