/**
 * The server configuration, shaped like Mattermost's config.json (model.Config): one
 * PascalCase section per concern, every setting present once defaults are applied.
 */

/** A free-form JSON object (plugin settings, advanced logging targets). */
export type JsonObject = Record<string, unknown>;

export interface ServiceSettings {
  SiteURL: string;
  WebsocketURL: string;
  LicenseFileLocation: string;
  ListenAddress: string;
  ConnectionSecurity: string;
  TLSCertFile: string;
  TLSKeyFile: string;
  TLSMinVer: string;
  TLSStrictTransport: boolean;
  TLSStrictTransportMaxAge: number;
  TLSOverwriteCiphers: string[];
  UseLetsEncrypt: boolean;
  LetsEncryptCertificateCacheFile: string;
  Forward80To443: boolean;
  TrustedProxyIPHeader: string[];
  ReadTimeout: number;
  WriteTimeout: number;
  IdleTimeout: number;
  MaximumLoginAttempts: number;
  GoroutineHealthThreshold: number;
  EnableOAuthServiceProvider: boolean;
  EnableIncomingWebhooks: boolean;
  EnableOutgoingWebhooks: boolean;
  EnableOutgoingOAuthConnections: boolean;
  EnableCommands: boolean;
  OutgoingIntegrationRequestsTimeout: number;
  EnablePostUsernameOverride: boolean;
  EnablePostIconOverride: boolean;
  GoogleDeveloperKey: string;
  EnableLinkPreviews: boolean;
  EnablePermalinkPreviews: boolean;
  RestrictLinkPreviews: string;
  EnableTesting: boolean;
  EnableDeveloper: boolean;
  DeveloperFlags: string;
  EnableClientPerformanceDebugging: boolean;
  EnableOpenTracing: boolean;
  EnableSecurityFixAlert: boolean;
  EnableInsecureOutgoingConnections: boolean;
  AllowedUntrustedInternalConnections: string;
  EnableMultifactorAuthentication: boolean;
  EnforceMultifactorAuthentication: boolean;
  EnableUserAccessTokens: boolean;
  AllowCorsFrom: string;
  CorsExposedHeaders: string;
  CorsAllowCredentials: boolean;
  CorsDebug: boolean;
  AllowCookiesForSubdomains: boolean;
  ExtendSessionLengthWithActivity: boolean;
  TerminateSessionsOnPasswordChange: boolean;
  SessionLengthWebInHours: number;
  SessionLengthMobileInHours: number;
  SessionLengthSSOInHours: number;
  SessionCacheInMinutes: number;
  SessionIdleTimeoutInMinutes: number;
  WebsocketSecurePort: number;
  WebsocketPort: number;
  WebserverMode: string;
  EnableGifPicker: boolean;
  GiphySdkKey: string;
  EnableCustomEmoji: boolean;
  ScheduledPosts: boolean;
  EnableEmojiPicker: boolean;
  PostEditTimeLimit: number;
  TimeBetweenUserTypingUpdatesMilliseconds: number;
  EnablePostSearch: boolean;
  EnableFileSearch: boolean;
  MinimumHashtagLength: number;
  EnableUserTypingMessages: boolean;
  EnableChannelViewedMessages: boolean;
  EnableUserStatuses: boolean;
  ExperimentalEnableAuthenticationTransfer: boolean;
  ClusterLogTimeoutMilliseconds: number;
  EnableTutorial: boolean;
  EnableOnboardingFlow: boolean;
  ExperimentalEnableDefaultChannelLeaveJoinMessages: boolean;
  ExperimentalGroupUnreadChannels: string;
  EnableAPITeamDeletion: boolean;
  EnableAPITriggerAdminNotifications: boolean;
  EnableAPIUserDeletion: boolean;
  EnableAPIChannelDeletion: boolean;
  ExperimentalEnableHardenedMode: boolean;
  ExperimentalStrictCSRFEnforcement: boolean;
  EnableEmailInvitations: boolean;
  DisableBotsWhenOwnerIsDeactivated: boolean;
  EnableBotAccountCreation: boolean;
  EnableSVGs: boolean;
  EnableLatex: boolean;
  EnableInlineLatex: boolean;
  PostPriority: boolean;
  AllowPersistentNotifications: boolean;
  AllowPersistentNotificationsForGuests: boolean;
  PersistentNotificationIntervalMinutes: number;
  PersistentNotificationMaxCount: number;
  PersistentNotificationMaxRecipients: number;
  EnableLocalMode: boolean;
  LocalModeSocketLocation: string;
  EnableAWSMetering: boolean;
  SplitKey: string;
  FeatureFlagSyncIntervalSeconds: number;
  DebugSplit: boolean;
  ThreadAutoFollow: boolean;
  CollapsedThreads: string;
  ManagedResourcePaths: string;
  EnableCustomGroups: boolean;
  AllowSyncedDrafts: boolean;
  UniqueEmojiReactionLimitPerPost: number;
  RefreshPostStatsRunTime: string;
  MaximumPayloadSizeBytes: number;
  MaximumURLLength: number;
}

