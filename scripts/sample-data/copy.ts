import type { Sql } from 'postgres';
import type { NewPostRow, ReactionRow } from '../../db/schema';

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** Posts and reactions through COPY (PostgreSQL only): an order of magnitude faster than INSERT. */
export async function copyPosts(sql: Sql, posts: NewPostRow[], reactions: ReactionRow[]): Promise<void> {
  const postStream = await sql`COPY posts (id, create_at, update_at, user_id, channel_id, root_id, message, hashtags, has_reactions) FROM STDIN`.writable();
  for (const p of posts) {
    postStream.write(`${p.id}\t${p.createAt}\t${p.updateAt}\t${p.userId}\t${p.channelId}\t${p.rootId ?? ''}\t${esc(p.message ?? '')}\t${esc(p.hashtags ?? '')}\t${p.hasReactions ? 't' : 'f'}\n`);
  }
  await new Promise<void>((resolve, reject) => postStream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  if (reactions.length === 0) return;
  const reactionStream = await sql`COPY reactions (user_id, post_id, emoji_name, create_at, update_at, channel_id) FROM STDIN`.writable();
  const seen = new Set<string>();
  for (const r of reactions) {
    const key = `${r.postId}:${r.userId}:${r.emojiName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reactionStream.write(`${r.userId}\t${r.postId}\t${r.emojiName}\t${r.createAt}\t${r.updateAt}\t${r.channelId}\n`);
  }
  await new Promise<void>((resolve, reject) => reactionStream.end((err?: Error | null) => (err ? reject(err) : resolve())));
}
