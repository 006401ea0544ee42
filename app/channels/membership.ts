import type { ChannelMemberRow, ChannelRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { insertChannelMemberIfAbsent } from '../../db/queries/channels';
import { nowMillis } from '../../server/ids';

/** Mattermost's default notify props of a new channel membership. */
export function defaultChannelNotifyProps(): Record<string, string> {
  return {
    desktop: 'default',
    email: 'default',
    push: 'default',
    mark_unread: 'all',
    ignore_channel_mentions: 'default',
    channel_auto_follow_threads: 'off',
  };
}

export function isGuest(user: Pick<UserRow, 'roles'>): boolean {
  return user.roles.split(' ').includes('system_guest');
}

/**
 * Adds the user to the channel (no permission checks: callers decide). Idempotent: an
 * existing membership is returned unchanged. `asAdmin` makes the user a channel admin.
 */
export async function addChannelMember(
  db: DbOrTx,
  channel: Pick<ChannelRow, 'id'>,
  user: Pick<UserRow, 'id' | 'roles'>,
  opts: { asAdmin?: boolean } = {},
): Promise<ChannelMemberRow> {
  const guest = isGuest(user);
  return insertChannelMemberIfAbsent(db, {
    channelId: channel.id,
    userId: user.id,
    roles: '',
    schemeGuest: guest,
    schemeUser: !guest,
    schemeAdmin: !guest && opts.asAdmin === true,
    notifyProps: defaultChannelNotifyProps(),
    lastViewedAt: 0,
    lastUpdateAt: nowMillis(),
  });
}
