import type { MattermostConfig } from './types';
import { isClockTime, isHttpUrl, isListenAddress, isUrlScheme, isWebsocketUrl } from './validateFormats';

/** One of Mattermost's Config.IsValid checks: `invalid` says whether `field` fails it. */
export interface ConfigRule {
  id: string;
  field: string;
  invalid: (config: MattermostConfig) => boolean;
}

type Check = (config: MattermostConfig) => boolean;

const rule = (field: string, key: string, invalid: Check): ConfigRule => ({ id: `model.config.is_valid.${key}.app_error`, field, invalid });
/** LDAP ids carry no `.app_error` suffix in Mattermost. */
const bareRule = (field: string, key: string, invalid: Check): ConfigRule => ({ id: `model.config.is_valid.${key}`, field, invalid });

const COLLAPSED_THREADS = ['disabled', 'default_on', 'default_off', 'always_on'];
const GROUP_UNREAD = ['disabled', 'default_on', 'default_off'];
const TEAMMATE_NAME_DISPLAY = ['username', 'nickname_full_name', 'full_name'];
const EMAIL_SECURITY = ['', 'TLS', 'STARTTLS', 'PLAIN'];
const SITE_NAME_MAX = 30;

export const crossSectionRules: ConfigRule[] = [
  rule('EmailSettings.EnableEmailBatching', 'site_url_email_batching', (c) => c.ServiceSettings.SiteURL === '' && c.EmailSettings.EnableEmailBatching),
  rule('EmailSettings.EnableEmailBatching', 'cluster_email_batching', (c) => c.ClusterSettings.Enable && c.EmailSettings.EnableEmailBatching),
  rule('CacheSettings.CacheType', 'cache_type', (c) => !['lru', 'redis'].includes(c.CacheSettings.CacheType)),
  rule('CacheSettings.RedisAddress', 'empty_redis_address', (c) => c.CacheSettings.CacheType === 'redis' && c.CacheSettings.RedisAddress === ''),
  rule('CacheSettings.RedisDB', 'invalid_redis_db', (c) => c.CacheSettings.CacheType === 'redis' && c.CacheSettings.RedisDB < 0),
  rule('ServiceSettings.AllowCookiesForSubdomains', 'allow_cookies_for_subdomains', (c) => c.ServiceSettings.SiteURL === '' && c.ServiceSettings.AllowCookiesForSubdomains),
];

export const teamRules: ConfigRule[] = [
  rule('TeamSettings.MaxUsersPerTeam', 'max_users', (c) => c.TeamSettings.MaxUsersPerTeam <= 0),
  rule('TeamSettings.MaxChannelsPerTeam', 'max_channels', (c) => c.TeamSettings.MaxChannelsPerTeam <= 0),
  rule('TeamSettings.UserStatusAwayTimeout', 'user_status_away_timeout', (c) => c.TeamSettings.UserStatusAwayTimeout <= 0),
  rule('TeamSettings.MaxNotificationsPerChannel', 'max_notify_per_channel', (c) => c.TeamSettings.MaxNotificationsPerChannel <= 0),
  rule('TeamSettings.RestrictDirectMessage', 'restrict_direct_message', (c) => !['any', 'team'].includes(c.TeamSettings.RestrictDirectMessage)),
  rule('TeamSettings.TeammateNameDisplay', 'teammate_name_display', (c) => !TEAMMATE_NAME_DISPLAY.includes(c.TeamSettings.TeammateNameDisplay)),
  rule('TeamSettings.SiteName', 'sitename_length', (c) => c.TeamSettings.SiteName.length > SITE_NAME_MAX),
  rule('ExperimentalSettings.LinkMetadataTimeoutMilliseconds', 'link_metadata_timeout', (c) => c.ExperimentalSettings.LinkMetadataTimeoutMilliseconds <= 0),
];

