import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { attachDeviceId } from './attachDeviceId';
import { autocompleteUsers } from './autocompleteUsers';
import { checkUserMfa } from './checkUserMfa';
import { createUser } from './createUser';
import { createUserAccessToken } from './createUserAccessToken';
import { deleteUser } from './deleteUser';
import { demoteUserToGuest } from './demoteUserToGuest';
import { disableUserAccessToken } from './disableUserAccessToken';
import { enableUserAccessToken } from './enableUserAccessToken';
import { generateMfaSecret } from './generateMfaSecret';
import { getChannelMembersWithTeamDataForUser } from './getChannelMembersWithTeamDataForUser';
import { getDefaultProfileImage } from './getDefaultProfileImage';
import { getKnownUsers } from './getKnownUsers';
import { getProfileImage } from './getProfileImage';
import { getServerLimits } from './getServerLimits';
import { getSessions } from './getSessions';
import { getTotalUsersStats } from './getTotalUsersStats';
import { getTotalUsersStatsFiltered } from './getTotalUsersStatsFiltered';
import { getUploadsForUser } from './getUploadsForUser';
import { getUser } from './getUser';
import { getUserAccessToken } from './getUserAccessToken';
import { getUserAccessTokens } from './getUserAccessTokens';
import { getUserAccessTokensForUser } from './getUserAccessTokensForUser';
import { getUserAudits } from './getUserAudits';
import { getUserByEmail } from './getUserByEmail';
import { getUserByUsername } from './getUserByUsername';
import { getUserLoginType } from './getUserLoginType';
import { getUserTermsOfService } from './getUserTermsOfService';
import { getUsers } from './getUsers';
import { getUsersByGroupChannelIds } from './getUsersByGroupChannelIds';
import { getUsersByIds } from './getUsersByIds';
import { getUsersByUsernames } from './getUsersByUsernames';
import { getUsersWithInvalidEmails } from './getUsersWithInvalidEmails';
import { login } from './login';
import { loginByCwsToken } from './loginByCwsToken';
import { loginSSOCodeExchange } from './loginSSOCodeExchange';
import { loginWithDesktopToken } from './loginWithDesktopToken';
import { loginWithMagicLink } from './loginWithMagicLink';
import { logout } from './logout';
import { migrateAuthToLdap } from './migrateAuthToLdap';
import { migrateAuthToSaml } from './migrateAuthToSaml';
import { notifyAdmin } from './notifyAdmin';
import { patchUser } from './patchUser';
import { permanentDeleteAllUsers } from './permanentDeleteAllUsers';
import { promoteGuestToUser } from './promoteGuestToUser';
import { publishUserTyping } from './publishUserTyping';
import { registerTermsOfServiceAction } from './registerTermsOfServiceAction';
import { resetPassword } from './resetPassword';
import { resetPasswordFailedAttempts } from './resetPasswordFailedAttempts';
import { revokeAllSessions } from './revokeAllSessions';
import { revokeSession } from './revokeSession';
import { revokeSessionsFromAllUsers } from './revokeSessionsFromAllUsers';
import { revokeUserAccessToken } from './revokeUserAccessToken';
import { searchUserAccessTokens } from './searchUserAccessTokens';
import { searchUsers } from './searchUsers';
import { sendPasswordResetEmail } from './sendPasswordResetEmail';
import { sendVerificationEmail } from './sendVerificationEmail';
import { setDefaultProfileImage } from './setDefaultProfileImage';
import { setProfileImage } from './setProfileImage';
import { switchAccountType } from './switchAccountType';
import { updateUser } from './updateUser';
import { updateUserActive } from './updateUserActive';
import { updateUserAuth } from './updateUserAuth';
import { updateUserMfa } from './updateUserMfa';
import { updateUserPassword } from './updateUserPassword';
import { updateUserRoles } from './updateUserRoles';
import { verifyUserEmail } from './verifyUserEmail';
import { verifyUserEmailWithoutToken } from './verifyUserEmailWithoutToken';

export const usersHandlers: TagHandlers<'users'> = {
  GetServerLimits: getServerLimits,
  GetUsers: getUsers,
  CreateUser: createUser,
  PermanentDeleteAllUsers: permanentDeleteAllUsers,
  AutocompleteUsers: autocompleteUsers,
  VerifyUserEmail: verifyUserEmail,
  SendVerificationEmail: sendVerificationEmail,
  GetUserByEmail: getUserByEmail,
  GetUsersByGroupChannelIds: getUsersByGroupChannelIds,
  GetUsersByIds: getUsersByIds,
  GetUsersWithInvalidEmails: getUsersWithInvalidEmails,
  GetKnownUsers: getKnownUsers,
  Login: login,
  LoginByCwsToken: loginByCwsToken,
  LoginWithDesktopToken: loginWithDesktopToken,
  LoginWithMagicLink: loginWithMagicLink,
  LoginSSOCodeExchange: loginSSOCodeExchange,
  SwitchAccountType: switchAccountType,
  GetUserLoginType: getUserLoginType,
  Logout: logout,
  CheckUserMfa: checkUserMfa,
  MigrateAuthToLdap: migrateAuthToLdap,
  MigrateAuthToSaml: migrateAuthToSaml,
  NotifyAdmin: notifyAdmin,
  ResetPassword: resetPassword,
  SendPasswordResetEmail: sendPasswordResetEmail,
  SearchUsers: searchUsers,
  AttachDeviceId: attachDeviceId,
  RevokeSessionsFromAllUsers: revokeSessionsFromAllUsers,
  GetTotalUsersStats: getTotalUsersStats,
  GetTotalUsersStatsFiltered: getTotalUsersStatsFiltered,
  GetUserAccessTokens: getUserAccessTokens,
  DisableUserAccessToken: disableUserAccessToken,
  EnableUserAccessToken: enableUserAccessToken,
  RevokeUserAccessToken: revokeUserAccessToken,
  SearchUserAccessTokens: searchUserAccessTokens,
  GetUserAccessToken: getUserAccessToken,
  GetUserByUsername: getUserByUsername,
  GetUsersByUsernames: getUsersByUsernames,
  GetUser: getUser,
  UpdateUser: updateUser,
  DeleteUser: deleteUser,
  UpdateUserActive: updateUserActive,
  GetUserAudits: getUserAudits,
  UpdateUserAuth: updateUserAuth,
  GetChannelMembersWithTeamDataForUser: getChannelMembersWithTeamDataForUser,
  DemoteUserToGuest: demoteUserToGuest,
  VerifyUserEmailWithoutToken: verifyUserEmailWithoutToken,
  GetProfileImage: getProfileImage,
  SetProfileImage: setProfileImage,
  SetDefaultProfileImage: setDefaultProfileImage,
  GetDefaultProfileImage: getDefaultProfileImage,
  UpdateUserMfa: updateUserMfa,
  GenerateMfaSecret: generateMfaSecret,
  UpdateUserPassword: updateUserPassword,
  PatchUser: patchUser,
  PromoteGuestToUser: promoteGuestToUser,
  resetPasswordFailedAttempts: resetPasswordFailedAttempts,
  UpdateUserRoles: updateUserRoles,
  GetSessions: getSessions,
  RevokeSession: revokeSession,
  RevokeAllSessions: revokeAllSessions,
  GetUserTermsOfService: getUserTermsOfService,
  RegisterTermsOfServiceAction: registerTermsOfServiceAction,
  GetUserAccessTokensForUser: getUserAccessTokensForUser,
  CreateUserAccessToken: createUserAccessToken,
  PublishUserTyping: publishUserTyping,
  GetUploadsForUser: getUploadsForUser,
};
