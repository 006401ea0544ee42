/**
 * Applying a command's answer (Mattermost's HandleCommandResponse / HandleCommandResponsePost /
 * CreateCommandPost): "in_channel" answers become posts (marked from_webhook for custom commands,
 * with the username/icon overrides the configuration allows), others are shown to the caller
 * alone as ephemeral posts; extra_responses are applied the same way.
 */
import { getChannelMember } from '../../db/queries/channels';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { createPost } from '../posts/createPost';
import { sendEphemeralPost } from '../posts/ephemeral';
import { processAttachments, processSlackText, slackLinksToMarkdown } from '../integrations/slack';
import type { CommandArgs, CommandResponse } from './types';

export interface CommandIdentity {
  username: string;
  iconUrl: string;
}

export async function handleCommandResponse(
  server: ServerContext,
  command: CommandIdentity,
  args: CommandArgs,
  response: CommandResponse,
  builtIn: boolean,
): Promise<CommandResponse> {
  let failed = false;
  for (const one of [response, ...(Array.isArray(response.extra_responses) ? response.extra_responses : [])]) {
    if (!one || typeof one !== 'object') continue;
    try {
      await handleResponsePost(server, command, args, one, builtIn);
    } catch {
      failed = true;
    }
  }
  if (failed) {
    const trigger = args.command.split(' ')[0].slice(1).toLowerCase();
    throw new AppError('api.command.execute_command.create_post_failed.app_error', `Command '${trigger}' failed to post response. Please contact your System Administrator.`, 500, '', {
      Trigger: trigger,
    });
  }
  return response;
}

async function handleResponsePost(server: ServerContext, command: CommandIdentity, args: CommandArgs, response: CommandResponse, builtIn: boolean): Promise<void> {
  let channelId = args.channelId;
  if (response.channel_id) {
    if (!(await getChannelMember(server.db, response.channel_id, args.userId))) {
      throw new AppError('api.command.command_post.forbidden.app_error', 'Specified user is not a member of specified channel.', 403);
    }
    channelId = response.channel_id;
  }
  const settings = server.config.get().ServiceSettings;
  const props: Record<string, unknown> = response.props && typeof response.props === 'object' ? { ...response.props } : {};
  let fromIntegration = !builtIn;
  if (settings.EnablePostUsernameOverride) {
    const name = command.username || response.username;
    if (name) {
      props.override_username = name;
      fromIntegration = true;
    }
  }
  if (settings.EnablePostIconOverride) {
    const icon = command.iconUrl || response.icon_url;
    if (icon) {
      props.override_icon_url = icon;
      fromIntegration = true;
    }
  }
  if (!settings.EnablePostUsernameOverride) delete props.override_username;
  if (!settings.EnablePostIconOverride) {
    delete props.override_icon_url;
    delete props.override_icon_emoji;
  }
  if (fromIntegration) props.from_webhook = 'true';
  let text = typeof response.text === 'string' ? response.text : '';
  let attachments = response.attachments;
  if (!response.skip_slack_parsing) {
    text = await processSlackText(server.db, text);
    response.text = text;
    if (Array.isArray(attachments)) attachments = await processAttachments(server.db, attachments);
    text = slackLinksToMarkdown(text);
  }
  const type = typeof response.type === 'string' ? response.type : '';
  if (type.startsWith('system_')) throw new AppError('api.context.invalid_param.app_error', 'Invalid post.type parameter.', 400, '', { Name: 'post.type' });
  let postType = type;
  if (Array.isArray(attachments)) {
    props.attachments = attachments;
    if (!postType) postType = 'slack_attachment';
  }
  if (response.response_type === 'in_channel') {
    await createPost(server, { channel_id: channelId, message: text, root_id: args.rootId || undefined, type: postType, props }, { userId: args.userId, session: null });
    return;
  }
  if ((response.response_type ?? '') === '' || response.response_type === 'ephemeral') {
    if (text !== '' || Array.isArray(attachments)) {
      sendEphemeralPost(server, args.userId, { user_id: args.userId, channel_id: channelId, message: text, root_id: args.rootId, props });
    }
  }
}
