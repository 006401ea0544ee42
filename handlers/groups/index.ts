import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { addGroupMembers } from './addGroupMembers';
import { createGroup } from './createGroup';
import { deleteGroup } from './deleteGroup';
import { deleteGroupMembers } from './deleteGroupMembers';
import { getGroup } from './getGroup';
import { getGroupStats } from './getGroupStats';
import { getGroupSyncableForChannelId } from './getGroupSyncableForChannelId';
import { getGroupSyncableForTeamId } from './getGroupSyncableForTeamId';
import { getGroupSyncablesChannels } from './getGroupSyncablesChannels';
import { getGroupSyncablesTeams } from './getGroupSyncablesTeams';
import { getGroupUsers } from './getGroupUsers';
import { getGroups } from './getGroups';
import { getGroupsAssociatedToChannelsByTeam } from './getGroupsAssociatedToChannelsByTeam';
import { getGroupsByChannel } from './getGroupsByChannel';
import { getGroupsByNames } from './getGroupsByNames';
import { getGroupsByTeam } from './getGroupsByTeam';
import { getGroupsByUserId } from './getGroupsByUserId';
import { linkGroupSyncableForChannel } from './linkGroupSyncableForChannel';
import { linkGroupSyncableForTeam } from './linkGroupSyncableForTeam';
import { patchGroup } from './patchGroup';
import { patchGroupSyncableForChannel } from './patchGroupSyncableForChannel';
import { patchGroupSyncableForTeam } from './patchGroupSyncableForTeam';
import { restoreGroup } from './restoreGroup';
import { unlinkGroupSyncableForChannel } from './unlinkGroupSyncableForChannel';
import { unlinkGroupSyncableForTeam } from './unlinkGroupSyncableForTeam';
import { unlinkLdapGroup } from './unlinkLdapGroup';

export const groupsHandlers: TagHandlers<'groups'> = {
  GetGroupsByChannel: getGroupsByChannel,
  GetGroups: getGroups,
  CreateGroup: createGroup,
  GetGroupsByNames: getGroupsByNames,
  GetGroup: getGroup,
  DeleteGroup: deleteGroup,
  GetGroupSyncablesChannels: getGroupSyncablesChannels,
  GetGroupSyncableForChannelId: getGroupSyncableForChannelId,
  LinkGroupSyncableForChannel: linkGroupSyncableForChannel,
  UnlinkGroupSyncableForChannel: unlinkGroupSyncableForChannel,
  PatchGroupSyncableForChannel: patchGroupSyncableForChannel,
  GetGroupUsers: getGroupUsers,
  AddGroupMembers: addGroupMembers,
  DeleteGroupMembers: deleteGroupMembers,
  PatchGroup: patchGroup,
  RestoreGroup: restoreGroup,
  GetGroupStats: getGroupStats,
  GetGroupSyncablesTeams: getGroupSyncablesTeams,
  GetGroupSyncableForTeamId: getGroupSyncableForTeamId,
  LinkGroupSyncableForTeam: linkGroupSyncableForTeam,
  UnlinkGroupSyncableForTeam: unlinkGroupSyncableForTeam,
  PatchGroupSyncableForTeam: patchGroupSyncableForTeam,
  UnlinkLdapGroup: unlinkLdapGroup,
  GetGroupsByTeam: getGroupsByTeam,
  GetGroupsAssociatedToChannelsByTeam: getGroupsAssociatedToChannelsByTeam,
  GetGroupsByUserId: getGroupsByUserId,
};
