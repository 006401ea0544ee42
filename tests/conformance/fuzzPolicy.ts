/**
 * What the fuzz suite must not do, and the few answers it accepts that its general rules
 * would refuse. Every entry carries its reason. The suite runs as one admin (the first
 * user) and one regular user on a single server, so anything that could log either of them
 * out, change their roles, or change server-wide state that later cases depend on is kept
 * away from the handlers.
 */
import type { OperationId } from '../../generated/operations';

/**
 * Operations that only get requests the dispatcher must refuse before any handler runs
 * (wrong-typed parameters, malformed JSON, a JSON body of the wrong type, an oversize body),
 * plus the anonymous check. Their handlers are never reached on purpose: if a permission
 * check were missing, one well-formed request would break every later case (or the
 * machine's state), and the regular user's refusal is checked for the config ones by the
 * explicit leak checks instead.
 */
export const PRE_HANDLER_ONLY: Partial<Record<OperationId, string>> = {
  Logout: 'revokes the calling session: every later case of that user would answer 401',
  PermanentDeleteAllUsers: 'deletes every user, the test users included',
  RevokeSessionsFromAllUsers: 'revokes every session, the test users’ included',
  UpdateConfig: 'a valid config PUT replaces the whole configuration (leak-checked separately with an invalid config)',
  PatchConfig: 'a valid patch changes the configuration later cases run under (leak-checked separately with an invalid patch)',
  ReloadConfig: 'leak-checked separately; kept with the other config writes',
  RestartServer: 'restarts the server process',
  DatabaseRecycle: 'recycles the database connections under the running cases',
  SetServerBusy: 'makes the server refuse non-critical requests (503) for the rest of the run',
  ApplyIPFilters: 'an IP allow-list can lock every caller out',
  UploadLicenseFile: 'a licence changes what many operations answer',
  RemoveLicenseFile: 'a licence change alters what many operations answer',
  RequestTrialLicense: 'a licence change alters what many operations answer (and calls out to Mattermost’s CWS)',
  SendTrialLicenseWarnMetricAck: 'requests a trial licence',
  UpgradeToEnterprise: 'downloads and installs an Enterprise build',
  MigrateAuthToLdap: 'moves every user’s authentication to LDAP',
  MigrateAuthToSaml: 'moves every user’s authentication to SAML',
  MigrateIdLdap: 'rewrites the LDAP id attribute of every LDAP user',
  ResetSamlAuthDataToEmail: 'rewrites the authentication data of every SAML user',
  PurgeBleveIndexes: 'drops the search indexes',
  PurgeElasticsearchIndexes: 'drops the search indexes',
  CompleteOnboarding: 'finishes first-run setup (and installs plugins in Mattermost)',
  PostEndpointForCwsWebhooks: 'answers 401 session_expired to every caller (no CWS key session without a Cloud licence), which the campaign would read as a lost session',
};

/**
 * Operations whose `user_id` path parameter never takes the calling user (its id or `me`):
 * they would lock the regular user out or change its roles. Unknown and invalid ids are
 * still sent.
 */
export const NO_SELF: Partial<Record<OperationId, string>> = {
  DeleteUser: 'deactivates (or with permanent=true deletes) the calling user',
  UpdateUserActive: 'deactivates the calling user',
  UpdateUserPassword: 'could change the calling user’s password',
  UpdateUserMfa: 'could turn on MFA for the calling user',
  UpdateUserAuth: 'could move the calling user to another authentication service',
  UpdateUserRoles: 'could change the calling user’s roles and so every permission result after it',
  DemoteUserToGuest: 'turns the calling user into a guest',
  PromoteGuestToUser: 'changes the calling user’s roles',
  ConvertUserToBot: 'turns the calling user into a bot (bots cannot log in)',
  RevokeSession: 'revokes a session of the calling user',
  RevokeAllSessions: 'revokes every session of the calling user, the fuzzing one included',
};

/**
 * Where the regular user got 403, the same request is replayed as the admin; only GET requests
 * (except these) whose path names no resource other than the calling user, so the replay reads
 * and never writes, and a 403 cannot come from a resource that does not exist (Mattermost
 * resolves channel and team permissions through the resource, and a missing one grants
 * nothing, to the admin too).
 */
