import type { MattermostConfig } from './types';
import { bool, list, num } from './clientValues';

type Props = Record<string, string>;

/** Mattermost's longest post, in characters (what MaxPostSize reports on PostgreSQL). */
const MAX_POST_SIZE = 16383;

/** What logged-in users see on top of the limited config (Mattermost's GenerateClientConfig). */
export function fullClientConfigExtras(c: MattermostConfig): Props {
  return {
    ...teamProps(c),
    ...integrationProps(c),
    ...postingProps(c),
    ...notificationProps(c),
    ...experimentalProps(c),
    ...unlicensedFullProps(),
  };
}

function teamProps(c: MattermostConfig): Props {
  const t = c.TeamSettings;
  return {
    EnableCustomUserStatuses: bool(t.EnableCustomUserStatuses),
    EnableLastActiveTime: bool(t.EnableLastActiveTime),
    EnableUserDeactivation: bool(t.EnableUserDeactivation),
    RestrictDirectMessage: t.RestrictDirectMessage,
    TeammateNameDisplay: t.TeammateNameDisplay,
    LockTeammateNameDisplay: bool(t.LockTeammateNameDisplay),
    ExperimentalViewArchivedChannels: bool(t.ExperimentalViewArchivedChannels),
    ExperimentalEnableAutomaticReplies: bool(t.ExperimentalEnableAutomaticReplies),
    MaxNotificationsPerChannel: num(t.MaxNotificationsPerChannel),
    EnableConfirmNotificationsToChannel: bool(t.EnableConfirmNotificationsToChannel),
    ShowEmailAddress: bool(c.PrivacySettings.ShowEmailAddress),
    ShowFullName: bool(c.PrivacySettings.ShowFullName),
  };
}

function integrationProps(c: MattermostConfig): Props {
  const s = c.ServiceSettings;
  return {
    EnableOAuthServiceProvider: bool(s.EnableOAuthServiceProvider),
    GoogleDeveloperKey: s.GoogleDeveloperKey,
    EnableIncomingWebhooks: bool(s.EnableIncomingWebhooks),
    EnableOutgoingWebhooks: bool(s.EnableOutgoingWebhooks),
    EnableOutgoingOAuthConnections: bool(s.EnableOutgoingOAuthConnections),
    EnableCommands: bool(s.EnableCommands),
    EnablePostUsernameOverride: bool(s.EnablePostUsernameOverride),
    EnablePostIconOverride: bool(s.EnablePostIconOverride),
    EnableUserAccessTokens: bool(s.EnableUserAccessTokens),
    EnableBotAccountCreation: bool(s.EnableBotAccountCreation),
    EnableTesting: bool(s.EnableTesting),
    EnableDeveloper: bool(s.EnableDeveloper),
    EnableClientPerformanceDebugging: bool(s.EnableClientPerformanceDebugging),
    EnableEmailInvitations: bool(s.EnableEmailInvitations),
    EnableMarketplace: 'false',
    IsDefaultMarketplace: bool(c.PluginSettings.MarketplaceURL === 'https://api.integrations.mattermost.com'),
    RunJobs: bool(c.JobSettings.RunJobs),
    SQLDriverName: c.SqlSettings.DriverName,
  };
}

function postingProps(c: MattermostConfig): Props {
  const s = c.ServiceSettings;
  const f = c.FileSettings;
  return {
    EnableLinkPreviews: bool(s.EnableLinkPreviews),
    EnablePermalinkPreviews: bool(s.EnablePermalinkPreviews),
    PostEditTimeLimit: num(s.PostEditTimeLimit),
    MinimumHashtagLength: num(s.MinimumHashtagLength),
    EnableSVGs: bool(s.EnableSVGs),
    EnableLatex: bool(s.EnableLatex),
    EnableInlineLatex: bool(s.EnableInlineLatex),
    EnableEmojiPicker: bool(s.EnableEmojiPicker),
    EnableGifPicker: bool(s.EnableGifPicker),
    GiphySdkKey: s.GiphySdkKey,
    UniqueEmojiReactionLimitPerPost: num(s.UniqueEmojiReactionLimitPerPost),
    PostPriority: bool(s.PostPriority),
    AllowSyncedDrafts: bool(s.AllowSyncedDrafts),
    CollapsedThreads: s.CollapsedThreads,
    ManagedResourcePaths: s.ManagedResourcePaths,
    MaxPostSize: num(MAX_POST_SIZE),
    EnableFileAttachments: bool(f.EnableFileAttachments),
    EnablePublicLink: bool(f.EnablePublicLink),
    MaxFileSize: num(f.MaxFileSize),
    EnableMobileFileDownload: 'true',
    EnableMobileFileUpload: 'true',
    CustomUrlSchemes: list(c.DisplaySettings.CustomURLSchemes),
    MaxMarkdownNodes: num(c.DisplaySettings.MaxMarkdownNodes),
  };
}