export interface TeamSettings {
  SiteName: string;
  MaxUsersPerTeam: number;
  EnableJoinLeaveMessageByDefault: boolean;
  EnableUserCreation: boolean;
  EnableOpenServer: boolean;
  EnableUserDeactivation: boolean;
  RestrictCreationToDomains: string;
  EnableCustomUserStatuses: boolean;
  EnableCustomBrand: boolean;
  CustomBrandText: string;
  CustomDescriptionText: string;
  RestrictDirectMessage: string;
  EnableLastActiveTime: boolean;
  UserStatusAwayTimeout: number;
  MaxChannelsPerTeam: number;
  MaxNotificationsPerChannel: number;
  EnableConfirmNotificationsToChannel: boolean;
  TeammateNameDisplay: string;
  ExperimentalViewArchivedChannels: boolean;
  ExperimentalEnableAutomaticReplies: boolean;
  LockTeammateNameDisplay: boolean;
  ExperimentalPrimaryTeam: string;
  ExperimentalDefaultChannels: string[];
}

export interface ClientRequirements {
  AndroidLatestVersion: string;
  AndroidMinVersion: string;
  IosLatestVersion: string;
  IosMinVersion: string;
}

export interface ReplicaLagSettings {
  DataSource: string;
  QueryAbsoluteLag: string;
  QueryTimeLag: string;
}

export interface SqlSettings {
  DriverName: string;
  DataSource: string;
  DataSourceReplicas: string[];
  DataSourceSearchReplicas: string[];
  MaxIdleConns: number;
  ConnMaxLifetimeMilliseconds: number;
  ConnMaxIdleTimeMilliseconds: number;
  MaxOpenConns: number;
  Trace: boolean;
  AtRestEncryptKey: string;
  QueryTimeout: number;
  DisableDatabaseSearch: boolean;
  MigrationsStatementTimeoutSeconds: number;
  ReplicaLagSettings: ReplicaLagSettings[];
  ReplicaMonitorIntervalSeconds: number;
}

export interface LogSettings {
  EnableConsole: boolean;
  ConsoleLevel: string;
  ConsoleJson: boolean;
  EnableColor: boolean;
  EnableFile: boolean;
  FileLevel: string;
  FileJson: boolean;
  FileLocation: string;
  EnableWebhookDebugging: boolean;
  EnableDiagnostics: boolean;
  VerboseDiagnostics: boolean;
  EnableSentry: boolean;
  AdvancedLoggingJSON: JsonObject;
  MaxFieldSize: number;
}

export interface ExperimentalAuditSettings {
  FileEnabled: boolean;
  FileName: string;
  FileMaxSizeMB: number;
  FileMaxAgeDays: number;
  FileMaxBackups: number;
  FileCompress: boolean;
  FileMaxQueueSize: number;
  AdvancedLoggingJSON: JsonObject;
  Certificate: string;
}

export interface NotificationLogSettings {
  EnableConsole: boolean;
  ConsoleLevel: string;
  ConsoleJson: boolean;
  EnableColor: boolean;
  EnableFile: boolean;
  FileLevel: string;
  FileJson: boolean;
  FileLocation: string;
  AdvancedLoggingJSON: JsonObject;
}