export const NO_ADMIN_REPLAY: Partial<Record<OperationId, string>> = {
  UpdateAccessControlPolicyActiveStatus: 'a GET that changes state',
  ConnectWebSocket: 'a WebSocket upgrade, not a plain request',
  GetRedirectLocation: 'makes the server fetch a URL',
  GetImageByUrl: 'makes the server fetch a URL',
  GenerateSupportPacket: 'collects logs and configuration into an archive (slow, large)',
  GetCPAGroup: 'a licensed feature: Team Edition answers the same 403 licence error to everyone',
  GetPrevTrialLicense: 'a licensed feature: Team Edition answers the same 403 licence error to everyone',
};

/**
 * Operations only a system admin may call: the regular user must never get a 2xx from them,
 * whatever it sends. Kept to operations whose handler is known to check a system permission
 * (that cannot be told from the spec); add operations here as they land.
 */
export const ADMIN_ONLY: OperationId[] = ['GetConfig', 'UpdateConfig', 'PatchConfig', 'ReloadConfig'];

/**
 * 501 answers that are not "not built yet": Mattermost itself answers these with 501, or the
 * handler is built except for the named part. Keyed by `operationId error-id`.
 */
export const EXPECTED_501: Record<string, string> = {
  'CreateRecap api.recap.disabled.app_error': 'recaps are off on an unlicensed server; Mattermost answers 501',
  'DeleteRecap api.recap.disabled.app_error': 'recaps are off on an unlicensed server; Mattermost answers 501',
  'GetRecap api.recap.disabled.app_error': 'recaps are off on an unlicensed server; Mattermost answers 501',
  'GetRecaps api.recap.disabled.app_error': 'recaps are off on an unlicensed server; Mattermost answers 501',
  'MarkRecapAsRead api.recap.disabled.app_error': 'recaps are off on an unlicensed server; Mattermost answers 501',
  'MarkRecapsAsViewed api.recap.disabled.app_error': 'recaps are off on an unlicensed server; Mattermost answers 501',
  'RegenerateRecap api.recap.disabled.app_error': 'recaps are off on an unlicensed server; Mattermost answers 501',
  'DownloadJob app.job.download_export_results_not_enabled': 'FileSettings/ExportSettings DownloadExportResults is off by default; Mattermost answers 501',
  'AcknowledgeNotification api.push_notification.disabled.app_error':
    'no push proxy is configured by default (EmailSettings.PushNotificationServer); Mattermost answers 501 when push notifications cannot be sent',
  'GetIPFilters api.context.ip_filtering.not_available.app_error': 'IP filtering is a Cloud Enterprise feature; Mattermost answers 501',
  'MyIP api.context.ip_filtering.not_available.app_error': 'IP filtering is a Cloud Enterprise feature; Mattermost answers 501',
  'GetSamlMetadata api.admin.saml.not_available.app_error': 'SAML needs a licence; Team Edition answers 501',
  'InstallPluginFromUrl app.plugin.disabled.app_error': 'plugin uploads are off by default (PluginSettings.EnableUploads); Mattermost answers 501',
  'UploadPlugin app.plugin.upload_disabled.app_error': 'plugin uploads are off by default (PluginSettings.EnableUploads); Mattermost answers 501',
  'GetClientConfig api.config.client.old_format.app_error': 'Mattermost answers 501 unless format=old',
  'GetClientLicense api.license.client.old_format.app_error': 'Mattermost answers 501 unless format=old',
  'MarkAllDirectChannelsAsRead api.mark_all_as_read.disabled.app_error':
    'behind FeatureFlags.EnableShiftEscapeToMarkAllRead (off by default); Mattermost answers 501 when off',
  'MarkAllInTeamAsRead api.mark_all_as_read.disabled.app_error':
    'behind FeatureFlags.EnableShiftEscapeToMarkAllRead (off by default); Mattermost answers 501 when off',
  'SaveAcknowledgementForPost <untranslated>':
    'acknowledgements need a Professional licence; Team Edition answers 501 with this untranslated error',
  'MoveThread api.post.move_thread.disabled.app_error': 'moving threads needs a licence; Team Edition answers 501',
  'RewriteMessage app.ai.rewrite.agent_call_failed':
    'no AI agents plugin runs here; Mattermost answers this id with 500 when the agent call fails, this server with 501',
  'GetMarketplacePlugins app.plugin.marketplace_plugins.app_error':
    'the remote Marketplace cannot be reached (no Marketplace client); Mattermost answers 500 with this id, this server 501 so that no 5xx means a fault',
  'InstallMarketplacePlugin app.plugin.marketplace_plugins.app_error':
    'the remote Marketplace cannot be reached (no Marketplace client); Mattermost answers 500 with this id, this server 501 so that no 5xx means a fault',
  'InstallMarketplacePlugin app.plugin.marketplace_plugin_request.app_error': 'an undecodable Marketplace install request; Mattermost answers 501',
  'SearchTeams api.team.search_teams.pagination_not_implemented.public_team_search':
    'Mattermost answers 501 to a paged search by a caller who may list only public teams',
  'SearchTeams api.team.search_teams.pagination_not_implemented.private_team_search':
    'Mattermost answers 501 to a paged search by a caller who may list only private teams',
  'ListOutgoingOAuthConnections api.context.outgoing_oauth_connection.not_available.configuration_disabled':
    'outgoing OAuth connections are off by default (ServiceSettings.EnableOutgoingOAuthConnections); Mattermost answers 501',
  'CreateOutgoingOAuthConnection api.context.outgoing_oauth_connection.not_available.configuration_disabled':
    'outgoing OAuth connections are off by default (ServiceSettings.EnableOutgoingOAuthConnections); Mattermost answers 501',
  'GetOutgoingOAuthConnection api.context.outgoing_oauth_connection.not_available.configuration_disabled':
    'outgoing OAuth connections are off by default (ServiceSettings.EnableOutgoingOAuthConnections); Mattermost answers 501',
  'UpdateOutgoingOAuthConnection api.context.outgoing_oauth_connection.not_available.configuration_disabled':
    'outgoing OAuth connections are off by default (ServiceSettings.EnableOutgoingOAuthConnections); Mattermost answers 501',
  'DeleteOutgoingOAuthConnection api.context.outgoing_oauth_connection.not_available.configuration_disabled':
    'outgoing OAuth connections are off by default (ServiceSettings.EnableOutgoingOAuthConnections); Mattermost answers 501',
  'ValidateOutgoingOAuthConnection api.context.outgoing_oauth_connection.not_available.configuration_disabled':
    'outgoing OAuth connections are off by default (ServiceSettings.EnableOutgoingOAuthConnections); Mattermost answers 501',
};

