/**
 * Draft rows: one per user, channel and thread root. Mattermost now deletes drafts outright
 * (delete_at stays 0). SQL only; checks and events belong to app/drafts.
 */
import { and, desc, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channelMembers, channels, drafts, type DraftRow } from '../schema';

export async function getDraft(db: DbOrTx, userId: string, channelId: string, rootId: string): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.channelId, channelId), eq(drafts.rootId, rootId), eq(drafts.deleteAt, 0)))
    .limit(1);
  return row;
}

/** Inserts the draft or overwrites the one of the same user, channel and root (create_at kept). */
export async function upsertDraft(
  db: DbOrTx,
  d: { userId: string; channelId: string; rootId: string; createAt: number; updateAt: number; message: string; props: Record<string, unknown>; fileIds: string[]; priority: Record<string, unknown> | null },
): Promise<DraftRow> {
  const [row] = await db
    .insert(drafts)
    .values({ ...d, deleteAt: 0 })
    .onConflictDoUpdate({
      target: [drafts.userId, drafts.channelId, drafts.rootId],
      set: { updateAt: d.updateAt, message: d.message, props: d.props, fileIds: d.fileIds, priority: d.priority, deleteAt: 0 },
    })
    .returning();
  return row;
}

export async function deleteDraft(db: DbOrTx, userId: string, channelId: string, rootId: string): Promise<DraftRow | undefined> {
  const [row] = await db
    .delete(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.channelId, channelId), eq(drafts.rootId, rootId)))
    .returning();
  return row;
}

/**
 * The user's drafts in channels they still belong to, in the team's channels and in direct and
 * group messages, most recently updated first (Mattermost's GetDraftsForUser).
 */
export async function getDraftsForUser(db: DbOrTx, userId: string, teamId: string): Promise<DraftRow[]> {
  const rows = await db
    .select({ draft: drafts })
    .from(drafts)
    .innerJoin(channelMembers, and(eq(channelMembers.channelId, drafts.channelId), eq(channelMembers.userId, userId)))
    .innerJoin(channels, eq(channels.id, drafts.channelId))
    .where(and(eq(drafts.userId, userId), eq(drafts.deleteAt, 0), or(eq(channels.teamId, teamId), eq(channels.teamId, ''))))
    .orderBy(desc(drafts.updateAt));
  return rows.map((r) => r.draft);
}