export interface PasswordSettings {
  MinimumLength: number;
  Lowercase: boolean;
  Number: boolean;
  Uppercase: boolean;
  Symbol: boolean;
  EnableForgotLink: boolean;
}

export interface FileSettings {
  EnableFileAttachments: boolean;
  EnableMobileUpload: boolean;
  EnableMobileDownload: boolean;
  MaxFileSize: number;
  MaxImageResolution: number;
  MaxImageDecoderConcurrency: number;
  DriverName: string;
  Directory: string;
  EnablePublicLink: boolean;
  ExtractContent: boolean;
  ArchiveRecursion: boolean;
  PublicLinkSalt: string;
  InitialFont: string;
  AmazonS3AccessKeyId: string;
  AmazonS3SecretAccessKey: string;
  AmazonS3Bucket: string;
  AmazonS3PathPrefix: string;
  AmazonS3Region: string;
  AmazonS3Endpoint: string;
  AmazonS3SSL: boolean;
  AmazonS3SignV2: boolean;
  AmazonS3SSE: boolean;
  AmazonS3Trace: boolean;
  AmazonS3RequestTimeoutMilliseconds: number;
  AmazonS3UploadPartSizeBytes: number;
  DedicatedExportStore: boolean;
  ExportDriverName: string;
  ExportDirectory: string;
  ExportAmazonS3AccessKeyId: string;
  ExportAmazonS3SecretAccessKey: string;
  ExportAmazonS3Bucket: string;
  ExportAmazonS3PathPrefix: string;
  ExportAmazonS3Region: string;
  ExportAmazonS3Endpoint: string;
  ExportAmazonS3SSL: boolean;
  ExportAmazonS3SignV2: boolean;
  ExportAmazonS3SSE: boolean;
  ExportAmazonS3Trace: boolean;
  ExportAmazonS3RequestTimeoutMilliseconds: number;
  ExportAmazonS3PresignExpiresSeconds: number;
  ExportAmazonS3UploadPartSizeBytes: number;
}

export interface EmailSettings {
  EnableSignUpWithEmail: boolean;
  EnableSignInWithEmail: boolean;
  EnableSignInWithUsername: boolean;
  SendEmailNotifications: boolean;
  UseChannelInEmailNotifications: boolean;
  RequireEmailVerification: boolean;
  FeedbackName: string;
  FeedbackEmail: string;
  ReplyToAddress: string;
  FeedbackOrganization: string;
  EnableSMTPAuth: boolean;
  SMTPUsername: string;
  SMTPPassword: string;
  SMTPServer: string;
  SMTPPort: string;
  SMTPServerTimeout: number;
  ConnectionSecurity: string;
  SendPushNotifications: boolean;
  PushNotificationServer: string;
  PushNotificationContents: string;
  PushNotificationBuffer: number;
  EnableEmailBatching: boolean;
  EmailBatchingBufferSize: number;
  EmailBatchingInterval: number;
  EnablePreviewModeBanner: boolean;
  SkipServerCertificateVerification: boolean;
  EmailNotificationContentsType: string;
  LoginButtonColor: string;
  LoginButtonBorderColor: string;
  LoginButtonTextColor: string;
}

export interface RateLimitSettings {
  Enable: boolean;
  PerSec: number;
  MaxBurst: number;
  MemoryStoreSize: number;
  VaryByRemoteAddr: boolean;
  VaryByUser: boolean;
  VaryByHeader: string;
}

export interface PrivacySettings {
  ShowEmailAddress: boolean;
  ShowFullName: boolean;
}

export interface SupportSettings {
  TermsOfServiceLink: string;
  PrivacyPolicyLink: string;
  AboutLink: string;
  HelpLink: string;
  ReportAProblemType: string;
  ReportAProblemLink: string;
  ReportAProblemMail: string;
  AllowDownloadLogs: boolean;
  ForgotPasswordLink: string;
  SupportEmail: string;
  CustomTermsOfServiceEnabled: boolean;
  CustomTermsOfServiceReAcceptancePeriod: number;
  EnableAskCommunityLink: boolean;
}