/**
 * 501s by error id, for whole families. Team Edition refuses licensed features with 501 and
 * an id naming the licence (`api.team.update_team_scheme.license.error`,
 * `api.team.invite_guests_to_channels.license.error`, ...); the README promises the same.
 */
export const EXPECTED_501_PATTERNS: { pattern: RegExp; reason: string }[] = [
  { pattern: /licen[cs]e/i, reason: 'a licensed feature refused by Team Edition, with Mattermost’s 501 and licence error id' },
  { pattern: /^mfa\.mfa_disabled\.app_error$/, reason: 'MFA is off by default (ServiceSettings.EnableMultifactorAuthentication); Mattermost answers 501' },
  { pattern: /^app\.pap\.[a-z_]+\.app_error$/, reason: 'attribute-based access control: Team Edition has no Policy Administration Point; Mattermost answers 501 with the id of the step that needed it' },
  { pattern: /^api\.access_control_policy\.[a-z_]+\.feature_disabled$/, reason: 'access-control features behind feature flags that are off by default (permission policies, policy simulation, team membership rules); Mattermost answers 501' },
  { pattern: /^api\.remote_cluster\.service_not_enabled\.app_error$/, reason: 'shared channels and secure connections need the remote cluster service, which Team Edition does not start; Mattermost answers 501' },
];

/** Per-request time limit: a request over it is reported (and the run goes on). */
export const REQUEST_TIMEOUT_MS = 15_000;