export const storageRules: ConfigRule[] = [
  rule('SqlSettings.AtRestEncryptKey', 'encrypt_sql', (c) => c.SqlSettings.AtRestEncryptKey !== '' && c.SqlSettings.AtRestEncryptKey.length < 32),
  rule('SqlSettings.DriverName', 'sql_driver', (c) => !['postgres', 'mysql'].includes(c.SqlSettings.DriverName)),
  rule('SqlSettings.MaxIdleConns', 'sql_idle', (c) => c.SqlSettings.MaxIdleConns <= 0),
  rule('SqlSettings.ConnMaxLifetimeMilliseconds', 'sql_conn_max_lifetime_milliseconds', (c) => c.SqlSettings.ConnMaxLifetimeMilliseconds < 0),
  rule('SqlSettings.ConnMaxIdleTimeMilliseconds', 'sql_conn_max_idle_time_milliseconds', (c) => c.SqlSettings.ConnMaxIdleTimeMilliseconds < 0),
  rule('SqlSettings.QueryTimeout', 'sql_query_timeout', (c) => c.SqlSettings.QueryTimeout <= 0),
  rule('SqlSettings.MaxOpenConns', 'sql_max_conn', (c) => c.SqlSettings.MaxOpenConns <= 0),
  rule('FileSettings.MaxFileSize', 'max_file_size', (c) => c.FileSettings.MaxFileSize <= 0),
  rule('FileSettings.DriverName', 'file_driver', (c) => !['local', 'amazons3'].includes(c.FileSettings.DriverName)),
  rule('FileSettings.PublicLinkSalt', 'file_salt', (c) => c.FileSettings.PublicLinkSalt !== '' && c.FileSettings.PublicLinkSalt.length < 32),
  rule('FileSettings.Directory', 'directory', (c) => c.FileSettings.Directory === ''),
  rule('FileSettings.MaxImageDecoderConcurrency', 'image_decoder_concurrency', (c) => c.FileSettings.MaxImageDecoderConcurrency < -1 || c.FileSettings.MaxImageDecoderConcurrency === 0),
  rule('FileSettings.AmazonS3RequestTimeoutMilliseconds', 'amazons3_timeout', (c) => c.FileSettings.AmazonS3RequestTimeoutMilliseconds <= 0),
];

export const emailRules: ConfigRule[] = [
  rule('EmailSettings.ConnectionSecurity', 'email_security', (c) => !EMAIL_SECURITY.includes(c.EmailSettings.ConnectionSecurity)),
  rule('EmailSettings.EmailBatchingBufferSize', 'email_batching_buffer_size', (c) => c.EmailSettings.EmailBatchingBufferSize <= 0),
  rule('EmailSettings.EmailBatchingInterval', 'email_batching_interval', (c) => c.EmailSettings.EmailBatchingInterval < 30),
  rule('EmailSettings.EmailNotificationContentsType', 'email_notification_contents_type', (c) => !['full', 'generic'].includes(c.EmailSettings.EmailNotificationContentsType)),
];

const ldapOn = (c: MattermostConfig) => c.LdapSettings.Enable;
const samlOn = (c: MattermostConfig) => c.SamlSettings.Enable;

export const directoryRules: ConfigRule[] = [
  rule('LdapSettings.ConnectionSecurity', 'ldap_security', (c) => !['', 'TLS', 'STARTTLS'].includes(c.LdapSettings.ConnectionSecurity)),
  rule('LdapSettings.SyncIntervalMinutes', 'ldap_sync_interval', (c) => c.LdapSettings.SyncIntervalMinutes <= 0),
  rule('LdapSettings.MaxPageSize', 'ldap_max_page_size', (c) => c.LdapSettings.MaxPageSize < 0),
  bareRule('LdapSettings.LdapServer', 'ldap_server', (c) => ldapOn(c) && c.LdapSettings.LdapServer === ''),
  bareRule('LdapSettings.BaseDN', 'ldap_basedn', (c) => ldapOn(c) && c.LdapSettings.BaseDN === ''),
  bareRule('LdapSettings.EmailAttribute', 'ldap_email', (c) => ldapOn(c) && c.LdapSettings.EmailAttribute === ''),
  bareRule('LdapSettings.UsernameAttribute', 'ldap_username', (c) => ldapOn(c) && c.LdapSettings.UsernameAttribute === ''),
  bareRule('LdapSettings.IdAttribute', 'ldap_id', (c) => ldapOn(c) && c.LdapSettings.IdAttribute === ''),
  bareRule('LdapSettings.LoginIdAttribute', 'ldap_login_id', (c) => ldapOn(c) && c.LdapSettings.LoginIdAttribute === ''),
  rule('SamlSettings.IdpURL', 'saml_idp_url', (c) => samlOn(c) && !isHttpUrl(c.SamlSettings.IdpURL)),
  rule('SamlSettings.IdpDescriptorURL', 'saml_idp_descriptor_url', (c) => samlOn(c) && c.SamlSettings.IdpDescriptorURL === ''),
  rule('SamlSettings.IdpCertificateFile', 'saml_idp_cert', (c) => samlOn(c) && c.SamlSettings.IdpCertificateFile === ''),
  rule('SamlSettings.EmailAttribute', 'saml_email_attribute', (c) => samlOn(c) && c.SamlSettings.EmailAttribute === ''),
  rule('SamlSettings.UsernameAttribute', 'saml_username_attribute', (c) => samlOn(c) && c.SamlSettings.UsernameAttribute === ''),
  rule('SamlSettings.ServiceProviderIdentifier', 'saml_spidentifier_attribute', (c) => samlOn(c) && c.SamlSettings.ServiceProviderIdentifier === ''),
];