export interface AnnouncementSettings {
  EnableBanner: boolean;
  BannerText: string;
  BannerColor: string;
  BannerTextColor: string;
  AllowBannerDismissal: boolean;
  AdminNoticesEnabled: boolean;
  UserNoticesEnabled: boolean;
  NoticesURL: string;
  NoticesFetchFrequency: number;
  NoticesSkipCache: boolean;
}

export interface ThemeSettings {
  EnableThemeSelection: boolean;
  DefaultTheme: string;
  AllowCustomThemes: boolean;
  AllowedThemes: string[];
}

/** GitLab, Google and OpenID Connect sign-in. */
export interface SSOSettings {
  Enable: boolean;
  Secret: string;
  Id: string;
  Scope: string;
  AuthEndpoint: string;
  TokenEndpoint: string;
  UserAPIEndpoint: string;
  DiscoveryEndpoint: string;
  ButtonText: string;
  ButtonColor: string;
}

export interface Office365Settings {
  Enable: boolean;
  Secret: string;
  Id: string;
  Scope: string;
  AuthEndpoint: string;
  TokenEndpoint: string;
  UserAPIEndpoint: string;
  DiscoveryEndpoint: string;
  DirectoryId: string;
}

export interface LdapSettings {
  Enable: boolean;
  EnableSync: boolean;
  LdapServer: string;
  LdapPort: number;
  ConnectionSecurity: string;
  BaseDN: string;
  BindUsername: string;
  BindPassword: string;
  UserFilter: string;
  GroupFilter: string;
  GuestFilter: string;
  EnableAdminFilter: boolean;
  AdminFilter: string;
  GroupDisplayNameAttribute: string;
  GroupIdAttribute: string;
  FirstNameAttribute: string;
  LastNameAttribute: string;
  EmailAttribute: string;
  UsernameAttribute: string;
  NicknameAttribute: string;
  IdAttribute: string;
  PositionAttribute: string;
  LoginIdAttribute: string;
  PictureAttribute: string;
  SyncIntervalMinutes: number;
  SkipCertificateVerification: boolean;
  PublicCertificateFile: string;
  PrivateKeyFile: string;
  QueryTimeout: number;
  MaxPageSize: number;
  LoginFieldName: string;
  LoginButtonColor: string;
  LoginButtonBorderColor: string;
  LoginButtonTextColor: string;
}

export interface ComplianceSettings {
  Enable: boolean;
  Directory: string;
  EnableDaily: boolean;
  BatchSize: number;
}

export interface LocalizationSettings {
  DefaultServerLocale: string;
  DefaultClientLocale: string;
  AvailableLocales: string;
}

export interface SamlSettings {
  Enable: boolean;
  EnableSyncWithLdap: boolean;
  EnableSyncWithLdapIncludeAuth: boolean;
  IgnoreGuestsLdapSync: boolean;
  Verify: boolean;
  Encrypt: boolean;
  SignRequest: boolean;
  IdpURL: string;
  IdpDescriptorURL: string;
  IdpMetadataURL: string;
  ServiceProviderIdentifier: string;
  AssertionConsumerServiceURL: string;
  SignatureAlgorithm: string;
  CanonicalAlgorithm: string;
  ScopingIDPProviderId: string;
  ScopingIDPName: string;
  IdpCertificateFile: string;
  PublicCertificateFile: string;
  PrivateKeyFile: string;
  IdAttribute: string;
  GuestAttribute: string;
  EnableAdminAttribute: boolean;
  AdminAttribute: string;
  FirstNameAttribute: string;
  LastNameAttribute: string;
  EmailAttribute: string;
  UsernameAttribute: string;
  NicknameAttribute: string;
  LocaleAttribute: string;
  PositionAttribute: string;
  LoginButtonText: string;
  LoginButtonColor: string;
  LoginButtonBorderColor: string;
  LoginButtonTextColor: string;
}

export interface NativeAppSettings {
  AppCustomURLSchemes: string[];
  AppDownloadLink: string;
  AndroidAppDownloadLink: string;
  IosAppDownloadLink: string;
}

export interface CacheSettings {
  CacheType: string;
  RedisAddress: string;
  RedisPassword: string;
  RedisDB: number;
  DisableClientCache: boolean;
}

