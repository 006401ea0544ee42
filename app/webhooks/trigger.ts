/**
 * Outgoing webhooks fire on posts (Mattermost's handleWebhookEvents / TriggerWebhook): in an open
 * channel, a hook of the channel's team matches when it watches that channel and has no trigger
 * words, or when the post's first word equals (trigger_when 0) or starts with (trigger_when 1)
 * one of its trigger words (and the hook watches that channel or every channel). The payload goes
 * to every callback URL as a form or as JSON; a JSON answer with text or attachments is posted
 * back in the channel as the hook's creator (a reply when response_type is "comment").
 */
import { getTeamById } from '../../db/queries/teams';
import { getChannelById } from '../../db/queries/channels';
import { getUserById } from '../../db/queries/users';
import { listOutgoingWebhooks } from '../../db/queries/webhooks';
import type { OutgoingWebhookRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { ApiPost } from '../posts/serialize';
import { createIntegrationPost } from '../integrations/integrationPost';
import { outboundRequest } from '../integrations/outbound';
import { processSlackText } from '../integrations/slack';

export interface OutgoingPayload {
  token: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  timestamp: number;
  user_id: string;
  user_name: string;
  post_id: string;
  text: string;
  trigger_word: string;
  file_ids: string;
}

interface Match {
  hook: OutgoingWebhookRow;
  triggerWord: string;
}

export function matchingHooks(hooks: OutgoingWebhookRow[], post: Pick<ApiPost, 'channel_id' | 'message'>): Match[] {
  const firstWord = post.message.trim().split(/\s+/)[0] ?? '';
  const out: Match[] = [];
  for (const hook of hooks) {
    if (hook.channelId !== post.channel_id && hook.channelId !== '') continue;
    const words = hook.triggerWords ?? [];
    const when = Number(hook.triggerWhen) || 0;
    if (hook.channelId === post.channel_id && words.length === 0) {
      out.push({ hook, triggerWord: '' });
    } else if (firstWord && when === 0 && words.includes(firstWord)) {
      out.push({ hook, triggerWord: firstWord });
    } else if (firstWord && when === 1) {
      const word = words.find((w) => firstWord.startsWith(w));
      if (word !== undefined) out.push({ hook, triggerWord: word });
    }
  }
  return out;
}

/** Runs the outgoing webhooks a new post triggers; errors are logged, never thrown. */
export async function handleWebhookEvents(server: ServerContext, post: ApiPost, log: (msg: string, err?: unknown) => void): Promise<void> {
  if (!server.config.get().ServiceSettings.EnableOutgoingWebhooks) return;
  const channel = await getChannelById(server.db, post.channel_id);
  if (!channel || channel.type !== 'O' || !channel.teamId) return;
  const hooks = await listOutgoingWebhooks(server.db, { teamId: channel.teamId });
  if (hooks.length === 0) return;
  const matches = matchingHooks(hooks, post);
  if (matches.length === 0) return;
  const [team, user] = await Promise.all([getTeamById(server.db, channel.teamId), getUserById(server.db, post.user_id)]);
  if (!team || !user) return;
  await Promise.all(
    matches.map(async ({ hook, triggerWord }) => {
      const payload: OutgoingPayload = {
        token: hook.token,
        team_id: hook.teamId,
        team_domain: team.name,
        channel_id: post.channel_id,
        channel_name: channel.name,
        timestamp: post.create_at,
        user_id: post.user_id,
        user_name: user.username,
        post_id: post.id,
        text: post.message,
        trigger_word: triggerWord,
        file_ids: (post.file_ids ?? []).join(','),
      };
      await Promise.all(hook.callbackUrls.map((url) => callOne(server, hook, url, payload, post).catch((err) => log(`outgoing webhook ${hook.id} to ${url} failed`, err))));
    }),
  );
}

function encode(hook: OutgoingWebhookRow, payload: OutgoingPayload): { contentType: string; body: string } {
  if (hook.contentType === 'application/json') return { contentType: 'application/json', body: JSON.stringify(payload) };
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) form.set(key, key === 'timestamp' ? String(Math.floor(Number(value) / 1000)) : String(value));
  return { contentType: 'application/x-www-form-urlencoded', body: form.toString() };
}

async function callOne(server: ServerContext, hook: OutgoingWebhookRow, url: string, payload: OutgoingPayload, post: ApiPost): Promise<void> {
  const { contentType, body } = encode(hook, payload);
  const res = await outboundRequest(server, url, { method: 'POST', headers: { 'Content-Type': contentType, Accept: 'application/json' }, body });
  if (res.text.trim() === '') return;
  const answer = JSON.parse(res.text) as Record<string, unknown>;
  if (!answer || typeof answer !== 'object') return;
  const hasText = typeof answer.text === 'string';
  const attachments = Array.isArray(answer.attachments) ? answer.attachments : [];
  if (!hasText && attachments.length === 0) return;
  const settings = server.config.get().ServiceSettings;
  const props = answer.props && typeof answer.props === 'object' && !Array.isArray(answer.props) ? { ...(answer.props as Record<string, unknown>) } : {};
  props.webhook_display_name = hook.displayName;
  let username = typeof answer.username === 'string' ? answer.username : '';
  if (settings.EnablePostUsernameOverride && hook.username && !username) username = hook.username;
  let iconUrl = typeof answer.icon_url === 'string' ? answer.icon_url : '';
  if (settings.EnablePostIconOverride && hook.iconUrl && !iconUrl) iconUrl = hook.iconUrl;
  await createIntegrationPost(server, {
    userId: hook.creatorId,
    channelId: post.channel_id,
    text: hasText ? await processSlackText(server.db, answer.text as string) : '',
    overrideUsername: username,
    overrideIconUrl: iconUrl,
    props,
    attachments,
    type: typeof answer.type === 'string' ? answer.type : '',
    rootId: answer.response_type === 'comment' ? post.root_id || post.id : '',
    priority: (answer.priority as Record<string, unknown> | undefined) ?? null,
  });
}
