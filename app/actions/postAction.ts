/**
 * Interactive message actions (Mattermost's DoPostActionWithCookie): a button or menu of a post's
 * attachment calls its integration URL with the context it carries, a trigger id for opening a
 * dialog, and the selected option for menus. The integration's answer may replace the post
 * (`update`, keeping its identity props, pin and reactions) and/or show the user a private
 * message (`ephemeral_text`).
 */
import { getPostById } from '../../db/queries/posts';
import { getChannelById } from '../../db/queries/channels';
import { getTeamById } from '../../db/queries/teams';
import { getUserById } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { sendEphemeralPost } from '../posts/ephemeral';
import { updatePost } from '../posts/updatePost';
import { generateTriggerId } from '../integrations/triggerId';
import { slackLinksToMarkdown } from '../integrations/slack';
import { doActionRequest } from './request';

/** Props of the original post an update keeps (Mattermost's PostActionRetainPropKeys). */
const RETAIN_PROP_KEYS = ['from_webhook', 'override_username', 'override_icon_url'];

interface PostActionIntegration {
  url?: string;
  context?: Record<string, unknown>;
}

interface PostAction {
  id?: string;
  type?: string;
  data_source?: string;
  integration?: PostActionIntegration;
}

function findAction(props: Record<string, unknown>, actionId: string): PostAction | undefined {
  const attachments = Array.isArray(props.attachments) ? props.attachments : [];
  for (const a of attachments) {
    const actions = a && typeof a === 'object' && Array.isArray((a as any).actions) ? ((a as any).actions as PostAction[]) : [];
    const found = actions.find((x) => x && x.id === actionId);
    if (found) return found;
  }
  return undefined;
}

export async function doPostAction(server: ServerContext, postId: string, actionId: string, userId: string, selectedOption: string): Promise<string> {
  const post = isValidId(postId) ? await getPostById(server.db, postId) : undefined;
  if (!post) throw new AppError('app.post.get.app_error', 'Unable to get the post.', 404);
  const channel = await getChannelById(server.db, post.channelId);
  if (!channel) throw new AppError('app.channel.get_for_post.app_error', 'Unable to get the channel for the given post.', 500);
  const action = findAction(post.props ?? {}, actionId);
  if (!action || !action.integration || typeof action.integration.url !== 'string') {
    throw new AppError('api.post.do_action.action_id.app_error', 'Invalid action id.', 404);
  }
  const user = await getUserById(server.db, userId);
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  const team = channel.teamId ? await getTeamById(server.db, channel.teamId) : undefined;

  const retain: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const key of RETAIN_PROP_KEYS) {
    if (key in post.props) retain[key] = post.props[key];
    else remove.push(key);
  }
  const context: Record<string, unknown> = { ...(action.integration.context ?? {}) };
  const upstream: Record<string, unknown> = {
    user_id: userId,
    user_name: user.username,
    channel_id: post.channelId,
    channel_name: channel.name,
    team_id: channel.teamId,
    team_domain: team?.name ?? '',
    post_id: post.id,
    type: action.type ?? '',
    context,
  };
  if (action.type === 'select' && selectedOption) {
    context.selected_option = selectedOption;
    upstream.data_source = action.data_source ?? '';
  }
  const { clientTriggerId, triggerId } = await generateTriggerId(server, userId);
  upstream.trigger_id = triggerId;

  const answer = ((await doActionRequest(server, action.integration.url, upstream)) ?? {}) as {
    update?: Record<string, unknown> | null;
    ephemeral_text?: string;
    skip_slack_parsing?: boolean;
  };
  if (answer.update && typeof answer.update === 'object') {
    let props = answer.update.props as Record<string, unknown> | null | undefined;
    if (!props || typeof props !== 'object') props = post.props;
    else {
      props = { ...props, ...retain };
      for (const key of remove) delete props[key];
    }
    const message = typeof answer.update.message === 'string' ? answer.update.message : post.message;
    await updatePost(server, post.id, { message, props, isPinned: post.isPinned, hasReactions: post.hasReactions }, userId);
  }
  if (typeof answer.ephemeral_text === 'string' && answer.ephemeral_text !== '') {
    sendEphemeralPost(server, userId, {
      user_id: userId,
      channel_id: post.channelId,
      root_id: post.rootId || post.id,
      message: answer.skip_slack_parsing ? answer.ephemeral_text : slackLinksToMarkdown(answer.ephemeral_text),
      props: { ...retain },
    });
  }
  return clientTriggerId;
}
