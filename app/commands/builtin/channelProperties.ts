/** /header, /purpose and /rename: change the current channel as PATCH /channels/{id}/patch does, with its system message. */
import type { NewChannelRow } from '../../../db/schema';
import { getUserById } from '../../../db/queries/users';
import { requirePropertiesPermission } from '../../channels/access';
import { saveChannelChanges } from '../../channels/updates';
import { publishChannelUpdated } from '../../channels/events';
import { postDisplayNameChange, postHeaderChange, postPurposeChange } from '../../channels/systemPosts';
import { ephemeral, type BuiltinCommand, type BuiltinContext, type CommandResponse } from '../types';
import { errorText } from './util';

async function change(ctx: BuiltinContext, field: 'header' | 'purpose' | 'displayName', value: string): Promise<CommandResponse> {
  const { server, channel } = ctx;
  try {
    await requirePropertiesPermission(server, ctx.args.session, channel);
  } catch (err) {
    return ephemeral(errorText(err, "You don't have the required permissions to edit the channel."));
  }
  const actor = (await getUserById(server.db, ctx.user.id))!;
  const changes: Partial<NewChannelRow> = { [field]: value };
  try {
    const { updated, posts } = await server.db.transaction(async (tx) => {
      const row = await saveChannelChanges(tx, channel, changes);
      const made = [];
      if (field === 'header' && row.header !== channel.header) made.push(await postHeaderChange(server, tx, row, actor, channel.header, row.header));
      if (field === 'purpose' && row.purpose !== channel.purpose) made.push(await postPurposeChange(server, tx, row, actor, channel.purpose, row.purpose));
      if (field === 'displayName' && row.displayName !== channel.displayName) {
        made.push(await postDisplayNameChange(server, tx, row, actor, channel.displayName, row.displayName));
      }
      return { updated: row, posts: made };
    });
    publishChannelUpdated(server, updated);
    for (const post of posts) post.publish();
  } catch (err) {
    return ephemeral(errorText(err, 'An error occurred while updating the channel.'));
  }
  return {};
}

const directOrGroup = (ctx: BuiltinContext) => ctx.channel.type === 'D' || ctx.channel.type === 'G';

export const headerCommand: BuiltinCommand = {
  trigger: 'header',
  displayName: 'header',
  description: 'Edit the channel header',
  hint: '[text]',
  run: async (ctx) => (ctx.message === '' ? ephemeral('You must provide text to set the header: /header text.') : change(ctx, 'header', ctx.message)),
};

export const purposeCommand: BuiltinCommand = {
  trigger: 'purpose',
  displayName: 'purpose',
  description: 'Edit the channel purpose',
  hint: '[text]',
  run: async (ctx) => {
    if (directOrGroup(ctx)) return ephemeral('Purposes cannot be set on direct or group message channels.');
    if (ctx.message === '') return ephemeral('You must provide text to set the purpose: /purpose text.');
    return change(ctx, 'purpose', ctx.message);
  },
};

export const renameCommand: BuiltinCommand = {
  trigger: 'rename',
  displayName: 'rename',
  description: 'Rename the channel',
  hint: '[text]',
  run: async (ctx) => {
    if (directOrGroup(ctx)) return ephemeral('Direct and group message channels cannot be renamed.');
    const name = ctx.message.trim();
    if (name.length < 2) return ephemeral('Channel names must have at least 2 characters.');
    if ([...name].length > 64) return ephemeral('Channel names must have at most 64 characters.');
    return change(ctx, 'displayName', name);
  },
};
