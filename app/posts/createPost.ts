/**
 * Creating a post, as Mattermost's CreatePostAsUser / CreatePost / SendNotifications do it, in
 * ONE transaction that first locks the channel row (app/posts/clock.ts):
 *  - a retried create (same user, same pending_post_id) returns the post already made;
 *  - the post row (create_at = update_at = the channel clock), its hashtags, its files attached;
 *  - the channel's totals and last post times (join/leave posts do not count as messages);
 *  - a reply: the thread row (reply count, last reply, participants), the root's update_at,
 *    and who follows the thread (root author, replier, mentioned users, auto-followers);
 *  - the mention counts of the members it mentions (@username, mention keys, @channel/@all/@here,
 *    every other member of a direct or group channel);
 *  - the poster's own membership read up to the post (not for a collapsed-threads reply).
 * After the commit: `posted` to the channel (with `mentions` / `followers` in the copies of the
 * mentioned members and notified thread followers), `multiple_channels_viewed` to the poster,
 * the ephemeral warning when the poster may not use channel mentions, and for a reply
 * `thread_updated` to each follower with collapsed threads on.
 */
import type { DbOrTx } from '../../db/client';
import type { ChannelRow, PostRow, UserRow } from '../../db/schema';
import { standInSession, type Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { errorFields } from '../../server/logging/logger';
import { getChannelById } from '../../db/queries/channels';
import { getUserById } from '../../db/queries/users';
import { countNewPost, incrementMentionCounts, isJoinLeaveType, markMemberCaughtUp } from '../../db/queries/postCounts';
import {
  findPendingPost,
  getPostById,
  getThreadMembership,
  getThreadMembershipsForPost,
  getThreadReplies,
  insertPost,
  recordReply,
  touchPostUpdateAt,
} from '../../db/queries/posts';
import { attachFilesToPost, getFilesForPosts, getMemberProfiles, getMentionCandidates, type MemberProfile } from '../../db/queries/postMetadata';
import { insertPostPriority } from '../../db/queries/postExtras';
import { withActionIds } from '../integrations/slack';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { CREATE_POST, CREATE_POST_PUBLIC, MANAGE_SYSTEM, UPLOAD_FILE, USE_CHANNEL_MENTIONS } from '../../server/permissions/permissionIds';
import { SESSION_PROP_IS_BOT, SESSION_PROP_TYPE, SESSION_TYPE_USER_ACCESS_TOKEN } from '../sessions/sessionService';
import { lockChannelForPostWrite } from './clock';
import { publishChannelsViewed, publishEphemeral, publishPosted, publishThreadUpdated } from './events';
import { parseHashtags } from './hashtags';
import { explicitMentions, findAtChannelMention, mentionableUsernames, mentionsForPost, MentionType } from './mentions';
import { preparePostForClient } from './metadata';
import type { ApiPost } from './serialize';
import { collapsedThreadsOn, crtEnabledUsers, maintainThreadMembership } from './threadFollow';
import { validatePostContent } from './validate';

export interface CreatePostInput {
  channel_id: string;
  message?: string;
  root_id?: string;
  file_ids?: string[];
  props?: Record<string, unknown>;
  type?: string;
  pending_post_id?: string;
  create_at?: number;
  is_pinned?: boolean;
  metadata?: { priority?: { priority?: string; requested_ack?: boolean; persistent_notifications?: boolean } };
}

export interface CreatePostOptions {
  /** The author. */
  userId: string;
  /** The caller's session: its permissions are checked as Mattermost's createPost does. None for server-made posts. */
  session?: Session | null;
  /** set_online (the `posted` event tells clients). Default true. */
  setOnline?: boolean;
  /** Post types starting with system_ are allowed (system messages). */
  allowSystemType?: boolean;
  /** Run inside this transaction; events are then left to `publish()` after the caller commits. */
  db?: DbOrTx;
  /** Skip counting the channel as read for the author (system messages). */
  skipMarkViewed?: boolean;
}

export interface CreatedPost {
  post: ApiPost;
  row: PostRow;
  /** False when a retried create returned the post made the first time. */
  created: boolean;
  /** Publishes the post's events (already done unless `opts.db` was given). */
  publish: () => void;
}

function invalidChannelParam(): AppError {
  return new AppError('api.context.invalid_param.app_error', 'Invalid post.channel_id parameter.', 400, '', { Name: 'post.channel_id' });
}

/** Whether the session is an integration's (bot, OAuth app or personal access token). */
function isIntegrationSession(session: Session): boolean {
  return session.is_oauth || session.props[SESSION_PROP_TYPE] === SESSION_TYPE_USER_ACCESS_TOKEN || session.props[SESSION_PROP_IS_BOT] === 'true';
}

const RESERVED_INTEGRATION_PROPS = ['from_webhook', 'override_username', 'webhook_display_name', 'override_icon_url', 'override_icon_emoji', 'mm_blocks_actions'];

/** Mattermost's hardened-mode check: reserved integration props only from integrations. */
export function checkHardenedProps(server: ServerContext, session: Session, props: Record<string, unknown> | undefined): void {
  if (!server.config.get().ServiceSettings.ExperimentalEnableHardenedMode || !props || isIntegrationSession(session)) return;
  const found = RESERVED_INTEGRATION_PROPS.filter((k) => k in props);
  if (found.length > 0) {
    const err = Errors.invalidBodyParam('props');
    throw new AppError(err.id, err.message, 400, `Cannot use props reserved for integrations. props: ${found.join(', ')}`, err.params);
  }
}

/**
 * Mattermost's post priority check: priority only on root posts while PostPriority is on;
 * acknowledgements and persistent notifications need a licence this server does not have.
 */
function checkPriority(server: ServerContext, input: CreatePostInput): void {
  const priority = input.metadata?.priority;
  if (!priority) return;
  if (!server.config.get().ServiceSettings.PostPriority) {
    throw new AppError('api.post.post_priority.priority_post_not_allowed_for_user.request_error', 'Post priority is not allowed for this user.', 403);
  }
  if (input.root_id) {
    throw new AppError(
      'api.post.post_priority.priority_post_only_allowed_for_root_post.request_error',
      'Post priority can only be set on a root post.',
      400,
    );
  }
  if (priority.requested_ack === true || priority.persistent_notifications === true) {
    throw new AppError('license_error.feature_unavailable', 'This feature is not available with the current license.', 501, 'feature is not available for the current license');
  }
}

/**
 * Mattermost's createPostChecks for a session: create_post on the channel (or create_post_public
 * in the team of a public channel), upload_file when files are attached, the hardened-mode props
 * check and the priority rules. A channel that does not exist is a 403 unless the caller holds
 * create_post system-wide, in which case it is the create's 400.
 */
export async function checkCreatePostPermissions(server: ServerContext, session: Session, input: CreatePostInput): Promise<void> {
  const channel = isValidId(input.channel_id) ? await getChannelById(server.db, input.channel_id) : undefined;
  let allowed = false;
  if (channel) {
    allowed = await hasChannelPermission(server, session, channel, CREATE_POST);
    if (!allowed && channel.type === 'O') allowed = await hasTeamPermission(server, session, channel.teamId, CREATE_POST_PUBLIC);
  } else {
    allowed = hasSystemPermission(server, session, CREATE_POST);
  }
  if (!allowed) throw Errors.permission(CREATE_POST);
  if ((input.file_ids?.length ?? 0) > 0) {
    const canUpload = channel ? await hasChannelPermission(server, session, channel, UPLOAD_FILE) : hasSystemPermission(server, session, UPLOAD_FILE);
    if (!canUpload) throw Errors.permission(UPLOAD_FILE);
  }
  checkHardenedProps(server, session, input.props);
  checkPriority(server, input);
}

/** Fields of the body the spec leaves untyped must still have Mattermost's types (a JSON decode error there is a 400). */
function checkInputShape(input: CreatePostInput): void {
  const bad =
    (input.type !== undefined && typeof input.type !== 'string') ||
    (input.root_id !== undefined && typeof input.root_id !== 'string') ||
    (input.pending_post_id !== undefined && typeof input.pending_post_id !== 'string') ||
    (input.create_at !== undefined && !Number.isSafeInteger(input.create_at)) ||
    (input.is_pinned !== undefined && typeof input.is_pinned !== 'boolean') ||
    (input.metadata !== undefined && (typeof input.metadata !== 'object' || input.metadata === null || Array.isArray(input.metadata)));
  const priority = input.metadata?.priority as Record<string, unknown> | undefined;
  const badPriority =
    priority !== undefined &&
    (typeof priority !== 'object' ||
      priority === null ||
      (priority.priority !== undefined && (typeof priority.priority !== 'string' || priority.priority.length > 32 || priority.priority.includes('\0'))) ||
      (priority.requested_ack !== undefined && typeof priority.requested_ack !== 'boolean') ||
      (priority.persistent_notifications !== undefined && typeof priority.persistent_notifications !== 'boolean'));
  if (bad || badPriority) throw Errors.invalidBodyParam('post');
}

/**
 * The members a new post's mentions are worked out over, and how many members the channel
 * has. A plain root post in a public or private channel that names no @channel / @all / @here
 * can only mention, by keyword, the members its text names and those with custom mention keys
 * or first-name mentions on: only they are read (busy channels have thousands of members, and
 * this runs for every post). Every other post reads all members.
 */
async function mentionAudience(
  tx: DbOrTx,
  channel: ChannelRow,
  post: { userId: string; type: string; message: string; props: Record<string, unknown>; rootId: string },
): Promise<{ members: MemberProfile[]; memberCount: number }> {
  const text = `${post.message} ${JSON.stringify(post.props.attachments ?? '')}`;
  const narrow = post.type === '' && post.rootId === '' && (channel.type === 'O' || channel.type === 'P') && !/@(channel|all|here)/i.test(text);
  if (!narrow) {
    const members = await getMemberProfiles(tx, channel.id);
    return { members, memberCount: members.length };
  }
  // No channel-wide mention in the text: the member count cannot change the outcome.
  const members = await getMentionCandidates(tx, channel.id, mentionableUsernames(text), post.userId);
  return { members, memberCount: members.length };
}

/** The channel_display_name Mattermost puts in `posted`: the sender for a DM, the members for a GM. */
function displayNameFor(channel: ChannelRow, sender: UserRow | undefined, memberUsernames: string[], isSystem: boolean): string {
  if (channel.type === 'D') return isSystem || !sender ? channel.displayName : `@${sender.username}`;
  if (channel.type === 'G') return [...memberUsernames].sort().join(', ');
  return channel.displayName;
}

export async function createPost(server: ServerContext, input: CreatePostInput, opts: CreatePostOptions): Promise<CreatedPost> {
  const session = opts.session ?? null;
  checkInputShape(input);
  if (session) await checkCreatePostPermissions(server, session, input);
  const type = input.type ?? '';
  const message = input.message ?? '';
  if (type.startsWith('system_') && !opts.allowSystemType) {
    throw new AppError('api.context.invalid_param.app_error', 'Invalid post.type parameter.', 400, '', { Name: 'post.type' });
  }
  const fileIds = [...new Set(input.file_ids ?? [])];
  // Interactive actions of attachments get ids (Mattermost's Post.GenerateActionIds on save).
  const props: Record<string, unknown> = withActionIds({ ...(input.props ?? {}) });
  delete props.add_channel_member;
  delete props.force_notification;
  if (session?.is_oauth) props.from_oauth_app = 'true';
  validatePostContent({ message, type, props, fileIds, pendingPostId: input.pending_post_id });
  // Kept for retries when it fits the column (Mattermost's clients send `<user id>:<time>`).
  const pendingStored = input.pending_post_id && input.pending_post_id.length <= 64 ? input.pending_post_id : '';

  // Decided outside the transaction: permission lookups use the server's own connection (a post
  // written inside a caller's transaction is a server-made one and skips this check).
  let mayUseChannelMentions = true;
  const channelForChecks = !opts.db && isValidId(input.channel_id) ? await getChannelById(server.db, input.channel_id) : undefined;
  if (!opts.allowSystemType && type === '' && channelForChecks) {
    const author = await getUserById(server.db, opts.userId);
    const authorSession = session && session.user_id === opts.userId ? session : author ? standInSession(author) : null;
    mayUseChannelMentions = authorSession ? await hasChannelPermission(server, authorSession, channelForChecks, USE_CHANNEL_MENTIONS) : false;
  }
  const createAt = input.create_at && input.create_at > 0 && session && hasSystemPermission(server, session, MANAGE_SYSTEM) ? input.create_at : 0;
  const priority = input.metadata?.priority;

  const run = async (tx: DbOrTx) => {
    if (!isValidId(input.channel_id)) throw invalidChannelParam();
    const existingChannel = await getChannelById(tx, input.channel_id);
    if (!existingChannel) throw invalidChannelParam();
    if (existingChannel.deleteAt !== 0) {
      throw new AppError('api.post.create_post.can_not_post_to_deleted.error', 'Can not post to deleted channel.', 400);
    }
    // Read before the channel row is locked: the lock serialises the channel's writers.
    const audience = await mentionAudience(tx, existingChannel, { userId: opts.userId, type, message, props, rootId: input.root_id ?? '' });
    const members = audience.members;
    const config = server.config.get();
    const clock = await lockChannelForPostWrite(tx, input.channel_id);
    const channel = clock.channel;
    const now = clock.now;

    if (pendingStored) {
      const found = await findPendingPost(tx, opts.userId, pendingStored);
      if (found) return { kind: 'existing' as const, row: found };
    }

    const user = await getUserById(tx, opts.userId);
    if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
    if (user.isBot) props.from_bot = 'true';

    let root: PostRow | undefined;
    if (input.root_id) {
      root = isValidId(input.root_id) ? await getPostById(tx, input.root_id) : undefined;
      if (!root) throw new AppError('api.post.create_post.root_id.app_error', 'Invalid RootId parameter.', 400);
      if (root.channelId !== channel.id) {
        throw new AppError('api.post.create_post.channel_root_id.app_error', 'Invalid ChannelId for RootId parameter.', 400);
      }
      if (root.rootId !== '') throw new AppError('api.post.create_post.root_id.app_error', 'Invalid RootId parameter.', 400);
      if (root.type === 'burn_on_read') throw new AppError('api.post.create_post.burn_on_read.app_error', 'Cannot reply to a burn-on-read post.', 400);
    }
    if (type === 'burn_on_read') {
      throw new AppError('api.post.fill_in_post_props.burn_on_read.license.app_error', 'Burn-on-read posts require an Enterprise Advanced license.', 501);
    }

    let ephemeralMention: string | null = null;
    if (!mayUseChannelMentions) {
      ephemeralMention = findAtChannelMention(message);
      if (ephemeralMention) props.mentionHighlightDisabled = true;
    }

    const id = newId();
    const attached = await attachFilesToPost(tx, fileIds.filter(isValidId), { id, channelId: channel.id, userId: user.id });
    const row = await insertPost(tx, {
      id,
      createAt: createAt || now,
      updateAt: now,
      editAt: 0,
      deleteAt: 0,
      isPinned: input.is_pinned === true,
      userId: user.id,
      channelId: channel.id,
      rootId: root?.id ?? '',
      originalId: '',
      message,
      type,
      props,
      hashtags: parseHashtags(message),
      fileIds: attached,
      hasReactions: false,
      pendingPostId: pendingStored,
    });
    const isRoot = !root;
    if (priority && isRoot) {
      await insertPostPriority(tx, {
        postId: row.id,
        channelId: channel.id,
        priority: priority.priority ?? '',
        requestedAck: priority.requested_ack === true,
        persistentNotifications: priority.persistent_notifications === true,
      });
    }
    const counted = await countNewPost(tx, channel.id, { createAt: row.createAt, isRoot, counts: !isJoinLeaveType(type) });

    if (root) {
      await recordReply(tx, { id: root.id, channelId: channel.id, teamId: channel.teamId }, { userId: user.id, createAt: row.createAt });
      await touchPostUpdateAt(tx, root.id, now);
    }

    // Who the post mentions.
    const memberIds = members.map((m) => m.user.id);
    const crtUsers = new Set(members.filter((m) => collapsedThreadsOn(config, m.collapsedThreads)).map((m) => m.user.id));
    if (!memberIds.includes(user.id) && (await crtEnabledUsers(tx, config, [user.id])).has(user.id)) crtUsers.add(user.id);
    const allowChannelMentions =
      mayUseChannelMentions && type !== 'system_header_change' && type !== 'system_purpose_change' && audience.memberCount < config.TeamSettings.MaxNotificationsPerChannel;
    const threadCtx = root
      ? {
          root: { id: root.id, userId: root.userId, message: root.message, props: root.props },
          replies: (await getThreadReplies(tx, root.id)).filter((r) => r.id !== row.id).map((r) => ({ id: r.id, userId: r.userId })),
        }
      : null;
    const { results, keywords } = mentionsForPost(
      { userId: user.id, message, type, props, rootId: row.rootId },
      {
        channel,
        members,
        onlineUserIds: new Set(channel.type === 'D' ? [] : members.filter((m) => m.status === 'online').map((m) => m.user.id)),
        allowChannelMentions,
        crtUserIds: crtUsers,
      },
      threadCtx,
    );
    const isUrgent = priority?.priority === 'urgent';
    const mentioned = [...results.mentions.keys()].filter((uid) => memberIds.includes(uid));
    await incrementMentionCounts(tx, channel.id, mentioned, { isRoot, isUrgent: isUrgent && isRoot, at: now });

    // Thread followers (collapsed reply threads, ThreadAutoFollow). `followers` ends up as
    // Mattermost's SendNotifications sees them: those following once the replier follows, plus
    // the participants who start following now (`newFollowers`).
    let followers = new Set<string>();
    const newFollowers = new Set<string>();
    let replierBefore: { lastViewed: number; unreadMentions: number } | null = null;
    if (root && config.ServiceSettings.ThreadAutoFollow) {
      await maintainThreadMembership(tx, user.id, root.id, { following: true, updateFollowing: true, incrementMentions: false, updateViewed: false, at: now });
      const participants = new Set<string>([user.id]);
      if (root.props.from_webhook !== 'true' && memberIds.includes(root.userId)) participants.add(root.userId);
      if (channel.type !== 'D') {
        for (const uid of explicitMentions(root.message, root.props, keywords).mentions.keys()) participants.add(uid);
      }
      for (const uid of results.mentions.keys()) participants.add(uid);
      const existing = await getThreadMembershipsForPost(tx, root.id);
      followers = new Set(existing.filter((m) => m.following).map((m) => m.userId));
      if (channel.type !== 'D') {
        for (const m of members) if (!followers.has(m.user.id) && m.member.notifyProps.channel_auto_follow_threads === 'on') participants.add(m.user.id);
      }
      const byUser = new Map(existing.map((m) => [m.userId, m]));
      for (const uid of participants) {
        const mentionType = results.mentions.get(uid);
        let increment = mentionType !== undefined;
        if (!increment && byUser.get(uid) && !byUser.get(uid)!.following) continue;
        let updateFollowing = true;
        if (mentionType === MentionType.Thread || mentionType === MentionType.Comment) {
          increment = false;
          updateFollowing = false;
        }
        const membership = await maintainThreadMembership(tx, uid, root.id, { following: true, updateFollowing, incrementMentions: increment, updateViewed: false, at: now });
        if (membership.following && !followers.has(uid)) {
          followers.add(uid);
          newFollowers.add(uid);
        }
      }
    } else if (root && config.ServiceSettings.CollapsedThreads !== 'disabled') {
      followers = new Set((await getThreadMembershipsForPost(tx, root.id)).filter((m) => m.following).map((m) => m.userId));
    }
    // A following replier with collapsed threads has read the thread up to their reply.
    if (root && followers.has(user.id) && crtUsers.has(user.id) && memberIds.includes(user.id)) {
      const before = await getThreadMembership(tx, root.id, user.id);
      if (before) replierBefore = { lastViewed: before.lastViewed, unreadMentions: before.unreadMentions };
      await maintainThreadMembership(tx, user.id, root.id, { following: true, updateFollowing: false, incrementMentions: false, updateViewed: true, at: now });
    }
    // Followers who get the reply as a desktop notification (Mattermost's CRTNotifiers.Desktop):
    // the `posted` event carries `followers` for them.
    const notifyFollowers: string[] = [];
    const crtAllowed = config.ServiceSettings.CollapsedThreads !== 'disabled';
    if (root && crtAllowed) {
      const byId = new Map(members.map((m) => [m.user.id, m]));
      for (const uid of followers) {
        const m = byId.get(uid);
        if (!m || !crtUsers.has(uid)) continue;
        if (props.from_webhook !== 'true' && uid === user.id) continue;
        if (followerNotifiedOnDesktop(m.user.notifyProps, m.member.notifyProps, results.mentions.has(uid))) notifyFollowers.push(uid);
      }
    }
    const threadFollowers = root && crtAllowed ? [...followers].filter((uid) => memberIds.includes(uid) && crtUsers.has(uid)) : [];

    // The author has read the channel up to their post.
    let viewedTimes: Record<string, number> | null = null;
    const fromWebhook = props.from_webhook === 'true';
    const fromBot = props.from_bot === 'true';
    if (!opts.skipMarkViewed && !fromWebhook && !fromBot && !(root && crtUsers.has(user.id))) {
      const viewed = await markMemberCaughtUp(tx, counted, user.id, now);
      if (viewed) viewedTimes = { [channel.id]: Math.max(counted.lastPostAt, viewed.lastViewedAt) };
    }

    const files = attached.length ? await getFilesForPosts(tx, [row.id]) : [];
    const post = await preparePostForClient(tx, config, row, {
      viewerId: user.id,
      pendingPostIds: input.pending_post_id ? new Map([[row.id, input.pending_post_id]]) : undefined,
    });
    return {
      kind: 'created' as const,
      row,
      post,
      channel: counted,
      user,
      mentioned,
      viewedTimes,
      ephemeralMention,
      displayName: displayNameFor(channel, user, members.map((m) => m.user.username), type.startsWith('system_')),
      otherFile: attached.length > 0,
      image: files.some((f) => f.mimeType.startsWith('image')),
      notifyFollowers,
      threadUpdates: root ? { rootId: root.id, followers: threadFollowers, newFollowers, replierBefore } : null,
    };
  };

  const result = opts.db ? await run(opts.db) : await server.db.transaction(run);
  if (result.kind === 'existing') {
    const post = await preparePostForClient(opts.db ?? server.db, server.config.get(), result.row, {
      viewerId: opts.userId,
      pendingPostIds: new Map([[result.row.id, result.row.pendingPostId]]),
    });
    return { post, row: result.row, created: false, publish: () => {} };
  }

  const threadUpdates = result.threadUpdates;
  const announceThread = () =>
    threadUpdates && threadUpdates.followers.length > 0
      ? publishThreadUpdated(server, {
          rootId: threadUpdates.rootId,
          teamId: result.channel.teamId,
          replierId: result.user.id,
          followers: threadUpdates.followers,
          newFollowers: threadUpdates.newFollowers,
          mentioned: new Set(result.mentioned),
          replierBefore: threadUpdates.replierBefore,
        })
      : Promise.resolve();
  const publishNow = () => {
    publishPosted(server, {
      post: result.post,
      channel: result.channel,
      channelDisplayName: result.displayName,
      senderName: result.row.type.startsWith('system_') ? 'System' : `@${result.user.username}`,
      setOnline: opts.setOnline ?? true,
      mentions: result.mentioned,
      followers: result.notifyFollowers,
      otherFile: result.otherFile,
      image: result.image,
    });
    if (result.viewedTimes) publishChannelsViewed(server, result.user.id, result.viewedTimes);
    if (result.ephemeralMention) {
      publishEphemeral(server, result.user.id, ephemeralPost(result.row, result.channel, result.ephemeralMention));
    }
  };
  // After the caller's commit: the events that need no reading first, then each follower's
  // thread_updated once their view of the thread has been read.
  const publish = () => {
    publishNow();
    void announceThread().catch((err: unknown) => server.log.error('thread_updated failed', errorFields(err)));
  };
  if (!opts.db) {
    publishNow();
    // The post is committed: a failure to describe the thread is logged, not answered.
    await announceThread().catch((err: unknown) => server.log.error('thread_updated failed', errorFields(err)));
  }
  return { post: result.post, row: result.row, created: true, publish };
}

/**
 * Mattermost's addFollowerToNotify, desktop part: the user's own settings when the channel
 * says "default", else the channel's. `mentioned`: the reply mentions the follower.
 */
function followerNotifiedOnDesktop(userProps: Record<string, string>, channelProps: Record<string, string>, mentioned: boolean): boolean {
  const desktop = userProps.desktop ?? '';
  const userLevel = desktop !== 'none' && (mentioned || userProps.desktop_threads === 'all' || desktop === 'all');
  const channelDesktop = channelProps.desktop ?? '';
  const channelLevel =
    channelDesktop !== 'default' &&
    channelDesktop !== 'none' &&
    (mentioned || (channelProps.desktop_threads === 'all' && userProps.desktop_threads !== 'mention') || channelDesktop === 'all');
  return (channelDesktop === 'default' && userLevel) || channelLevel;
}

/** The warning Mattermost sends a poster whose @channel did not notify anyone. */
function ephemeralPost(post: PostRow, channel: ChannelRow, mention: string): ApiPost {
  const now = Date.now();
  return {
    id: newId(),
    create_at: now,
    update_at: now,
    edit_at: 0,
    delete_at: 0,
    is_pinned: false,
    user_id: post.userId,
    channel_id: channel.id,
    root_id: post.rootId,
    original_id: '',
    message: `Channel notifications are disabled in ${channel.name}. The ${mention} did not trigger any notifications.`,
    type: 'system_ephemeral',
    props: { mentionHighlightDisabled: true },
    hashtags: '',
    file_ids: [],
    pending_post_id: '',
    reply_count: 0,
    last_reply_at: 0,
    participants: null,
    metadata: {},
  };
}

