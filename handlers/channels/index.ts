import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { addChannelMember } from './addChannelMember';
import { autocompleteChannelsForTeam } from './autocompleteChannelsForTeam';
import { autocompleteChannelsForTeamForSearch } from './autocompleteChannelsForTeamForSearch';
import { channelMembersMinusGroupMembers } from './channelMembersMinusGroupMembers';
import { convertGroupMessageToPrivateChannel } from './convertGroupMessageToPrivateChannel';
import { createChannel } from './createChannel';
import { createDirectChannel } from './createDirectChannel';
import { createGroupChannel } from './createGroupChannel';
import { createSidebarCategoryForTeamForUser } from './createSidebarCategoryForTeamForUser';
import { deleteChannel } from './deleteChannel';
import { getAllChannels } from './getAllChannels';
import { getChannel } from './getChannel';
import { getChannelByName } from './getChannelByName';
import { getChannelByNameForTeamName } from './getChannelByNameForTeamName';
import { getChannelMember } from './getChannelMember';
import { getChannelMemberCountsByGroup } from './getChannelMemberCountsByGroup';
import { getChannelMembers } from './getChannelMembers';
import { getChannelMembersByIds } from './getChannelMembersByIds';
import { getChannelMembersForUser } from './getChannelMembersForUser';
import { getChannelMembersTimezones } from './getChannelMembersTimezones';
import { getChannelModerations } from './getChannelModerations';
import { getChannelStats } from './getChannelStats';
import { getChannelUnread } from './getChannelUnread';
import { getChannelsForTeamForUser } from './getChannelsForTeamForUser';
import { getChannelsForUser } from './getChannelsForUser';
import { getChannelsMemberCount } from './getChannelsMemberCount';
import { getDeletedChannelsForTeam } from './getDeletedChannelsForTeam';
import { getGroupMessageMembersCommonTeams } from './getGroupMessageMembersCommonTeams';
import { getManagedCategories } from './getManagedCategories';
import { getPinnedPosts } from './getPinnedPosts';
import { getPrivateChannelsForTeam } from './getPrivateChannelsForTeam';
import { getPublicChannelsByIdsForTeam } from './getPublicChannelsByIdsForTeam';
import { getPublicChannelsForTeam } from './getPublicChannelsForTeam';
import { getRecommendedChannelsForUser } from './getRecommendedChannelsForUser';
import { getSidebarCategoriesForTeamForUser } from './getSidebarCategoriesForTeamForUser';
import { getSidebarCategoryForTeamForUser } from './getSidebarCategoryForTeamForUser';
import { getSidebarCategoryOrderForTeamForUser } from './getSidebarCategoryOrderForTeamForUser';
import { markAllDirectChannelsAsRead } from './markAllDirectChannelsAsRead';
import { moveChannel } from './moveChannel';
import { patchChannel } from './patchChannel';
import { patchChannelModerations } from './patchChannelModerations';
import { readMultipleChannels } from './readMultipleChannels';
import { removeSidebarCategoryForTeamForUser } from './removeSidebarCategoryForTeamForUser';
import { removeUserFromChannel } from './removeUserFromChannel';
import { restoreChannel } from './restoreChannel';
import { searchAllChannels } from './searchAllChannels';
import { searchArchivedChannels } from './searchArchivedChannels';
import { searchChannels } from './searchChannels';
import { searchGroupChannels } from './searchGroupChannels';
import { setMyChannelAutotranslation } from './setMyChannelAutotranslation';
import { updateChannel } from './updateChannel';
import { updateChannelMemberSchemeRoles } from './updateChannelMemberSchemeRoles';
import { updateChannelNotifyProps } from './updateChannelNotifyProps';
import { updateChannelPrivacy } from './updateChannelPrivacy';
import { updateChannelRoles } from './updateChannelRoles';
import { updateChannelScheme } from './updateChannelScheme';
import { updateSidebarCategoriesForTeamForUser } from './updateSidebarCategoriesForTeamForUser';
import { updateSidebarCategoryForTeamForUser } from './updateSidebarCategoryForTeamForUser';
import { updateSidebarCategoryOrderForTeamForUser } from './updateSidebarCategoryOrderForTeamForUser';
import { viewChannel } from './viewChannel';

