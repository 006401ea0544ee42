/** Ephemeral posts (Mattermost's SendEphemeralPost): made for one user, sent as `ephemeral_message`, never stored. */
import type { ServerContext } from '../../server/context';
import { newId, nowMillis } from '../../server/ids';
import { withActionIds } from '../integrations/slack';
import { publishEphemeral } from './events';
import type { ApiPost } from './serialize';

export interface EphemeralInput {
  user_id: string;
  channel_id: string;
  message: string;
  root_id?: string;
  props?: Record<string, unknown>;
}

export function sendEphemeralPost(server: ServerContext, toUserId: string, input: EphemeralInput): ApiPost {
  const now = nowMillis();
  const post: ApiPost = {
    id: newId(),
    create_at: now,
    update_at: 0,
    edit_at: 0,
    delete_at: 0,
    is_pinned: false,
    user_id: input.user_id,
    channel_id: input.channel_id,
    root_id: input.root_id ?? '',
    original_id: '',
    message: input.message,
    type: 'system_ephemeral',
    props: withActionIds(input.props ?? {}),
    hashtags: '',
    file_ids: [],
    pending_post_id: '',
    reply_count: 0,
    last_reply_at: 0,
    participants: null,
    metadata: {},
  };
  publishEphemeral(server, toUserId, post);
  return post;
}
