import { getOrCreateGroupChannel } from '../../channels/direct';
import { hasSystemPermission } from '../../../server/permissions/authorization';
import { CREATE_GROUP_CHANNEL } from '../../../server/permissions/permissionIds';
import { ephemeral, type BuiltinCommand } from '../types';
import { errorText, postAsCaller, userByMention } from './util';

/** /groupmsg @a,@b [message]: opens the group channel of the caller and those users, sending the message if any. */
export const groupmsgCommand: BuiltinCommand = {
  trigger: 'groupmsg',
  displayName: 'groupmsg',
  description: 'Send a Group Message to the specified users',
  hint: '@[username1],@[username2] [message]',
  run: async (ctx) => {
    const m = /^((?:@?[\w.\-]+\s*,\s*)*@?[\w.\-]+)\s*(.*)$/s.exec(ctx.message.trim());
    if (!m) return ephemeral('You must provide users: /groupmsg @user1,@user2 message.');
    const names = m[1].split(',').map((s) => s.trim()).filter(Boolean);
    const ids = new Set([ctx.user.id]);
    const missing: string[] = [];
    for (const name of names) {
      const user = await userByMention(ctx.server, name);
      if (user) ids.add(user.id);
      else missing.push(name);
    }
    if (!hasSystemPermission(ctx.server, ctx.args.session, CREATE_GROUP_CHANNEL)) return ephemeral("You don't have enough permissions to create a group message.");
    if (missing.length) return ephemeral(`Could not find the users: ${missing.join(', ')}`);
    try {
      const channel = await getOrCreateGroupChannel(ctx.server, [...ids]);
      if (m[2]) await postAsCaller(ctx, channel.id, m[2]);
      return { goto_location: `${ctx.args.siteUrl}/${ctx.team?.name ?? ''}/messages/${channel.name}` };
    } catch (err) {
      return ephemeral(errorText(err, 'An error occurred while creating the group message.'));
    }
  },
};
