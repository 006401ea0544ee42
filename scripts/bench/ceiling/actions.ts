import type { Random } from '../../sample-data/random';
import type { SimUser } from './simUser';

type Action = (u: SimUser, rnd: Random) => Promise<void>;

/** Mattermost load-test-ng's action mix, relative to one CreatePost. */
export const MIX: Array<[string, number, Action]> = [
  ['CreatePost', 1, createPost],
  ['SwitchChannel', 6.5, switchChannel],
  ['ScrollChannel', 2, scrollChannel],
  ['UnreadCheck', 1, async (u) => void (await u.timed('GET', '/api/v4/users/me/teams/unread'))],
  ['OpenDM', 1, openDm],
  ['ViewGlobalThreads', 0.6, async (u) => void (await u.timed('GET', `/api/v4/users/me/teams/${u.teamId}/threads?per_page=25`))],
  ['ReconnectWebSocket', 0.14, async (u) => u.reconnect()],
  ['AddReaction', 0.13, addReaction],
];
const TOTAL = MIX.reduce((n, [, w]) => n + w, 0);

export function chooseAction(rnd: Random): [string, Action] {
  let x = rnd.next() * TOTAL;
  for (const [name, weight, action] of MIX) {
    if ((x -= weight) < 0) return [name, action];
  }
  return [MIX[0][0], MIX[0][2]];
}

export const CREATE_POST_SHARE = 1 / TOTAL;

async function createPost(u: SimUser, rnd: Random): Promise<void> {
  const words = ['ship', 'review', 'deploy', 'idea', 'thanks', 'meeting', 'bug', 'fix', 'release', 'lunch'];
  const res = await u.timed('POST', '/api/v4/posts', { channel_id: u.current, message: Array.from({ length: 8 }, () => rnd.pick(words)).join(' ') });
  if (res.status === 201) {
    const post = JSON.parse(res.body) as { channel_id: string; create_at: number };
    u.ledger.record(post.channel_id, post.create_at);
  }
}

async function switchChannel(u: SimUser, rnd: Random): Promise<void> {
  const previous = u.current;
  u.current = u.pick(rnd);
  await u.timed('GET', `/api/v4/channels/${u.current}/posts?page=0&per_page=60`);
  await u.timed('POST', '/api/v4/channels/members/me/view', { channel_id: u.current, prev_channel_id: previous });
}

async function scrollChannel(u: SimUser): Promise<void> {
  const list = JSON.parse((await u.timed('GET', `/api/v4/channels/${u.current}/posts?page=0&per_page=30`)).body) as { order?: string[] };
  const oldest = list.order?.[list.order.length - 1];
  if (oldest) await u.timed('GET', `/api/v4/channels/${u.current}/posts?before=${oldest}&per_page=30`);
}

async function openDm(u: SimUser, rnd: Random): Promise<void> {
  if (!u.otherUsers.length) return;
  const res = await u.timed('POST', '/api/v4/channels/direct', [u.userId, rnd.pick(u.otherUsers)]);
  if (res.status === 201) await u.timed('GET', `/api/v4/channels/${(JSON.parse(res.body) as { id: string }).id}/posts?page=0&per_page=60`);
}

async function addReaction(u: SimUser, rnd: Random): Promise<void> {
  const list = JSON.parse((await u.timed('GET', `/api/v4/channels/${u.current}/posts?page=0&per_page=10`)).body) as { order?: string[] };
  const postId = list.order?.[0];
  if (postId) await u.timed('POST', '/api/v4/reactions', { user_id: u.userId, post_id: postId, emoji_name: rnd.pick(['+1', 'tada', 'eyes', 'heart']) });
}