export const passwordAndRateRules: ConfigRule[] = [
  rule('PasswordSettings.MinimumLength', 'password_length', (c) => c.PasswordSettings.MinimumLength < 5 || c.PasswordSettings.MinimumLength > 72),
  rule('RateLimitSettings.MemoryStoreSize', 'rate_mem', (c) => c.RateLimitSettings.Enable && c.RateLimitSettings.MemoryStoreSize <= 0),
  rule('RateLimitSettings.PerSec', 'rate_sec', (c) => c.RateLimitSettings.Enable && c.RateLimitSettings.PerSec <= 0),
  rule('RateLimitSettings.MaxBurst', 'max_burst', (c) => c.RateLimitSettings.Enable && c.RateLimitSettings.MaxBurst <= 0),
];

const tlsWithoutFile = (c: MattermostConfig, file: string) =>
  c.ServiceSettings.ConnectionSecurity === 'TLS' && !c.ServiceSettings.UseLetsEncrypt && file === '';

export const serviceRules: ConfigRule[] = [
  rule('ServiceSettings.ConnectionSecurity', 'webserver_security', (c) => !['', 'TLS'].includes(c.ServiceSettings.ConnectionSecurity)),
  rule('ServiceSettings.TLSCertFile', 'tls_cert_file_missing', (c) => tlsWithoutFile(c, c.ServiceSettings.TLSCertFile)),
  rule('ServiceSettings.TLSKeyFile', 'tls_key_file_missing', (c) => tlsWithoutFile(c, c.ServiceSettings.TLSKeyFile)),
  rule('ServiceSettings.MaximumPayloadSizeBytes', 'max_payload_size', (c) => c.ServiceSettings.MaximumPayloadSizeBytes <= 0),
  rule('ServiceSettings.MaximumURLLength', 'max_url_length', (c) => c.ServiceSettings.MaximumURLLength <= 0),
  rule('ServiceSettings.ReadTimeout', 'read_timeout', (c) => c.ServiceSettings.ReadTimeout <= 0),
  rule('ServiceSettings.WriteTimeout', 'write_timeout', (c) => c.ServiceSettings.WriteTimeout <= 0),
  rule('ServiceSettings.TimeBetweenUserTypingUpdatesMilliseconds', 'time_between_user_typing', (c) => c.ServiceSettings.TimeBetweenUserTypingUpdatesMilliseconds < 1000),
  rule('ServiceSettings.MaximumLoginAttempts', 'login_attempts', (c) => c.ServiceSettings.MaximumLoginAttempts <= 0),
  rule('ServiceSettings.SessionLengthWebInHours', 'session_length', (c) => c.ServiceSettings.SessionLengthWebInHours <= 0),
  rule('ServiceSettings.SessionLengthMobileInHours', 'session_length', (c) => c.ServiceSettings.SessionLengthMobileInHours <= 0),
  rule('ServiceSettings.SessionLengthSSOInHours', 'session_length', (c) => c.ServiceSettings.SessionLengthSSOInHours <= 0),
  rule('ServiceSettings.SiteURL', 'site_url', (c) => c.ServiceSettings.SiteURL !== '' && !isHttpUrl(c.ServiceSettings.SiteURL)),
  rule('ServiceSettings.WebsocketURL', 'websocket_url', (c) => c.ServiceSettings.WebsocketURL !== '' && !isWebsocketUrl(c.ServiceSettings.WebsocketURL)),
  rule('ServiceSettings.ListenAddress', 'listen_address', (c) => !isListenAddress(c.ServiceSettings.ListenAddress)),
  rule('ServiceSettings.OutgoingIntegrationRequestsTimeout', 'outgoing_integrations_request_timeout', (c) => c.ServiceSettings.OutgoingIntegrationRequestsTimeout <= 0),
  rule('ServiceSettings.ExperimentalGroupUnreadChannels', 'group_unread_channels', (c) => !GROUP_UNREAD.includes(c.ServiceSettings.ExperimentalGroupUnreadChannels)),
  rule('ServiceSettings.ThreadAutoFollow', 'collapsed_threads.autofollow', (c) => c.ServiceSettings.CollapsedThreads !== 'disabled' && !c.ServiceSettings.ThreadAutoFollow),
  rule('ServiceSettings.CollapsedThreads', 'collapsed_threads', (c) => !COLLAPSED_THREADS.includes(c.ServiceSettings.CollapsedThreads)),
  rule('ServiceSettings.PersistentNotificationIntervalMinutes', 'persistent_notifications_interval', (c) => c.ServiceSettings.PersistentNotificationIntervalMinutes < 2),
  rule('ServiceSettings.PersistentNotificationMaxCount', 'persistent_notifications_count', (c) => c.ServiceSettings.PersistentNotificationMaxCount <= 0),
  rule('ServiceSettings.PersistentNotificationMaxRecipients', 'persistent_notifications_recipients', (c) => c.ServiceSettings.PersistentNotificationMaxRecipients <= 0),
];

