import type { ReactionRow } from '../../db/schema';

/** A reaction as Mattermost serialises it. */
export interface ApiReaction {
  user_id: string;
  post_id: string;
  emoji_name: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  remote_id: string;
  channel_id: string;
}

export function toApiReaction(row: ReactionRow): ApiReaction {
  return {
    user_id: row.userId,
    post_id: row.postId,
    emoji_name: row.emojiName,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    remote_id: row.remoteId,
    channel_id: row.channelId,
  };
}
