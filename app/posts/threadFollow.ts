/**
 * Collapsed reply threads bookkeeping a reply causes: who follows the thread (Mattermost's
 * ThreadStore.MaintainMembership) and whether collapsed threads are on for a user.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { preferences, type ThreadMembershipRow } from '../../db/schema';
import { getThreadMembership, insertThreadMembership, updateThreadMembership } from '../../db/queries/posts';
import type { MattermostConfig } from '../../server/config';

export interface MembershipOpts {
  following: boolean;
  updateFollowing: boolean;
  incrementMentions: boolean;
  updateViewed: boolean;
  at: number;
}

/**
 * Creates or updates a user's membership of a thread: an existing one changes only when its
 * following flag must change, a mention is added, or the user viewed the thread.
 */
export async function maintainThreadMembership(db: DbOrTx, userId: string, rootId: string, o: MembershipOpts): Promise<ThreadMembershipRow> {
  const existing = await getThreadMembership(db, rootId, userId);
  if (existing) {
    const followingChanges = o.updateFollowing && existing.following !== o.following;
    if (!followingChanges && !o.incrementMentions && !o.updateViewed) return existing;
    const next = { ...existing, lastUpdated: o.at };
    if (followingChanges) next.following = o.following;
    if (o.updateViewed) {
      next.lastViewed = o.at;
      next.unreadMentions = 0;
    } else if (o.incrementMentions) next.unreadMentions += 1;
    return updateThreadMembership(db, next);
  }
  return insertThreadMembership(db, {
    postId: rootId,
    userId,
    following: o.following,
    lastViewed: o.updateViewed ? o.at : 0,
    lastUpdated: o.at,
    unreadMentions: o.incrementMentions ? 1 : 0,
  });
}

/**
 * Mattermost's IsCRTEnabledForUser, for several users: `always_on` and `disabled` decide for
 * everyone; `default_on` / `default_off` unless the user's display_settings /
 * collapsed_reply_threads preference says "on" or "off".
 */
export async function crtEnabledUsers(db: DbOrTx, config: MattermostConfig, userIds: string[]): Promise<Set<string>> {
  const mode = config.ServiceSettings.CollapsedThreads;
  if (mode === 'disabled' || userIds.length === 0) return new Set();
  if (mode === 'always_on') return new Set(userIds);
  const rows = await db
    .select({ userId: preferences.userId, value: preferences.value })
    .from(preferences)
    .where(and(inArray(preferences.userId, userIds), eq(preferences.category, 'display_settings'), eq(preferences.name, 'collapsed_reply_threads')));
  const pref = new Map(rows.map((r) => [r.userId, r.value]));
  return new Set(userIds.filter((id) => collapsedThreadsOn(config, pref.get(id) ?? '')));
}

/** IsCRTEnabledForUser for a user whose preference ('on', 'off' or '' when unset) is known. */
export function collapsedThreadsOn(config: MattermostConfig, preference: string): boolean {
  const mode = config.ServiceSettings.CollapsedThreads;
  if (mode === 'disabled') return false;
  if (mode === 'always_on') return true;
  return preference === 'on' || (preference !== 'off' && mode === 'default_on');
}