const es = (c: MattermostConfig) => c.ElasticsearchSettings;

export const searchRules: ConfigRule[] = [
  rule('ElasticsearchSettings.ConnectionURL', 'elastic_search.connection_url', (c) => es(c).EnableIndexing && es(c).ConnectionURL === ''),
  rule('ElasticsearchSettings.EnableSearching', 'elastic_search.enable_searching', (c) => es(c).EnableSearching && !es(c).EnableIndexing),
  rule('ElasticsearchSettings.EnableAutocomplete', 'elastic_search.enable_autocomplete', (c) => es(c).EnableAutocomplete && !es(c).EnableIndexing),
  rule('ElasticsearchSettings.AggregatePostsAfterDays', 'elastic_search.aggregate_posts_after_days', (c) => es(c).AggregatePostsAfterDays < 1),
  rule('ElasticsearchSettings.PostsAggregatorJobStartTime', 'elastic_search.posts_aggregator_job_start_time', (c) => !isClockTime(es(c).PostsAggregatorJobStartTime)),
  rule('ElasticsearchSettings.LiveIndexingBatchSize', 'elastic_search.live_indexing_batch_size', (c) => es(c).LiveIndexingBatchSize < 1),
  rule('ElasticsearchSettings.BatchSize', 'elastic_search.bulk_indexing_batch_size', (c) => es(c).BatchSize < 1),
  rule('ElasticsearchSettings.RequestTimeoutSeconds', 'elastic_search.request_timeout_seconds', (c) => es(c).RequestTimeoutSeconds < 1),
  rule('ElasticsearchSettings.Backend', 'elastic_search.invalid_backend', (c) => !['elasticsearch', 'opensearch'].includes(es(c).Backend)),
  rule('BleveSettings.IndexDir', 'bleve_search.filename', (c) => c.BleveSettings.EnableIndexing && c.BleveSettings.IndexDir === ''),
  rule('BleveSettings.EnableSearching', 'bleve_search.enable_searching', (c) => !c.BleveSettings.EnableIndexing && c.BleveSettings.EnableSearching),
  rule('BleveSettings.EnableAutocomplete', 'bleve_search.enable_autocomplete', (c) => !c.BleveSettings.EnableIndexing && c.BleveSettings.EnableAutocomplete),
  rule('BleveSettings.BatchSize', 'bleve_search.bulk_indexing_batch_size', (c) => c.BleveSettings.BatchSize < 1),
];

