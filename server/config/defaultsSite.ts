import type {
  AnnouncementSettings,
  ClientRequirements,
  DisplaySettings,
  EmailSettings,
  FileSettings,
  LocalizationSettings,
  NativeAppSettings,
  PasswordSettings,
  PrivacySettings,
  SupportSettings,
  TeamSettings,
  ThemeSettings,
} from './types';

/** Defaults of the sections about the site, its users and what they may post. */
export function teamDefaults(): TeamSettings {
  return {
    SiteName: 'Mattermost',
    MaxUsersPerTeam: 50,
    EnableJoinLeaveMessageByDefault: true,
    EnableUserCreation: true,
    EnableOpenServer: false,
    EnableUserDeactivation: false,
    RestrictCreationToDomains: '',
    EnableCustomUserStatuses: true,
    EnableCustomBrand: false,
    CustomBrandText: '',
    CustomDescriptionText: '',
    RestrictDirectMessage: 'any',
    EnableLastActiveTime: true,
    UserStatusAwayTimeout: 300,
    MaxChannelsPerTeam: 2000,
    MaxNotificationsPerChannel: 1000,
    EnableConfirmNotificationsToChannel: true,
    TeammateNameDisplay: 'username',
    ExperimentalViewArchivedChannels: true,
    ExperimentalEnableAutomaticReplies: false,
    LockTeammateNameDisplay: false,
    ExperimentalPrimaryTeam: '',
    ExperimentalDefaultChannels: [],
  };
}

export function clientRequirementsDefaults(): ClientRequirements {
  return { AndroidLatestVersion: '', AndroidMinVersion: '', IosLatestVersion: '', IosMinVersion: '' };
}

export function passwordDefaults(): PasswordSettings {
  return { MinimumLength: 8, Lowercase: false, Number: false, Uppercase: false, Symbol: false, EnableForgotLink: true };
}

export function privacyDefaults(): PrivacySettings {
  return { ShowEmailAddress: true, ShowFullName: true };
}

export function supportDefaults(): SupportSettings {
  return {
    TermsOfServiceLink: 'https://mattermost.com/pl/terms-of-use/',
    PrivacyPolicyLink: 'https://mattermost.com/pl/privacy-policy/',
    AboutLink: 'https://mattermost.com/pl/about-mattermost',
    HelpLink: 'https://mattermost.com/pl/help/',
    ReportAProblemType: 'default',
    ReportAProblemLink: 'https://mattermost.com/pl/report-a-bug',
    ReportAProblemMail: '',
    AllowDownloadLogs: true,
    ForgotPasswordLink: '',
    SupportEmail: '',
    CustomTermsOfServiceEnabled: false,
    CustomTermsOfServiceReAcceptancePeriod: 365,
    EnableAskCommunityLink: true,
  };
}

export function announcementDefaults(): AnnouncementSettings {
  return {
    EnableBanner: false,
    BannerText: '',
    BannerColor: '#f2a93b',
    BannerTextColor: '#333333',
    AllowBannerDismissal: true,
    AdminNoticesEnabled: true,
    UserNoticesEnabled: true,
    NoticesURL: 'https://notices.mattermost.com/',
    NoticesFetchFrequency: 3600,
    NoticesSkipCache: false,
  };
}

export function themeDefaults(): ThemeSettings {
  return { EnableThemeSelection: true, DefaultTheme: 'default', AllowCustomThemes: true, AllowedThemes: [] };
}

export function localizationDefaults(): LocalizationSettings {
  return { DefaultServerLocale: 'en', DefaultClientLocale: 'en', AvailableLocales: '' };
}

export function nativeAppDefaults(): NativeAppSettings {
  return {
    AppCustomURLSchemes: ['mmauth://', 'mmauthbeta://'],
    AppDownloadLink: 'https://mattermost.com/pl/download-apps',
    AndroidAppDownloadLink: 'https://mattermost.com/pl/android-app/',
    IosAppDownloadLink: 'https://mattermost.com/pl/ios-app/',
  };
}

export function displayDefaults(): DisplaySettings {
  return { CustomURLSchemes: [], MaxMarkdownNodes: 0 };
}

/** No push proxy is configured: this server sends no push notifications itself. */
export function emailDefaults(): EmailSettings {
  return {
    EnableSignUpWithEmail: true,
    EnableSignInWithEmail: true,
    EnableSignInWithUsername: true,
    SendEmailNotifications: true,
    UseChannelInEmailNotifications: false,
    RequireEmailVerification: false,
    FeedbackName: '',
    FeedbackEmail: 'test@example.com',
    ReplyToAddress: 'test@example.com',
    FeedbackOrganization: '',
    EnableSMTPAuth: false,
    SMTPUsername: '',
    SMTPPassword: '',
    SMTPServer: 'localhost',
    SMTPPort: '10025',
    SMTPServerTimeout: 10,
    ConnectionSecurity: '',
    SendPushNotifications: true,
    PushNotificationServer: '',
    PushNotificationContents: 'full',
    PushNotificationBuffer: 1000,
    EnableEmailBatching: false,
    EmailBatchingBufferSize: 256,
    EmailBatchingInterval: 30,
    EnablePreviewModeBanner: true,
    SkipServerCertificateVerification: false,
    EmailNotificationContentsType: 'full',
    LoginButtonColor: '#0000',
    LoginButtonBorderColor: '#2389D7',
    LoginButtonTextColor: '#2389D7',
  };
}

export function fileDefaults(): FileSettings {
  return {
    EnableFileAttachments: true,
    EnableMobileUpload: true,
    EnableMobileDownload: true,
    MaxFileSize: 104857600,
    MaxImageResolution: 33177600,
    MaxImageDecoderConcurrency: -1,
    DriverName: 'local',
    Directory: './data/',
    EnablePublicLink: false,
    ExtractContent: true,
    ArchiveRecursion: false,
    PublicLinkSalt: '',
    InitialFont: 'nunito-bold.ttf',
    AmazonS3AccessKeyId: '',
    AmazonS3SecretAccessKey: '',
    AmazonS3Bucket: '',
    AmazonS3PathPrefix: '',
    AmazonS3Region: '',
    AmazonS3Endpoint: 's3.amazonaws.com',
    AmazonS3SSL: true,
    AmazonS3SignV2: false,
    AmazonS3SSE: false,
    AmazonS3Trace: false,
    AmazonS3RequestTimeoutMilliseconds: 30000,
    AmazonS3UploadPartSizeBytes: 5242880,
    DedicatedExportStore: false,
    ExportDriverName: 'local',
    ExportDirectory: './data/',
    ExportAmazonS3AccessKeyId: '',
    ExportAmazonS3SecretAccessKey: '',
    ExportAmazonS3Bucket: '',
    ExportAmazonS3PathPrefix: '',
    ExportAmazonS3Region: '',
    ExportAmazonS3Endpoint: 's3.amazonaws.com',
    ExportAmazonS3SSL: true,
    ExportAmazonS3SignV2: false,
    ExportAmazonS3SSE: false,
    ExportAmazonS3Trace: false,
    ExportAmazonS3RequestTimeoutMilliseconds: 30000,
    ExportAmazonS3PresignExpiresSeconds: 21600,
    ExportAmazonS3UploadPartSizeBytes: 104857600,
  };
}
