import type {
  AnalyticsSettings,
  CacheSettings,
  CloudSettings,
  ClusterSettings,
  ConnectedWorkspacesSettings,
  ExperimentalAuditSettings,
  ExperimentalSettings,
  ExportSettings,
  ImageProxySettings,
  ImportSettings,
  JobSettings,
  LogSettings,
  MetricsSettings,
  NotificationLogSettings,
  RateLimitSettings,
  SqlSettings,
  WranglerSettings,
} from './types';

/** Defaults of the sections about running the server (database, logs, limits, cluster). */
export function sqlDefaults(): SqlSettings {
  return {
    DriverName: 'postgres',
    DataSource: '',
    DataSourceReplicas: [],
    DataSourceSearchReplicas: [],
    MaxIdleConns: 20,
    ConnMaxLifetimeMilliseconds: 3600000,
    ConnMaxIdleTimeMilliseconds: 300000,
    MaxOpenConns: 300,
    Trace: false,
    AtRestEncryptKey: '',
    QueryTimeout: 30,
    DisableDatabaseSearch: false,
    MigrationsStatementTimeoutSeconds: 100000,
    ReplicaLagSettings: [],
    ReplicaMonitorIntervalSeconds: 5,
  };
}

export function logDefaults(): LogSettings {
  return {
    EnableConsole: true,
    ConsoleLevel: 'DEBUG',
    ConsoleJson: true,
    EnableColor: false,
    EnableFile: true,
    FileLevel: 'INFO',
    FileJson: true,
    FileLocation: '',
    EnableWebhookDebugging: true,
    EnableDiagnostics: true,
    VerboseDiagnostics: false,
    EnableSentry: true,
    AdvancedLoggingJSON: {},
    MaxFieldSize: 2048,
  };
}

export function auditDefaults(): ExperimentalAuditSettings {
  return {
    FileEnabled: false,
    FileName: '',
    FileMaxSizeMB: 100,
    FileMaxAgeDays: 0,
    FileMaxBackups: 0,
    FileCompress: false,
    FileMaxQueueSize: 1000,
    AdvancedLoggingJSON: {},
    Certificate: '',
  };
}

export function notificationLogDefaults(): NotificationLogSettings {
  return {
    EnableConsole: true,
    ConsoleLevel: 'DEBUG',
    ConsoleJson: true,
    EnableColor: false,
    EnableFile: true,
    FileLevel: 'INFO',
    FileJson: true,
    FileLocation: '',
    AdvancedLoggingJSON: {},
  };
}

export function rateLimitDefaults(): RateLimitSettings {
  return { Enable: false, PerSec: 10, MaxBurst: 100, MemoryStoreSize: 10000, VaryByRemoteAddr: true, VaryByUser: false, VaryByHeader: '' };
}

export function cacheDefaults(): CacheSettings {
  return { CacheType: 'lru', RedisAddress: '', RedisPassword: '', RedisDB: -1, DisableClientCache: false };
}

export function clusterDefaults(): ClusterSettings {
  return {
    Enable: false,
    ClusterName: '',
    OverrideHostname: '',
    NetworkInterface: '',
    BindAddress: '',
    AdvertiseAddress: '',
    UseIPAddress: true,
    EnableGossipCompression: true,
    EnableExperimentalGossipEncryption: false,
    ReadOnlyConfig: true,
    GossipPort: 8074,
  };
}

export function metricsDefaults(): MetricsSettings {
  return { Enable: false, BlockProfileRate: 0, ListenAddress: ':8067', EnableClientMetrics: true, EnableNotificationMetrics: true };
}

export function experimentalDefaults(): ExperimentalSettings {
  return {
    ClientSideCertEnable: false,
    ClientSideCertCheck: 'secondary',
    LinkMetadataTimeoutMilliseconds: 5000,
    RestrictSystemAdmin: false,
    DisableAppBar: false,
    DisableRefetchingOnBrowserFocus: false,
    DelayChannelAutocomplete: false,
    DisableWakeUpReconnectHandler: false,
    UsersStatusAndProfileFetchingPollIntervalMilliseconds: 3000,
    YoutubeReferrerPolicy: false,
  };
}

export function analyticsDefaults(): AnalyticsSettings {
  return { MaxUsersForStatistics: 2500 };
}

export function jobDefaults(): JobSettings {
  return { RunJobs: true, RunScheduler: true, CleanupJobsThresholdDays: -1, CleanupConfigThresholdDays: -1 };
}

export function imageProxyDefaults(): ImageProxySettings {
  return { Enable: false, ImageProxyType: 'local', RemoteImageProxyURL: '', RemoteImageProxyOptions: '' };
}

export function cloudDefaults(): CloudSettings {
  return {
    CWSURL: 'https://customers.mattermost.com',
    CWSAPIURL: 'https://portal.internal.prod.cloud.mattermost.com',
    CWSMock: false,
    Disable: false,
  };
}

export function importDefaults(): ImportSettings {
  return { Directory: './import', RetentionDays: 30 };
}

export function exportDefaults(): ExportSettings {
  return { Directory: './export', RetentionDays: 30 };
}

export function wranglerDefaults(): WranglerSettings {
  return {
    PermittedWranglerRoles: [],
    AllowedEmailDomain: [],
    MoveThreadMaxCount: 100,
    MoveThreadToAnotherTeamEnable: false,
    MoveThreadFromPrivateChannelEnable: false,
    MoveThreadFromDirectMessageChannelEnable: false,
    MoveThreadFromGroupMessageChannelEnable: false,
  };
}

export function connectedWorkspacesDefaults(): ConnectedWorkspacesSettings {
  return { EnableSharedChannels: false, EnableRemoteClusterService: false, DisableSharedChannelsStatusSync: false };
}