const dr = (c: MattermostConfig) => c.DataRetentionSettings;
const mx = (c: MattermostConfig) => c.MessageExportSettings;

export const complianceRules: ConfigRule[] = [
  rule('DataRetentionSettings.MessageRetentionDays', 'data_retention.message_retention_days_too_low', (c) => dr(c).MessageRetentionDays < 0),
  rule('DataRetentionSettings.MessageRetentionHours', 'data_retention.message_retention_hours_too_low', (c) => dr(c).MessageRetentionHours < 0),
  rule('DataRetentionSettings.FileRetentionDays', 'data_retention.file_retention_days_too_low', (c) => dr(c).FileRetentionDays < 0),
  rule('DataRetentionSettings.FileRetentionHours', 'data_retention.file_retention_hours_too_low', (c) => dr(c).FileRetentionHours < 0),
  rule('DataRetentionSettings.MessageRetentionHours', 'data_retention.message_retention_misconfiguration', (c) => dr(c).MessageRetentionDays > 0 && dr(c).MessageRetentionHours > 0),
  rule('DataRetentionSettings.FileRetentionHours', 'data_retention.file_retention_misconfiguration', (c) => dr(c).FileRetentionDays > 0 && dr(c).FileRetentionHours > 0),
  rule('DataRetentionSettings.MessageRetentionDays', 'data_retention.message_retention_both_zero', (c) => dr(c).MessageRetentionDays === 0 && dr(c).MessageRetentionHours === 0),
  rule('DataRetentionSettings.FileRetentionDays', 'data_retention.file_retention_both_zero', (c) => dr(c).FileRetentionDays === 0 && dr(c).FileRetentionHours === 0),
  rule('DataRetentionSettings.DeletionJobStartTime', 'data_retention.deletion_job_start_time', (c) => !isClockTime(dr(c).DeletionJobStartTime)),
  rule('LocalizationSettings.AvailableLocales', 'localization.available_locales', (c) => {
    const s = c.LocalizationSettings;
    return s.AvailableLocales !== '' && !s.AvailableLocales.includes(s.DefaultClientLocale);
  }),
  rule('MessageExportSettings.ExportFromTimestamp', 'message_export.export_from', (c) => mx(c).EnableExport && (mx(c).ExportFromTimestamp < 0 || mx(c).ExportFromTimestamp > Date.now())),
  rule('MessageExportSettings.DailyRunTime', 'message_export.daily_runtime', (c) => mx(c).EnableExport && !isClockTime(mx(c).DailyRunTime)),
  rule('MessageExportSettings.BatchSize', 'message_export.batch_size', (c) => mx(c).EnableExport && mx(c).BatchSize < 0),
  rule('MessageExportSettings.ExportFormat', 'message_export.export_type', (c) => mx(c).EnableExport && !['actiance', 'globalrelay', 'csv'].includes(mx(c).ExportFormat)),
];

export const siteRules: ConfigRule[] = [
  rule('DisplaySettings.CustomURLSchemes', 'display.custom_url_schemes', (c) => !c.DisplaySettings.CustomURLSchemes.every(isUrlScheme)),
  rule('ImageProxySettings.ImageProxyType', 'image_proxy_type', (c) => c.ImageProxySettings.Enable && !['local', 'atmos/camo'].includes(c.ImageProxySettings.ImageProxyType)),
  rule('ImageProxySettings.RemoteImageProxyURL', 'atmos_camo_image_proxy_url', (c) => isCamo(c) && c.ImageProxySettings.RemoteImageProxyURL === ''),
  rule('ImageProxySettings.RemoteImageProxyOptions', 'atmos_camo_image_proxy_options', (c) => isCamo(c) && c.ImageProxySettings.RemoteImageProxyOptions === ''),
  rule('ImportSettings.Directory', 'import.directory', (c) => c.ImportSettings.Directory === ''),
  rule('ImportSettings.RetentionDays', 'import.retention_days_too_low', (c) => c.ImportSettings.RetentionDays <= 0),
];

function isCamo(c: MattermostConfig): boolean {
  return c.ImageProxySettings.Enable && c.ImageProxySettings.ImageProxyType === 'atmos/camo';
}
