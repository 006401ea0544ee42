import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { authorizeOAuthApp } from './authorizeOAuthApp';
import { authorizeOAuthPage } from './authorizeOAuthPage';
import { createOAuthApp } from './createOAuthApp';
import { createOutgoingOAuthConnection } from './createOutgoingOAuthConnection';
import { deauthorizeOAuthApp } from './deauthorizeOAuthApp';
import { deleteOAuthApp } from './deleteOAuthApp';
import { deleteOutgoingOAuthConnection } from './deleteOutgoingOAuthConnection';
import { getAuthorizationServerMetadata } from './getAuthorizationServerMetadata';
import { getAuthorizedOAuthAppsForUser } from './getAuthorizedOAuthAppsForUser';
import { getOAuthAccessToken } from './getOAuthAccessToken';
import { getOAuthApp } from './getOAuthApp';
import { getOAuthAppInfo } from './getOAuthAppInfo';
import { getOAuthApps } from './getOAuthApps';
import { getOutgoingOAuthConnection } from './getOutgoingOAuthConnection';
import { listOutgoingOAuthConnections } from './listOutgoingOAuthConnections';
import { regenerateOAuthAppSecret } from './regenerateOAuthAppSecret';
import { registerOAuthClient } from './registerOAuthClient';
import { updateOAuthApp } from './updateOAuthApp';
import { updateOutgoingOAuthConnection } from './updateOutgoingOAuthConnection';
import { validateOutgoingOAuthConnection } from './validateOutgoingOAuthConnection';

export const oauthHandlers: TagHandlers<'oauth'> = {
  GetAuthorizationServerMetadata: getAuthorizationServerMetadata,
  GetOAuthApps: getOAuthApps,
  CreateOAuthApp: createOAuthApp,
  RegisterOAuthClient: registerOAuthClient,
  GetOAuthApp: getOAuthApp,
  UpdateOAuthApp: updateOAuthApp,
  DeleteOAuthApp: deleteOAuthApp,
  GetOAuthAppInfo: getOAuthAppInfo,
  RegenerateOAuthAppSecret: regenerateOAuthAppSecret,
  ListOutgoingOAuthConnections: listOutgoingOAuthConnections,
  CreateOutgoingOAuthConnection: createOutgoingOAuthConnection,
  ValidateOutgoingOAuthConnection: validateOutgoingOAuthConnection,
  GetOutgoingOAuthConnection: getOutgoingOAuthConnection,
  UpdateOutgoingOAuthConnection: updateOutgoingOAuthConnection,
  DeleteOutgoingOAuthConnection: deleteOutgoingOAuthConnection,
  GetAuthorizedOAuthAppsForUser: getAuthorizedOAuthAppsForUser,
  GetOAuthAccessToken: getOAuthAccessToken,
  AuthorizeOAuthPage: authorizeOAuthPage,
  AuthorizeOAuthApp: authorizeOAuthApp,
  DeauthorizeOAuthApp: deauthorizeOAuthApp,
};
