/**
 * Marking a channel unread from a post (Mattermost's MarkChannelAsUnreadFromPost): the member's
 * last_viewed_at becomes the post's create_at - 1, its message counts are the channel's totals
 * minus the live (non join/leave) posts from there on, and its mention counts are recounted
 * over those posts the way posting counted them (countMentionsFromPost). A reply marked unread
 * by a client without collapsed threads also makes the user follow the thread again, unread
 * from that reply.
 */
import { getPrioritiesForPosts } from '../../db/queries/postExtras';
import type { ChannelRow, PostRow, UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { getChannelById, getChannelMember } from '../../db/queries/channels';
import { getUserById } from '../../db/queries/users';
import { countPostsAfter, setMemberUnreadFrom } from '../../db/queries/postCounts';
import { getPostsCreatedAfter, getThreadReplies, getThreadsOf } from '../../db/queries/posts';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { loadPost } from './access';
import { publishPostUnread, type ChannelUnreadState } from './events';
import { addUserKeywords, explicitMentions, type MentionKeywords } from './mentions';
import { crtEnabledUsers, maintainThreadMembership } from './threadFollow';
import { updateThreadMembership } from '../../db/queries/posts';

function memberMissing(): AppError {
  return new AppError('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.', 404);
}

/** Mattermost's isCommentMention: the user started the thread, or (comments "any") replied in it before. */
function isCommentMention(user: UserRow, post: PostRow, threadPosts: Map<string, PostRow>, byThread: Map<string, boolean>): boolean {
  if (!post.rootId) return false;
  const cached = byThread.get(post.rootId);
  if (cached !== undefined) return cached;
  const root = threadPosts.get(post.rootId);
  if (!root) return false;
  let mentioned = root.userId === user.id;
  if (!mentioned && user.notifyProps.comments === 'any') {
    for (const other of threadPosts.values()) {
      if (other.id !== post.id && other.rootId === post.rootId && other.userId === user.id && other.createAt < post.createAt) {
        mentioned = true;
        break;
      }
    }
  }
  byThread.set(post.rootId, mentioned);
  return mentioned;
}

/** Mattermost's isPostMention for recounts. */
function isPostMention(
  user: UserRow,
  post: PostRow,
  keywords: MentionKeywords,
  threadPosts: Map<string, PostRow>,
  byThread: Map<string, boolean>,
  checkComments: boolean,
): boolean {
  if (post.userId === user.id && post.props.from_webhook !== 'true') return false;
  if (explicitMentions(post.message, post.props, keywords).mentions.has(user.id)) return true;
  if (post.type === 'system_add_to_channel' && post.props.addedUserId === user.id) return true;
  return checkComments && isCommentMention(user, post, threadPosts, byThread);
}

/**
 * Mattermost's countMentionsFromPost: the posts from this one on that mention the user — in a
 * direct or group channel, every post by someone else. Returns all, roots only, and urgent
 * (mentioning root posts with priority `urgent`, while PostPriority is on).
 */
export async function countMentionsFromPost(server: ServerContext, user: UserRow, post: PostRow, channel: ChannelRow): Promise<{ all: number; roots: number; urgent: number }> {
  const db = server.db;
  if (channel.type === 'D' || channel.type === 'G') {
    const [total, own] = await Promise.all([countPostsAfter(db, channel.id, post.createAt - 1), countPostsAfter(db, channel.id, post.createAt - 1, user.id)]);
    return { all: total.all - own.all, roots: total.roots - own.roots, urgent: 0 };
  }
  const member = await getChannelMember(db, channel.id, user.id);
  const keywords: MentionKeywords = new Map();
  addUserKeywords(keywords, user, member?.notifyProps ?? {}, true, true);
  const comments = user.notifyProps.comments;
  const checkComments = comments === 'root' || comments === 'any';
  const posts = [post, ...(await getPostsCreatedAfter(db, channel.id, post.createAt))];
  const rootIds = [...new Set(posts.map((p) => p.rootId || p.id))];
  const threadPosts = new Map<string, PostRow>();
  if (checkComments) for (const p of await getThreadsOf(db, channel.id, rootIds, { rootsOnly: false, includeDeleted: false })) threadPosts.set(p.id, p);
  const byThread = new Map<string, boolean>();
  let all = 0;
  const rootMentions: string[] = [];
  for (const p of posts) {
    if (isPostMention(user, p, keywords, threadPosts, byThread, checkComments)) {
      all += 1;
      if (!p.rootId) rootMentions.push(p.id);
    }
  }
  const urgent = server.config.get().ServiceSettings.PostPriority
    ? (await getPrioritiesForPosts(db, rootMentions)).filter((p) => p.priority === 'urgent').length
    : 0;
  return { all, roots: rootMentions.length, urgent };
}

/** Mattermost's countThreadMentions: the thread's replies from `since` on that mention the user. */
async function countThreadMentions(server: ServerContext, user: UserRow, root: PostRow, channel: ChannelRow, since: number): Promise<number> {
  const replies = await getThreadReplies(server.db, root.id, since);
  if (channel.type === 'D' || channel.type === 'G') return replies.filter((p) => p.userId !== user.id).length;
  const member = await getChannelMember(server.db, channel.id, user.id);
  const keywords: MentionKeywords = new Map();
  addUserKeywords(keywords, user, member?.notifyProps ?? {}, true, true);
  return replies.filter((p) => explicitMentions(p.message, p.props, keywords).mentions.has(user.id)).length;
}

/** Marks the channel unread for the user from the post; returns Mattermost's ChannelUnreadAt. */
export async function markChannelUnreadFromPost(
  server: ServerContext,
  postId: string,
  userId: string,
  collapsedThreadsSupported: boolean,
): Promise<ChannelUnreadState> {
  const post = await loadPost(server, postId);
  const user = await getUserById(server.db, userId);
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  const channel = await getChannelById(server.db, post.channelId);
  if (!channel) throw new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
  if (!(await getChannelMember(server.db, channel.id, userId))) throw memberMissing();
  const config = server.config.get();
  const crt = (await crtEnabledUsers(server.db, config, [userId])).has(userId);
  const mentions = await countMentionsFromPost(server, user, post, channel);
  const since = post.createAt - 1;
  const byChannelOnly = (collapsedThreadsSupported && crt) || post.rootId === '';

  if (!byChannelOnly && config.ServiceSettings.ThreadAutoFollow) {
    const root = await loadPost(server, post.rootId);
    const now = nowMillis();
    const membership = await maintainThreadMembership(server.db, user.id, root.id, {
      following: true,
      updateFollowing: true,
      incrementMentions: false,
      updateViewed: false,
      at: now,
    });
    await updateThreadMembership(server.db, {
      ...membership,
      following: true,
      lastViewed: since,
      unreadMentions: await countThreadMentions(server, user, root, channel, since),
      lastUpdated: now,
    });
  }

  const counts = await countPostsAfter(server.db, channel.id, since);
  const fresh = (await getChannelById(server.db, channel.id))!;
  const member = await setMemberUnreadFrom(server.db, fresh, userId, {
    lastViewedAt: since,
    unread: counts.all,
    unreadRoot: byChannelOnly ? counts.roots : 0,
    mentions: mentions.all,
    mentionsRoot: byChannelOnly ? mentions.roots : 0,
    urgent: byChannelOnly ? mentions.urgent : 0,
    at: nowMillis(),
  });
  if (!member) throw memberMissing();
  const state: ChannelUnreadState = {
    team_id: channel.teamId,
    user_id: userId,
    channel_id: channel.id,
    msg_count: member.msgCount,
    msg_count_root: member.msgCountRoot,
    mention_count: member.mentionCount,
    mention_count_root: member.mentionCountRoot,
    urgent_mention_count: member.urgentMentionCount,
    last_viewed_at: member.lastViewedAt,
  };
  publishPostUnread(server, state, postId);
  return state;
}