export interface ClusterSettings {
  Enable: boolean;
  ClusterName: string;
  OverrideHostname: string;
  NetworkInterface: string;
  BindAddress: string;
  AdvertiseAddress: string;
  UseIPAddress: boolean;
  EnableGossipCompression: boolean;
  EnableExperimentalGossipEncryption: boolean;
  ReadOnlyConfig: boolean;
  GossipPort: number;
}

export interface MetricsSettings {
  Enable: boolean;
  BlockProfileRate: number;
  ListenAddress: string;
  EnableClientMetrics: boolean;
  EnableNotificationMetrics: boolean;
}

export interface ExperimentalSettings {
  ClientSideCertEnable: boolean;
  ClientSideCertCheck: string;
  LinkMetadataTimeoutMilliseconds: number;
  RestrictSystemAdmin: boolean;
  DisableAppBar: boolean;
  DisableRefetchingOnBrowserFocus: boolean;
  DelayChannelAutocomplete: boolean;
  DisableWakeUpReconnectHandler: boolean;
  UsersStatusAndProfileFetchingPollIntervalMilliseconds: number;
  YoutubeReferrerPolicy: boolean;
}

export interface AnalyticsSettings {
  MaxUsersForStatistics: number;
}

export interface ElasticsearchSettings {
  ConnectionURL: string;
  Backend: string;
  Username: string;
  Password: string;
  EnableIndexing: boolean;
  EnableSearching: boolean;
  EnableAutocomplete: boolean;
  Sniff: boolean;
  PostIndexReplicas: number;
  PostIndexShards: number;
  ChannelIndexReplicas: number;
  ChannelIndexShards: number;
  UserIndexReplicas: number;
  UserIndexShards: number;
  AggregatePostsAfterDays: number;
  PostsAggregatorJobStartTime: string;
  IndexPrefix: string;
  LiveIndexingBatchSize: number;
  BatchSize: number;
  RequestTimeoutSeconds: number;
  SkipTLSVerification: boolean;
  CA: string;
  ClientCert: string;
  ClientKey: string;
  Trace: string;
  IgnoredPurgeIndexes: string;
}

export interface BleveSettings {
  IndexDir: string;
  EnableIndexing: boolean;
  EnableSearching: boolean;
  EnableAutocomplete: boolean;
  BatchSize: number;
}

export interface DataRetentionSettings {
  EnableMessageDeletion: boolean;
  EnableFileDeletion: boolean;
  EnableBoardsDeletion: boolean;
  MessageRetentionDays: number;
  MessageRetentionHours: number;
  FileRetentionDays: number;
  FileRetentionHours: number;
  BoardsRetentionDays: number;
  DeletionJobStartTime: string;
  BatchSize: number;
  TimeBetweenBatchesMilliseconds: number;
  RetentionIdsBatchSize: number;
}

export interface GlobalRelayMessageExportSettings {
  CustomerType: string;
  SMTPUsername: string;
  SMTPPassword: string;
  EmailAddress: string;
  SMTPServerTimeout: number;
  CustomSMTPServerName: string;
  CustomSMTPPort: string;
}

export interface MessageExportSettings {
  EnableExport: boolean;
  ExportFormat: string;
  DailyRunTime: string;
  ExportFromTimestamp: number;
  BatchSize: number;
  DownloadExportResults: boolean;
  GlobalRelaySettings: GlobalRelayMessageExportSettings;
}

export interface JobSettings {
  RunJobs: boolean;
  RunScheduler: boolean;
  CleanupJobsThresholdDays: number;
  CleanupConfigThresholdDays: number;
}

export interface PluginSettings {
  Enable: boolean;
  EnableUploads: boolean;
  AllowInsecureDownloadURL: boolean;
  EnableHealthCheck: boolean;
  Directory: string;
  ClientDirectory: string;
  Plugins: JsonObject;
  PluginStates: JsonObject;
  EnableMarketplace: boolean;
  EnableRemoteMarketplace: boolean;
  AutomaticPrepackagedPlugins: boolean;
  RequirePluginSignature: boolean;
  MarketplaceURL: string;
  SignaturePublicKeyFiles: string[];
  ChimeraOAuthProxyURL: string;
}

