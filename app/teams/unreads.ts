/**
 * Unread counts per team (Mattermost's GetTeamUnread / GetTeamsUnreadForUser): mentions always
 * count; messages count unless the member marks the channel unread on mentions only.
 */
import type { ChannelUnreadRow } from '../../db/queries/teamLists';
import { getChannelUnreads } from '../../db/queries/teamLists';
import type { DbOrTx } from '../../db/client';

export interface TeamUnread {
  team_id: string;
  msg_count: number;
  mention_count: number;
  mention_count_root: number;
  msg_count_root: number;
  thread_count: number;
  thread_mention_count: number;
  thread_urgent_mention_count: number;
}

function emptyUnread(teamId: string): TeamUnread {
  return {
    team_id: teamId,
    msg_count: 0,
    mention_count: 0,
    mention_count_root: 0,
    msg_count_root: 0,
    thread_count: 0,
    thread_mention_count: 0,
    thread_urgent_mention_count: 0,
  };
}

function add(unread: TeamUnread, row: ChannelUnreadRow): void {
  unread.mention_count += row.mentionCount;
  unread.mention_count_root += row.mentionCountRoot;
  if (row.notifyProps.mark_unread !== 'mention') {
    unread.msg_count += row.msgCount;
    unread.msg_count_root += row.msgCountRoot;
  }
}

export async function getTeamUnread(db: DbOrTx, teamId: string, userId: string): Promise<TeamUnread> {
  const unread = emptyUnread(teamId);
  for (const row of await getChannelUnreads(db, userId, { teamId })) add(unread, row);
  return unread;
}

/**
 * One entry per team in which the user is in at least one live channel, `excludeTeamId` left
 * out (an empty one leaves out direct and group messages). Thread counts stay 0: this server
 * has no threads yet.
 */
export async function getTeamsUnreadForUser(db: DbOrTx, userId: string, excludeTeamId: string): Promise<TeamUnread[]> {
  const byTeam = new Map<string, TeamUnread>();
  for (const row of await getChannelUnreads(db, userId, { exclude: excludeTeamId })) {
    let unread = byTeam.get(row.teamId);
    if (!unread) byTeam.set(row.teamId, (unread = emptyUnread(row.teamId)));
    add(unread, row);
  }
  return [...byTeam.values()];
}
