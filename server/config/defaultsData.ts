import type {
  BleveSettings,
  ComplianceSettings,
  DataRetentionSettings,
  ElasticsearchSettings,
  MessageExportSettings,
  PluginSettings,
} from './types';

/** Defaults of the sections about search, retention, export and plugins. */
export function elasticsearchDefaults(): ElasticsearchSettings {
  return {
    ConnectionURL: 'http://localhost:9200',
    Backend: 'elasticsearch',
    Username: 'elastic',
    Password: 'changeme',
    EnableIndexing: false,
    EnableSearching: false,
    EnableAutocomplete: false,
    Sniff: true,
    PostIndexReplicas: 1,
    PostIndexShards: 1,
    ChannelIndexReplicas: 1,
    ChannelIndexShards: 1,
    UserIndexReplicas: 1,
    UserIndexShards: 1,
    AggregatePostsAfterDays: 365,
    PostsAggregatorJobStartTime: '03:00',
    IndexPrefix: '',
    LiveIndexingBatchSize: 10,
    BatchSize: 10000,
    RequestTimeoutSeconds: 30,
    SkipTLSVerification: false,
    CA: '',
    ClientCert: '',
    ClientKey: '',
    Trace: '',
    IgnoredPurgeIndexes: '',
  };
}

export function bleveDefaults(): BleveSettings {
  return { IndexDir: '', EnableIndexing: false, EnableSearching: false, EnableAutocomplete: false, BatchSize: 10000 };
}

export function dataRetentionDefaults(): DataRetentionSettings {
  return {
    EnableMessageDeletion: false,
    EnableFileDeletion: false,
    EnableBoardsDeletion: false,
    MessageRetentionDays: 365,
    MessageRetentionHours: 0,
    FileRetentionDays: 365,
    FileRetentionHours: 0,
    BoardsRetentionDays: 365,
    DeletionJobStartTime: '02:00',
    BatchSize: 3000,
    TimeBetweenBatchesMilliseconds: 100,
    RetentionIdsBatchSize: 100,
  };
}

export function messageExportDefaults(): MessageExportSettings {
  return {
    EnableExport: false,
    ExportFormat: 'actiance',
    DailyRunTime: '01:00',
    ExportFromTimestamp: 0,
    BatchSize: 10000,
    DownloadExportResults: false,
    GlobalRelaySettings: {
      CustomerType: 'A9',
      SMTPUsername: '',
      SMTPPassword: '',
      EmailAddress: '',
      SMTPServerTimeout: 1800,
      CustomSMTPServerName: '',
      CustomSMTPPort: '25',
    },
  };
}

export function complianceDefaults(): ComplianceSettings {
  return { Enable: false, Directory: './data/', EnableDaily: false, BatchSize: 30000 };
}

export function pluginDefaults(): PluginSettings {
  return {
    Enable: true,
    EnableUploads: false,
    AllowInsecureDownloadURL: false,
    EnableHealthCheck: true,
    Directory: './plugins',
    ClientDirectory: './client/plugins',
    Plugins: {},
    PluginStates: {},
    EnableMarketplace: true,
    EnableRemoteMarketplace: true,
    AutomaticPrepackagedPlugins: true,
    RequirePluginSignature: false,
    MarketplaceURL: 'https://api.integrations.mattermost.com',
    SignaturePublicKeyFiles: [],
    ChimeraOAuthProxyURL: '',
  };
}
