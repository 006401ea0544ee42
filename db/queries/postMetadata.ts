/**
 * What posts carry beside their own row: reactions, attached files, custom emoji, and the
 * channel members a post can mention. Also the file attach / hide writes a post makes.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { anyOf, param, prepared } from '../prepared';
import {
  channelMembers,
  drafts,
  emoji,
  fileInfo,
  posts,
  preferences,
  reactions,
  status,
  users,
  type ChannelMemberRow,
  type EmojiRow,
  type FileInfoRow,
  type ReactionRow,
  type UserRow,
} from '../schema';

/** Live reactions of the posts, oldest first. */
export async function getReactionsForPosts(db: DbOrTx, postIds: string[]): Promise<ReactionRow[]> {
  if (postIds.length === 0) return [];
  return reactionsOfPosts(db).execute({ postIds });
}

const reactionsOfPosts = prepared((db) =>
  db
    .select()
    .from(reactions)
    .where(and(anyOf(reactions.postId, 'postIds'), eq(reactions.deleteAt, 0)))
    .orderBy(asc(reactions.createAt))
    .prepare('reactions_of_posts'),
);

/** Files attached to the posts (hidden ones only when asked), by post then creation. */
export async function getFilesForPosts(db: DbOrTx, postIds: string[], includeDeleted = false): Promise<FileInfoRow[]> {
  if (postIds.length === 0) return [];
  return (includeDeleted ? filesOfPostsAll : filesOfPosts)(db).execute({ postIds });
}

const filesOfPosts = prepared((db) =>
  db
    .select()
    .from(fileInfo)
    .where(and(anyOf(fileInfo.postId, 'postIds'), eq(fileInfo.deleteAt, 0)))
    .orderBy(asc(fileInfo.createAt))
    .prepare('files_of_posts'),
);
const filesOfPostsAll = prepared((db) =>
  db.select().from(fileInfo).where(anyOf(fileInfo.postId, 'postIds')).orderBy(asc(fileInfo.createAt)).prepare('files_of_posts_all'),
);

/** Files by id (edit history shows the files a version had, hidden or not). */
export async function getFilesByIds(db: DbOrTx, ids: string[]): Promise<FileInfoRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(fileInfo).where(inArray(fileInfo.id, ids));
}

/** Live custom emoji with these names. */
export async function getEmojisByNames(db: DbOrTx, names: string[]): Promise<EmojiRow[]> {
  if (names.length === 0) return [];
  return emojisByNames(db).execute({ names });
}

const emojisByNames = prepared((db) =>
  db
    .select()
    .from(emoji)
    .where(and(anyOf(emoji.name, 'names'), eq(emoji.deleteAt, 0)))
    .prepare('emojis_by_names'),
);

/**
 * Attaches the poster's files to a post (Mattermost's FileInfo AttachToPost): only files the
 * user uploaded, not attached yet, not hidden, and uploaded to this channel or to none.
 * Returns the ids actually attached; the others are dropped from the post, as Mattermost does.
 */
export async function attachFilesToPost(
  db: DbOrTx,
  fileIds: string[],
  post: { id: string; channelId: string; userId: string },
): Promise<string[]> {
  if (fileIds.length === 0) return [];
  const rows = await db
    .update(fileInfo)
    .set({ postId: post.id, channelId: post.channelId })
    .where(
      and(
        inArray(fileInfo.id, fileIds),
        eq(fileInfo.postId, ''),
        eq(fileInfo.creatorId, post.userId),
        eq(fileInfo.deleteAt, 0),
        or(eq(fileInfo.channelId, ''), eq(fileInfo.channelId, post.channelId)),
      ),
    )
    .returning({ id: fileInfo.id });
  const attached = new Set(rows.map((r) => r.id));
  return fileIds.filter((id) => attached.has(id));
}

/** Un-hides files an edit had removed from this post (restoring an earlier version). Returns their ids. */
export async function restorePostFiles(db: DbOrTx, postId: string, fileIds: string[], at: number): Promise<string[]> {
  if (fileIds.length === 0) return [];
  const rows = await db
    .update(fileInfo)
    .set({ deleteAt: 0, updateAt: at })
    .where(and(inArray(fileInfo.id, fileIds), eq(fileInfo.postId, postId)))
    .returning({ id: fileInfo.id });
  return rows.map((r) => r.id);
}

/** Hides the files of the posts (a deleted post's files). */
export async function hideFilesOfPosts(db: DbOrTx, postIds: string[], at: number): Promise<void> {
  if (postIds.length === 0) return;
  await db
    .update(fileInfo)
    .set({ deleteAt: at, updateAt: at })
    .where(and(inArray(fileInfo.postId, postIds), eq(fileInfo.deleteAt, 0)));
}