export interface DisplaySettings {
  CustomURLSchemes: string[];
  MaxMarkdownNodes: number;
}

export interface GuestAccountsSettings {
  Enable: boolean;
  HideTags: boolean;
  AllowEmailAccounts: boolean;
  EnforceMultifactorAuthentication: boolean;
  RestrictCreationToDomains: string;
}

export interface ImageProxySettings {
  Enable: boolean;
  ImageProxyType: string;
  RemoteImageProxyURL: string;
  RemoteImageProxyOptions: string;
}

export interface CloudSettings {
  CWSURL: string;
  CWSAPIURL: string;
  CWSMock: boolean;
  Disable: boolean;
}

export interface ImportSettings {
  Directory: string;
  RetentionDays: number;
}

export interface ExportSettings {
  Directory: string;
  RetentionDays: number;
}

export interface WranglerSettings {
  PermittedWranglerRoles: string[];
  AllowedEmailDomain: string[];
  MoveThreadMaxCount: number;
  MoveThreadToAnotherTeamEnable: boolean;
  MoveThreadFromPrivateChannelEnable: boolean;
  MoveThreadFromDirectMessageChannelEnable: boolean;
  MoveThreadFromGroupMessageChannelEnable: boolean;
}

export interface ConnectedWorkspacesSettings {
  EnableSharedChannels: boolean;
  EnableRemoteClusterService: boolean;
  DisableSharedChannelsStatusSync: boolean;
}

/** Mattermost's feature flags (config section FeatureFlags, env MM_FEATUREFLAGS_*). */
export interface FeatureFlags {
  EnableShiftEscapeToMarkAllRead: boolean;
  CustomProfileAttributes: boolean;
  AttributeBasedAccessControl: boolean;
  /** Any of these four registers Mattermost's generic property API (/properties/groups/...). */
  IntegratedBoards: boolean;
  ManagedChannelCategories: boolean;
  ClassificationMarkings: boolean;
  SessionAttributes: boolean;
}

export interface MattermostConfig {
  ServiceSettings: ServiceSettings;
  TeamSettings: TeamSettings;
  ClientRequirements: ClientRequirements;
  SqlSettings: SqlSettings;
  LogSettings: LogSettings;
  ExperimentalAuditSettings: ExperimentalAuditSettings;
  NotificationLogSettings: NotificationLogSettings;
  PasswordSettings: PasswordSettings;
  FileSettings: FileSettings;
  EmailSettings: EmailSettings;
  RateLimitSettings: RateLimitSettings;
  PrivacySettings: PrivacySettings;
  SupportSettings: SupportSettings;
  AnnouncementSettings: AnnouncementSettings;
  ThemeSettings: ThemeSettings;
  GitLabSettings: SSOSettings;
  GoogleSettings: SSOSettings;
  Office365Settings: Office365Settings;
  OpenIdSettings: SSOSettings;
  LdapSettings: LdapSettings;
  ComplianceSettings: ComplianceSettings;
  LocalizationSettings: LocalizationSettings;
  SamlSettings: SamlSettings;
  NativeAppSettings: NativeAppSettings;
  CacheSettings: CacheSettings;
  ClusterSettings: ClusterSettings;
  MetricsSettings: MetricsSettings;
  ExperimentalSettings: ExperimentalSettings;
  AnalyticsSettings: AnalyticsSettings;
  ElasticsearchSettings: ElasticsearchSettings;
  BleveSettings: BleveSettings;
  DataRetentionSettings: DataRetentionSettings;
  MessageExportSettings: MessageExportSettings;
  JobSettings: JobSettings;
  PluginSettings: PluginSettings;
  DisplaySettings: DisplaySettings;
  GuestAccountsSettings: GuestAccountsSettings;
  ImageProxySettings: ImageProxySettings;
  CloudSettings: CloudSettings;
  ImportSettings: ImportSettings;
  ExportSettings: ExportSettings;
  WranglerSettings: WranglerSettings;
  ConnectedWorkspacesSettings: ConnectedWorkspacesSettings;
  FeatureFlags: FeatureFlags;
}