function notificationProps(c: MattermostConfig): Props {
  const e = c.EmailSettings;
  const s = c.ServiceSettings;
  return {
    SendEmailNotifications: bool(e.SendEmailNotifications),
    SendPushNotifications: bool(e.SendPushNotifications),
    RequireEmailVerification: bool(e.RequireEmailVerification),
    EnableEmailBatching: bool(e.EnableEmailBatching),
    EnablePreviewModeBanner: bool(e.EnablePreviewModeBanner),
    EmailNotificationContentsType: e.EmailNotificationContentsType,
    TimeBetweenUserTypingUpdatesMilliseconds: num(s.TimeBetweenUserTypingUpdatesMilliseconds),
    EnableUserTypingMessages: bool(s.EnableUserTypingMessages),
    EnableChannelViewedMessages: bool(s.EnableChannelViewedMessages),
    EnableUserStatuses: bool(s.EnableUserStatuses),
    AllowPersistentNotifications: bool(s.AllowPersistentNotifications),
    AllowPersistentNotificationsForGuests: bool(s.AllowPersistentNotificationsForGuests),
    PersistentNotificationMaxCount: num(s.PersistentNotificationMaxCount),
    PersistentNotificationIntervalMinutes: num(s.PersistentNotificationIntervalMinutes),
    PersistentNotificationMaxRecipients: num(s.PersistentNotificationMaxRecipients),
  };
}

function experimentalProps(c: MattermostConfig): Props {
  const s = c.ServiceSettings;
  const x = c.ExperimentalSettings;
  return {
    EnableTutorial: bool(s.EnableTutorial),
    EnableOnboardingFlow: bool(s.EnableOnboardingFlow),
    ExperimentalEnableDefaultChannelLeaveJoinMessages: bool(s.ExperimentalEnableDefaultChannelLeaveJoinMessages),
    ExperimentalGroupUnreadChannels: s.ExperimentalGroupUnreadChannels,
    ExtendSessionLengthWithActivity: bool(s.ExtendSessionLengthWithActivity),
    ExperimentalEnablePostMetadata: 'true',
    ExperimentalEnableAuthenticationTransfer: 'true',
    DisableAppBar: bool(x.DisableAppBar),
    DisableRefetchingOnBrowserFocus: bool(x.DisableRefetchingOnBrowserFocus),
    DelayChannelAutocomplete: bool(x.DelayChannelAutocomplete),
    CWSMock: 'false',
    UpgradedFromTE: 'false',
  };
}

/** Full-config settings only a licence unlocks, as an unlicensed server reports them. */
function unlicensedFullProps(): Props {
  return {
    LdapNicknameAttributeSet: 'false',
    LdapFirstNameAttributeSet: 'false',
    LdapLastNameAttributeSet: 'false',
    LdapPictureAttributeSet: 'false',
    LdapPositionAttributeSet: 'false',
    SamlFirstNameAttributeSet: 'false',
    SamlLastNameAttributeSet: 'false',
    SamlNicknameAttributeSet: 'false',
    SamlPositionAttributeSet: 'false',
    EnableCompliance: 'false',
    EnableCluster: 'false',
    EnableMetrics: 'false',
    EnableBanner: 'false',
    BannerText: '',
    BannerColor: '',
    BannerTextColor: '',
    AllowBannerDismissal: 'false',
    EnableThemeSelection: 'true',
    DefaultTheme: '',
    AllowCustomThemes: 'true',
    AllowedThemes: '',
    DataRetentionEnableMessageDeletion: 'false',
    DataRetentionMessageRetentionDays: '0',
    DataRetentionEnableFileDeletion: 'false',
    DataRetentionFileRetentionDays: '0',
    DataRetentionEnableBoardsDeletion: 'false',
    DataRetentionBoardsRetentionDays: '0',
    ExperimentalSharedChannels: 'false',
    EnableCustomGroups: 'false',
  };
}
