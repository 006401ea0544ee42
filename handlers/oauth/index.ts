import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const oauthHandlers: TagHandlers<'oauth'> = {
  GetAuthorizationServerMetadata: notImplemented,
  GetOAuthApps: notImplemented,
  CreateOAuthApp: notImplemented,
  RegisterOAuthClient: notImplemented,
  GetOAuthApp: notImplemented,
  UpdateOAuthApp: notImplemented,
  DeleteOAuthApp: notImplemented,
  GetOAuthAppInfo: notImplemented,
  RegenerateOAuthAppSecret: notImplemented,
  ListOutgoingOAuthConnections: notImplemented,
  CreateOutgoingOAuthConnection: notImplemented,
  ValidateOutgoingOAuthConnection: notImplemented,
  GetOutgoingOAuthConnection: notImplemented,
  UpdateOutgoingOAuthConnection: notImplemented,
  DeleteOutgoingOAuthConnection: notImplemented,
  GetAuthorizedOAuthAppsForUser: notImplemented,
  GetOAuthAccessToken: notImplemented,
  AuthorizeOAuthPage: notImplemented,
  AuthorizeOAuthApp: notImplemented,
  DeauthorizeOAuthApp: notImplemented,
};
