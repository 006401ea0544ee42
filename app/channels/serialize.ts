import type { ChannelMemberRow, ChannelRow } from '../../db/schema';
import { channelMemberRoleNames } from '../../server/permissions/memberRoles';
import type { components } from '../../generated/schema';

export type ApiChannel = components['schemas']['Channel'];
export type ApiChannelMember = components['schemas']['ChannelMember'];

export function toApiChannel(row: ChannelRow): ApiChannel {
  return {
    id: row.id,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    team_id: row.teamId,
    type: row.type as ApiChannel['type'],
    display_name: row.displayName,
    name: row.name,
    header: row.header,
    purpose: row.purpose,
    last_post_at: row.lastPostAt,
    total_msg_count: row.totalMsgCount,
    extra_update_at: row.extraUpdateAt,
    creator_id: row.creatorId,
    scheme_id: row.schemeId,
    props: row.props,
    group_constrained: row.groupConstrained,
    shared: row.shared,
    total_msg_count_root: row.totalMsgCountRoot,
    policy_id: null,
    last_root_post_at: row.lastRootPostAt,
  };
}

export function toApiChannelMember(row: ChannelMemberRow): ApiChannelMember {
  return {
    channel_id: row.channelId,
    user_id: row.userId,
    roles: channelMemberRoleNames(row),
    last_viewed_at: row.lastViewedAt,
    msg_count: row.msgCount,
    mention_count: row.mentionCount,
    mention_count_root: row.mentionCountRoot,
    urgent_mention_count: row.urgentMentionCount,
    msg_count_root: row.msgCountRoot,
    notify_props: row.notifyProps,
    last_update_at: row.lastUpdateAt,
    scheme_guest: row.schemeGuest,
    scheme_user: row.schemeUser,
    scheme_admin: row.schemeAdmin,
    explicit_roles: row.roles,
  };
}
