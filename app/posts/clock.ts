/**
 * The per-channel post clock. Every write that changes what a `since` reader must see (a post
 * created, edited, pinned, deleted; a thread's reply count changing its root; a reaction
 * touching a post) runs in a transaction that first locks the channel row and then takes its
 * time from here: max(now, newest update_at already in the channel + 1). Writers of one channel
 * are serialised by the lock, so `update_at` grows in commit order within a channel and
 * `GET /channels/{id}/posts?since=` never skips a change (see db/queries/posts.ts
 * getChangedSince). Other features that touch posts (reactions, ...) must use this too.
 */
import type { DbOrTx } from '../../db/client';
import type { ChannelRow } from '../../db/schema';
import { lockChannelRow } from '../../db/queries/postCounts';
import { nowMillis } from '../../server/ids';
import { channelNotFound } from '../channels/access';

export interface ChannelClock {
  /** The channel row as locked (counters before this transaction's changes). */
  channel: ChannelRow;
  /** The time of this write: strictly after every post time already in the channel. */
  now: number;
}

/** Locks the channel for a post write and returns the write's time. Call first in the transaction. */
export async function lockChannelForPostWrite(tx: DbOrTx, channelId: string): Promise<ChannelClock> {
  const locked = await lockChannelRow(tx, channelId);
  if (!locked) throw channelNotFound();
  return { channel: locked.channel, now: Math.max(nowMillis(), locked.lastUpdateAt + 1) };
}
