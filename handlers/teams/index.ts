import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { addTeamMember } from './addTeamMember';
import { addTeamMemberFromInvite } from './addTeamMemberFromInvite';
import { addTeamMembers } from './addTeamMembers';
import { createTeam } from './createTeam';
import { getAllTeams } from './getAllTeams';
import { getTeam } from './getTeam';
import { getTeamByName } from './getTeamByName';
import { getTeamIcon } from './getTeamIcon';
import { getTeamInviteInfo } from './getTeamInviteInfo';
import { getTeamMember } from './getTeamMember';
import { getTeamMembers } from './getTeamMembers';
import { getTeamMembersByIds } from './getTeamMembersByIds';
import { getTeamMembersForUser } from './getTeamMembersForUser';
import { getTeamStats } from './getTeamStats';
import { getTeamUnread } from './getTeamUnread';
import { getTeamsForUser } from './getTeamsForUser';
import { getTeamsUnreadForUser } from './getTeamsUnreadForUser';
import { invalidateEmailInvites } from './invalidateEmailInvites';
import { inviteGuestsToTeam } from './inviteGuestsToTeam';
import { inviteUsersToTeam } from './inviteUsersToTeam';
import { markAllInTeamAsRead } from './markAllInTeamAsRead';
import { patchTeam } from './patchTeam';
import { regenerateTeamInviteId } from './regenerateTeamInviteId';
import { removeTeamIcon } from './removeTeamIcon';
import { removeTeamMember } from './removeTeamMember';
import { restoreTeam } from './restoreTeam';
import { searchFiles } from './searchFiles';
import { searchTeams } from './searchTeams';
import { setTeamIcon } from './setTeamIcon';
import { softDeleteTeam } from './softDeleteTeam';
import { teamExists } from './teamExists';
import { teamMembersMinusGroupMembers } from './teamMembersMinusGroupMembers';
import { updateTeam } from './updateTeam';
import { updateTeamMemberRoles } from './updateTeamMemberRoles';
import { updateTeamMemberSchemeRoles } from './updateTeamMemberSchemeRoles';
import { updateTeamPrivacy } from './updateTeamPrivacy';
import { updateTeamScheme } from './updateTeamScheme';

export const teamsHandlers: TagHandlers<'teams'> = {
  GetAllTeams: getAllTeams,
  CreateTeam: createTeam,
  GetTeamInviteInfo: getTeamInviteInfo,
  InvalidateEmailInvites: invalidateEmailInvites,
  AddTeamMemberFromInvite: addTeamMemberFromInvite,
  GetTeamByName: getTeamByName,
  TeamExists: teamExists,
  SearchTeams: searchTeams,
  GetTeam: getTeam,
  UpdateTeam: updateTeam,
  SoftDeleteTeam: softDeleteTeam,
  SearchFiles: searchFiles,
  GetTeamIcon: getTeamIcon,
  SetTeamIcon: setTeamIcon,
  RemoveTeamIcon: removeTeamIcon,
  ImportTeam: notImplemented,
  InviteGuestsToTeam: inviteGuestsToTeam,
  InviteUsersToTeam: inviteUsersToTeam,
  GetTeamMembers: getTeamMembers,
  AddTeamMember: addTeamMember,
  AddTeamMembers: addTeamMembers,
  GetTeamMembersByIds: getTeamMembersByIds,
  GetTeamMember: getTeamMember,
  RemoveTeamMember: removeTeamMember,
  UpdateTeamMemberRoles: updateTeamMemberRoles,
  UpdateTeamMemberSchemeRoles: updateTeamMemberSchemeRoles,
  TeamMembersMinusGroupMembers: teamMembersMinusGroupMembers,
  PatchTeam: patchTeam,
  UpdateTeamPrivacy: updateTeamPrivacy,
  RegenerateTeamInviteId: regenerateTeamInviteId,
  RestoreTeam: restoreTeam,
  UpdateTeamScheme: updateTeamScheme,
  GetTeamStats: getTeamStats,
  GetTeamsForUser: getTeamsForUser,
  GetTeamMembersForUser: getTeamMembersForUser,
  GetTeamsUnreadForUser: getTeamsUnreadForUser,
  MarkAllInTeamAsRead: markAllInTeamAsRead,
  GetTeamUnread: getTeamUnread,
};
