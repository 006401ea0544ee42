import type { NewPostRow } from '../../db/schema';
import type { ReactionRow } from '../../db/schema';
import type { Random } from './random';
import type { SampleOptions } from './plan';
import type { World } from './people';
import { EMOJI, HASHTAGS, WORDS } from './words';

export interface PostChunk {
  posts: NewPostRow[];
  reactions: ReactionRow[];
}

/**
 * Posts in time order over `days` (so update_at grows within each channel), in chunks:
 * roots and replies to a channel's recent roots, mentions of members, hashtags, reactions.
 */
export function* generatePosts(rnd: Random, o: SampleOptions, w: World, end: number, chunkSize = 5000): Generator<PostChunk> {
  const channels = w.channels.filter((c) => (w.membersOf.get(c.id)?.length ?? 0) > 0);
  const usernames = new Map(w.users.map((u) => [u.id!, u.username!]));
  const recentRoots = new Map<string, string[]>();
  const span = o.days * 86_400_000;
  let chunk: PostChunk = { posts: [], reactions: [] };
  for (let i = 0; i < o.posts; i++) {
    const channel = rnd.pick(channels);
    const members = w.membersOf.get(channel.id)!;
    const at = end - span + Math.floor((i * span) / o.posts);
    const roots = recentRoots.get(channel.id) ?? [];
    const rootId = roots.length && rnd.chance(o.replyRatio) ? rnd.pick(roots) : '';
    const message = sentence(rnd, members, usernames, o.mentionRatio);
    const post: NewPostRow = {
      id: rnd.id(), createAt: at, updateAt: at, userId: rnd.pick(members), channelId: channel.id, rootId, message,
      hashtags: message.split(' ').filter((word) => word.startsWith('#')).join(' '),
    };
    if (!rootId) {
      roots.push(post.id);
      if (roots.length > 30) roots.shift();
      recentRoots.set(channel.id, roots);
    }
    if (rnd.chance(o.reactionRatio)) {
      post.hasReactions = true;
      for (const userId of rnd.sample(members, Math.min(members.length, 1 + rnd.int(3)))) {
        chunk.reactions.push({ userId, postId: post.id, emojiName: rnd.pick(EMOJI), createAt: at + 1000, updateAt: at + 1000, deleteAt: 0, channelId: channel.id, remoteId: '' });
      }
    }
    chunk.posts.push(post);
    if (chunk.posts.length >= chunkSize) {
      yield chunk;
      chunk = { posts: [], reactions: [] };
    }
  }
  if (chunk.posts.length) yield chunk;
}

function sentence(rnd: Random, members: string[], usernames: Map<string, string>, mentionRatio: number): string {
  const words = Array.from({ length: 4 + rnd.int(16) }, () => rnd.pick(WORDS));
  if (rnd.chance(mentionRatio)) words.splice(rnd.int(words.length), 0, `@${usernames.get(rnd.pick(members))}`);
  if (rnd.chance(0.05)) words.push(rnd.pick(HASHTAGS));
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}