/** Detaches files removed from a post by an edit (they stay uploaded, hidden). */
export async function detachFiles(db: DbOrTx, postId: string, fileIds: string[], at: number): Promise<void> {
  if (fileIds.length === 0) return;
  await db
    .update(fileInfo)
    .set({ deleteAt: at, updateAt: at })
    .where(and(eq(fileInfo.postId, postId), inArray(fileInfo.id, fileIds)));
}

/** What a post's mentions and notifications need to know of one channel member. */
export interface MemberProfile {
  member: Pick<ChannelMemberRow, 'userId' | 'notifyProps'>;
  user: Pick<UserRow, 'id' | 'username' | 'firstName' | 'notifyProps'>;
  /** online / away / dnd / offline; '' when the user has no status yet. */
  status: string;
  /** The display_settings / collapsed_reply_threads preference; '' when unset. */
  collapsedThreads: string;
}

/**
 * The channel's (active) members as a post's mentions need them, with their status and
 * collapsed-threads preference: one query, only the columns used (busy channels have
 * thousands of members, and every post reads them).
 */
export async function getMemberProfiles(db: DbOrTx, channelId: string): Promise<MemberProfile[]> {
  return (await memberProfiles(db).execute({ channelId })).map(toMemberProfile);
}

/**
 * The members a text can mention by keyword: those whose username is one of `usernames`
 * (lower case), those with custom mention keys or first-name mentions on, and `userId`.
 */
export async function getMentionCandidates(db: DbOrTx, channelId: string, usernames: string[], userId: string): Promise<MemberProfile[]> {
  return (await mentionCandidates(db).execute({ channelId, usernames, userId })).map(toMemberProfile);
}

function memberProfileQuery(db: DbOrTx) {
  return db
    .select({
      userId: users.id,
      username: users.username,
      firstName: users.firstName,
      userNotifyProps: users.notifyProps,
      memberNotifyProps: channelMembers.notifyProps,
      status: status.status,
      collapsedThreads: preferences.value,
    })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .leftJoin(status, eq(status.userId, channelMembers.userId))
    .leftJoin(
      preferences,
      and(eq(preferences.userId, channelMembers.userId), eq(preferences.category, 'display_settings'), eq(preferences.name, 'collapsed_reply_threads')),
    );
}

type MemberProfileRow = Awaited<ReturnType<ReturnType<typeof memberProfileQuery>['execute']>>[number];

function toMemberProfile(r: MemberProfileRow): MemberProfile {
  return {
    member: { userId: r.userId, notifyProps: r.memberNotifyProps },
    user: { id: r.userId, username: r.username, firstName: r.firstName, notifyProps: r.userNotifyProps },
    status: r.status ?? '',
    collapsedThreads: r.collapsedThreads ?? '',
  };
}

const memberProfiles = prepared((db) =>
  memberProfileQuery(db)
    .where(and(eq(channelMembers.channelId, param('channelId')), eq(users.deleteAt, 0)))
    .prepare('member_profiles'),
);

const mentionCandidates = prepared((db) =>
  memberProfileQuery(db)
    .where(
      and(
        eq(channelMembers.channelId, param('channelId')),
        eq(users.deleteAt, 0),
        or(
          anyOf(users.username, 'usernames'),
          eq(users.id, param('userId')),
          sql`coalesce(${users.notifyProps}->>'mention_keys', '') <> ''`,
          sql`${users.notifyProps}->>'first_name' = 'true'`,
        ),
      ),
    )
    .prepare('mention_candidates'),
);

/** Users by id (thread participants), in no particular order. */
export async function getUsersForParticipants(db: DbOrTx, ids: string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids));
}

/** Ids of the channel's members holding the system_admin role (they receive the delete_by detail). */
export async function getSystemAdminMemberIds(db: DbOrTx, channelId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(channelMembers)
    .innerJoin(users, eq(users.id, channelMembers.userId))
    .where(and(eq(channelMembers.channelId, channelId), sql`${users.roles} ~ '(^| )system_admin( |$)'`));
  return rows.map((r) => r.id);
}

/** A deleted post is no longer flagged by anyone, and the drafts replying to it go (Mattermost's post deletion clean-up). */
export async function forgetDeletedPost(db: DbOrTx, post: { id: string; channelId: string }): Promise<void> {
  await db.delete(preferences).where(and(eq(preferences.category, 'flagged_post'), eq(preferences.name, post.id)));
  await db.delete(drafts).where(and(eq(drafts.channelId, post.channelId), eq(drafts.rootId, post.id)));
}

/** Hides the files of a thread's replies (a deleted root takes its thread's files with it). */
export async function hideFilesOfThread(db: DbOrTx, rootId: string, at: number): Promise<void> {
  await db
    .update(fileInfo)
    .set({ deleteAt: at })
    .where(and(eq(fileInfo.deleteAt, 0), sql`${fileInfo.postId} in (select p.id from posts p where p.root_id = ${rootId})`));
}
