/**
 * A post made by an integration (Mattermost's CreateWebhookPost): marked from_webhook, with the
 * username and icon overrides the configuration allows, Slack attachments, and a message longer
 * than a post can hold split into several posts. Every post goes through createPost, so events,
 * unread counts, mentions and threads behave as for a user's post.
 */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { createPost } from '../posts/createPost';
import { MAX_POST_RUNES } from '../posts/validate';
import type { ApiPost } from '../posts/serialize';
import { markWebhookPost } from './postHooks';
import { processAttachments, processSlackText, slackLinksToMarkdown } from './slack';

/** Mattermost's DefaultWebhookUsername. */
export const DEFAULT_WEBHOOK_USERNAME = 'webhook';

export interface IntegrationPostInput {
  userId: string;
  channelId: string;
  text: string;
  overrideUsername?: string;
  overrideIconUrl?: string;
  overrideIconEmoji?: string;
  props?: Record<string, unknown>;
  attachments?: unknown;
  type?: string;
  rootId?: string;
  priority?: Record<string, unknown> | null;
}

const RESERVED = new Set(['override_icon_url', 'override_username', 'from_webhook']);

export async function createIntegrationPost(server: ServerContext, input: IntegrationPostInput): Promise<ApiPost> {
  const config = server.config.get().ServiceSettings;
  const type = input.type ?? '';
  if (type.startsWith('system_')) {
    throw new AppError('api.context.invalid_param.app_error', 'Invalid post.type parameter.', 400, '', { Name: 'post.type' });
  }
  if (input.priority && typeof input.priority.priority !== 'string') {
    throw new AppError('api.context.invalid_param.app_error', 'Invalid webhook.priority.priority parameter.', 400, 'Setting the priority of a post is required to use priority.', {
      Name: 'webhook.priority.priority',
    });
  }
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input.props ?? {})) if (!RESERVED.has(key) && key !== 'attachments') props[key] = value;
  props.from_webhook = 'true';
  if (config.EnablePostUsernameOverride) props.override_username = input.overrideUsername || DEFAULT_WEBHOOK_USERNAME;
  if (config.EnablePostIconOverride) {
    if (input.overrideIconUrl) props.override_icon_url = input.overrideIconUrl;
    if (input.overrideIconEmoji) props.override_icon_emoji = input.overrideIconEmoji;
  }
  const attachments = await processAttachments(server.db, input.attachments);
  let postType = type;
  if (attachments.length > 0) {
    props.attachments = attachments;
    if (!postType) postType = 'slack_attachment';
  }
  const message = slackLinksToMarkdown(input.text);
  const chunks = splitMessage(message, MAX_POST_RUNES);
  let first: ApiPost | undefined;
  for (let i = 0; i < chunks.length; i++) {
    const last = i === chunks.length - 1;
    const chunkProps = last ? props : withoutAttachments(props);
    try {
      const post = {
        channel_id: input.channelId,
        message: chunks[i],
        props: chunkProps,
        type: last ? postType : type,
        root_id: input.rootId || undefined,
        metadata: input.priority ? { priority: input.priority as never } : undefined,
      };
      // Made inside our transaction so that the post is known as a webhook's before its event goes out.
      const created = await server.db.transaction((tx) => createPost(server, post, { userId: input.userId, session: null, db: tx }));
      markWebhookPost(server, created.post.id);
      created.publish();
      first ??= created.post;
    } catch (err) {
      if (err instanceof AppError && err.statusCode < 500) throw err;
      throw new AppError('api.post.create_webhook_post.creating.app_error', 'Error creating post.', 500, (err as Error).message);
    }
  }
  return first!;
}

function withoutAttachments(props: Record<string, unknown>): Record<string, unknown> {
  const { attachments: _dropped, ...rest } = props;
  return rest;
}

/** Splits a message into pieces of at most `max` characters (code points), as Mattermost does. */
export function splitMessage(message: string, max: number): string[] {
  const chars = [...message];
  if (chars.length <= max) return [message];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += max) out.push(chars.slice(i, i + max).join(''));
  return out;
}

export { processSlackText };