export const channelsHandlers: TagHandlers<'channels'> = {
  GetAllChannels: getAllChannels,
  CreateChannel: createChannel,
  CreateDirectChannel: createDirectChannel,
  CreateGroupChannel: createGroupChannel,
  SearchGroupChannels: searchGroupChannels,
  ReadMultipleChannels: readMultipleChannels,
  MarkAllDirectChannelsAsRead: markAllDirectChannelsAsRead,
  ViewChannel: viewChannel,
  SearchAllChannels: searchAllChannels,
  GetChannelsMemberCount: getChannelsMemberCount,
  GetChannel: getChannel,
  UpdateChannel: updateChannel,
  DeleteChannel: deleteChannel,
  GetGroupMessageMembersCommonTeams: getGroupMessageMembersCommonTeams,
  ConvertGroupMessageToPrivateChannel: convertGroupMessageToPrivateChannel,
  GetChannelMemberCountsByGroup: getChannelMemberCountsByGroup,
  GetChannelMembers: getChannelMembers,
  AddChannelMember: addChannelMember,
  GetChannelMembersByIds: getChannelMembersByIds,
  SetMyChannelAutotranslation: setMyChannelAutotranslation,
  GetChannelMember: getChannelMember,
  RemoveUserFromChannel: removeUserFromChannel,
  UpdateChannelNotifyProps: updateChannelNotifyProps,
  UpdateChannelRoles: updateChannelRoles,
  UpdateChannelMemberSchemeRoles: updateChannelMemberSchemeRoles,
  ChannelMembersMinusGroupMembers: channelMembersMinusGroupMembers,
  GetChannelModerations: getChannelModerations,
  PatchChannelModerations: patchChannelModerations,
  MoveChannel: moveChannel,
  PatchChannel: patchChannel,
  GetPinnedPosts: getPinnedPosts,
  UpdateChannelPrivacy: updateChannelPrivacy,
  RestoreChannel: restoreChannel,
  UpdateChannelScheme: updateChannelScheme,
  GetChannelStats: getChannelStats,
  GetChannelMembersTimezones: getChannelMembersTimezones,
  GetChannelByNameForTeamName: getChannelByNameForTeamName,
  GetPublicChannelsForTeam: getPublicChannelsForTeam,
  AutocompleteChannelsForTeam: autocompleteChannelsForTeam,
  GetDeletedChannelsForTeam: getDeletedChannelsForTeam,
  GetPublicChannelsByIdsForTeam: getPublicChannelsByIdsForTeam,
  GetManagedCategories: getManagedCategories,
  GetChannelByName: getChannelByName,
  GetPrivateChannelsForTeam: getPrivateChannelsForTeam,
  GetRecommendedChannelsForUser: getRecommendedChannelsForUser,
  SearchChannels: searchChannels,
  SearchArchivedChannels: searchArchivedChannels,
  AutocompleteChannelsForTeamForSearch: autocompleteChannelsForTeamForSearch,
  GetChannelsForUser: getChannelsForUser,
  GetChannelUnread: getChannelUnread,
  GetChannelsForTeamForUser: getChannelsForTeamForUser,
  GetSidebarCategoriesForTeamForUser: getSidebarCategoriesForTeamForUser,
  UpdateSidebarCategoriesForTeamForUser: updateSidebarCategoriesForTeamForUser,
  CreateSidebarCategoryForTeamForUser: createSidebarCategoryForTeamForUser,
  GetSidebarCategoryOrderForTeamForUser: getSidebarCategoryOrderForTeamForUser,
  UpdateSidebarCategoryOrderForTeamForUser: updateSidebarCategoryOrderForTeamForUser,
  GetSidebarCategoryForTeamForUser: getSidebarCategoryForTeamForUser,
  UpdateSidebarCategoryForTeamForUser: updateSidebarCategoryForTeamForUser,
  RemoveSidebarCategoryForTeamForUser: removeSidebarCategoryForTeamForUser,
  GetChannelMembersForUser: getChannelMembersForUser,
};
