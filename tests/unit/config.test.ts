import { describe, expect, it } from 'vitest';
import {
  FAKE_SETTING,
  applyEnvOverrides,
  clientConfig,
  clientLicense,
  defaultConfig,
  mergeWithDefaults,
  patchConfig,
  restoreFakeSettings,
  sanitizeConfig,
  validateConfig,
  type ClientConfigOptions,
  type MattermostConfig,
} from '../../server/config';

const clientOpts = (over: Partial<ClientConfigOptions> = {}): ClientConfigOptions => ({
  loggedIn: false,
  version: '10.5.0',
  buildNumber: '42',
  buildHash: 'abc',
  buildDate: 'today',
  siteURL: 'https://chat.example.com/',
  diagnosticId: 'diag-id',
  noAccounts: false,
  ...over,
});

function withChange(change: (c: MattermostConfig) => void): MattermostConfig {
  const config = defaultConfig();
  change(config);
  return config;
}

describe('defaultConfig', () => {
  it("has Mattermost's defaults", () => {
    const c = defaultConfig();
    expect(c.ServiceSettings.SiteURL).toBe('');
    expect(c.ServiceSettings.ListenAddress).toBe(':8065');
    expect(c.ServiceSettings.SessionLengthWebInHours).toBe(720);
    expect(c.ServiceSettings.MaximumPayloadSizeBytes).toBe(300000);
    expect(c.ServiceSettings.CollapsedThreads).toBe('always_on');
    expect(c.ServiceSettings.PostEditTimeLimit).toBe(-1);
    expect(c.TeamSettings.SiteName).toBe('Mattermost');
    expect(c.TeamSettings.MaxUsersPerTeam).toBe(50);
    expect(c.TeamSettings.EnableOpenServer).toBe(false);
    expect(c.TeamSettings.ExperimentalDefaultChannels).toEqual([]);
    expect(c.PasswordSettings).toEqual({ MinimumLength: 8, Lowercase: false, Number: false, Uppercase: false, Symbol: false, EnableForgotLink: true });
    expect(c.FileSettings.MaxFileSize).toBe(104857600);
    expect(c.FileSettings.AmazonS3Endpoint).toBe('s3.amazonaws.com');
    expect(c.EmailSettings.SMTPPort).toBe('10025');
    expect(c.RateLimitSettings).toEqual({ Enable: false, PerSec: 10, MaxBurst: 100, MemoryStoreSize: 10000, VaryByRemoteAddr: true, VaryByUser: false, VaryByHeader: '' });
    expect(c.PrivacySettings).toEqual({ ShowEmailAddress: true, ShowFullName: true });
    expect(c.SqlSettings.DriverName).toBe('postgres');
    expect(c.LocalizationSettings.DefaultClientLocale).toBe('en');
    expect(c.GuestAccountsSettings.AllowEmailAccounts).toBe(true);
  });

  it('returns a fresh object on every call', () => {
    const a = defaultConfig();
    a.TeamSettings.SiteName = 'changed';
    a.TeamSettings.ExperimentalDefaultChannels.push('town-square');
    const b = defaultConfig();
    expect(b.TeamSettings.SiteName).toBe('Mattermost');
    expect(b.TeamSettings.ExperimentalDefaultChannels).toEqual([]);
  });
});

describe('applyEnvOverrides', () => {
  it('parses values to the type of each setting and lists the overridden paths', () => {
    const base = defaultConfig();
    const { config, overridden } = applyEnvOverrides(base, {
      MM_SERVICESETTINGS_SITEURL: 'https://chat.example.com',
      MM_TEAMSETTINGS_ENABLEOPENSERVER: 'true',
      MM_RATELIMITSETTINGS_PERSEC: '1',
      MM_TEAMSETTINGS_EXPERIMENTALDEFAULTCHANNELS: 'town-square off-topic',
      MM_MESSAGEEXPORTSETTINGS_GLOBALRELAYSETTINGS_SMTPPASSWORD: 'secret',
      MM_DATA_DIR: './data',
      PATH: '/usr/bin',
      MM_UNSET: undefined,
    });
    expect(config.ServiceSettings.SiteURL).toBe('https://chat.example.com');
    expect(config.TeamSettings.EnableOpenServer).toBe(true);
    expect(config.RateLimitSettings.PerSec).toBe(1);
    expect(config.TeamSettings.ExperimentalDefaultChannels).toEqual(['town-square', 'off-topic']);
    expect(config.MessageExportSettings.GlobalRelaySettings.SMTPPassword).toBe('secret');
    expect(overridden).toEqual([
      'MessageExportSettings.GlobalRelaySettings.SMTPPassword',
      'RateLimitSettings.PerSec',
      'ServiceSettings.SiteURL',
      'TeamSettings.EnableOpenServer',
      'TeamSettings.ExperimentalDefaultChannels',
    ]);
  });

  it('does not change its input', () => {
    const base = defaultConfig();
    applyEnvOverrides(base, { MM_TEAMSETTINGS_SITENAME: 'Env', MM_TEAMSETTINGS_EXPERIMENTALDEFAULTCHANNELS: 'a b' });
    expect(base).toEqual(defaultConfig());
  });

  it('ignores values that do not parse and names that match nothing', () => {
    const { config, overridden } = applyEnvOverrides(defaultConfig(), {
      MM_TEAMSETTINGS_ENABLEOPENSERVER: 'yes',
      MM_RATELIMITSETTINGS_PERSEC: 'ten',
      MM_FILESETTINGS_MAXFILESIZE: '1.5',
      MM_TEAMSETTINGS: 'x',
      MM_TEAMSETTINGS_NOSUCHKEY: '1',
      MM_SERVICESETTINGS_SITEURL_EXTRA: 'https://x.example.com',
    });
    expect(config).toEqual(defaultConfig());
    expect(overridden).toEqual([]);
  });
});

describe('mergeWithDefaults and patchConfig', () => {
  it('completes a partial config, ignoring unknown keys and wrong types', () => {
    const merged = mergeWithDefaults({
      TeamSettings: { SiteName: 'Stored', MaxUsersPerTeam: '100', Bogus: 1 },
      ServiceSettings: { EnableDeveloper: 'true', SessionCacheInMinutes: 5, SiteURL: null },
      FileSettings: { MaxFileSize: 1.5 },
      UnknownSettings: { A: 1 },
      PluginSettings: { Plugins: { 'com.example': { key: 'value' } } },
    });
    expect(merged.TeamSettings.SiteName).toBe('Stored');
    expect(merged.TeamSettings.MaxUsersPerTeam).toBe(50);
    expect(merged.TeamSettings).not.toHaveProperty('Bogus');
    expect(merged.ServiceSettings.EnableDeveloper).toBe(false);
    expect(merged.ServiceSettings.SessionCacheInMinutes).toBe(5);
    expect(merged.ServiceSettings.SiteURL).toBe('');
    expect(merged.FileSettings.MaxFileSize).toBe(104857600);
    expect(merged).not.toHaveProperty('UnknownSettings');
    expect(merged.PluginSettings.Plugins).toEqual({ 'com.example': { key: 'value' } });
    expect(mergeWithDefaults(null)).toEqual(defaultConfig());
    expect(mergeWithDefaults({ TeamSettings: 'nope' }).TeamSettings).toEqual(defaultConfig().TeamSettings);
  });

  it('replaces arrays instead of merging them', () => {
    const base = mergeWithDefaults({ TeamSettings: { ExperimentalDefaultChannels: ['a', 'b'] } });
    expect(patchConfig(base, { TeamSettings: { ExperimentalDefaultChannels: ['c'] } }).TeamSettings.ExperimentalDefaultChannels).toEqual(['c']);
  });

  it('deep-merges a patch over the base without changing either', () => {
    const base = mergeWithDefaults({ TeamSettings: { SiteName: 'Base' }, EmailSettings: { SMTPPassword: 'pw' } });
    const snapshot = structuredClone(base);
    const patch = { TeamSettings: { EnableOpenServer: true, MaxUsersPerTeam: 'x' }, RateLimitSettings: { PerSec: 3 } };
    const next = patchConfig(base, patch);
    expect(next.TeamSettings.SiteName).toBe('Base');
    expect(next.TeamSettings.EnableOpenServer).toBe(true);
    expect(next.TeamSettings.MaxUsersPerTeam).toBe(50);
    expect(next.RateLimitSettings.PerSec).toBe(3);
    expect(next.EmailSettings.SMTPPassword).toBe('pw');
    expect(base).toEqual(snapshot);
    expect(patch.TeamSettings.MaxUsersPerTeam).toBe('x');
    next.TeamSettings.ExperimentalDefaultChannels.push('shared?');
    expect(base.TeamSettings.ExperimentalDefaultChannels).toEqual([]);
  });
});

describe('sanitizeConfig and restoreFakeSettings', () => {
  const stored = mergeWithDefaults({
    SqlSettings: { DataSource: 'postgres://user:pw@db/mm', DataSourceReplicas: ['postgres://replica', ''] },
    EmailSettings: { SMTPPassword: 'smtp-secret' },
    GitLabSettings: { Secret: 'gitlab-secret' },
    FileSettings: { AmazonS3SecretAccessKey: '' },
  });

  it('masks only non-empty secrets, in a copy', () => {
    const clean = sanitizeConfig(stored);
    expect(FAKE_SETTING).toBe('*'.repeat(32));
    expect(clean.SqlSettings.DataSource).toBe(FAKE_SETTING);
    expect(clean.SqlSettings.DataSourceReplicas).toEqual([FAKE_SETTING, '']);
    expect(clean.EmailSettings.SMTPPassword).toBe(FAKE_SETTING);
    expect(clean.GitLabSettings.Secret).toBe(FAKE_SETTING);
    expect(clean.GoogleSettings.Secret).toBe('');
    expect(clean.FileSettings.AmazonS3SecretAccessKey).toBe('');
    expect(clean.SqlSettings.AtRestEncryptKey).toBe('');
    expect(clean.EmailSettings.SMTPUsername).toBe('');
    expect(clean.TeamSettings).toEqual(stored.TeamSettings);
    expect(stored.EmailSettings.SMTPPassword).toBe('smtp-secret');
  });

  it('restores masked values from the stored config, on full configs and patches', () => {
    const edited = sanitizeConfig(stored);
    edited.TeamSettings.SiteName = 'Edited';
    const restored = restoreFakeSettings(edited, stored);
    expect(restored.EmailSettings.SMTPPassword).toBe('smtp-secret');
    expect(restored.SqlSettings.DataSource).toBe('postgres://user:pw@db/mm');
    expect(restored.SqlSettings.DataSourceReplicas).toEqual(['postgres://replica', '']);
    expect(restored.TeamSettings.SiteName).toBe('Edited');
    expect(edited.EmailSettings.SMTPPassword).toBe(FAKE_SETTING);

    const patch = restoreFakeSettings({ GitLabSettings: { Secret: FAKE_SETTING, Id: 'new-id' }, EmailSettings: { SMTPPassword: 'new' } }, stored);
    expect(patch).toEqual({ GitLabSettings: { Secret: 'gitlab-secret', Id: 'new-id' }, EmailSettings: { SMTPPassword: 'new' } });
    expect(restoreFakeSettings({ TeamSettings: { Unknown: FAKE_SETTING } }, stored)).toEqual({ TeamSettings: {} });
  });
});

describe('validateConfig', () => {
  it('accepts the defaults', () => {
    expect(validateConfig(defaultConfig())).toBeNull();
    expect(validateConfig(mergeWithDefaults({ ServiceSettings: { SiteURL: 'https://chat.example.com', ListenAddress: '127.0.0.1:9000' } }))).toBeNull();
  });

  it.each([
    ['model.config.is_valid.max_file_size.app_error', 'FileSettings.MaxFileSize', (c: MattermostConfig) => (c.FileSettings.MaxFileSize = 0)],
    ['model.config.is_valid.password_length.app_error', 'PasswordSettings.MinimumLength', (c: MattermostConfig) => (c.PasswordSettings.MinimumLength = 4)],
    ['model.config.is_valid.password_length.app_error', 'PasswordSettings.MinimumLength', (c: MattermostConfig) => (c.PasswordSettings.MinimumLength = 73)],
    ['model.config.is_valid.max_users.app_error', 'TeamSettings.MaxUsersPerTeam', (c: MattermostConfig) => (c.TeamSettings.MaxUsersPerTeam = 0)],
    ['model.config.is_valid.site_url.app_error', 'ServiceSettings.SiteURL', (c: MattermostConfig) => (c.ServiceSettings.SiteURL = 'chat.example.com')],
    ['model.config.is_valid.login_attempts.app_error', 'ServiceSettings.MaximumLoginAttempts', (c: MattermostConfig) => (c.ServiceSettings.MaximumLoginAttempts = 0)],
    ['model.config.is_valid.session_length.app_error', 'ServiceSettings.SessionLengthWebInHours', (c: MattermostConfig) => (c.ServiceSettings.SessionLengthWebInHours = 0)],
    ['model.config.is_valid.max_payload_size.app_error', 'ServiceSettings.MaximumPayloadSizeBytes', (c: MattermostConfig) => (c.ServiceSettings.MaximumPayloadSizeBytes = -1)],
    ['model.config.is_valid.restrict_direct_message.app_error', 'TeamSettings.RestrictDirectMessage', (c: MattermostConfig) => (c.TeamSettings.RestrictDirectMessage = 'nobody')],
    ['model.config.is_valid.collapsed_threads.app_error', 'ServiceSettings.CollapsedThreads', (c: MattermostConfig) => (c.ServiceSettings.CollapsedThreads = 'sometimes')],
    ['model.config.is_valid.listen_address.app_error', 'ServiceSettings.ListenAddress', (c: MattermostConfig) => (c.ServiceSettings.ListenAddress = ':99999')],
  ])('reports %s for %s', (id, field, change) => {
    expect(validateConfig(withChange(change))).toEqual({ id, field });
  });

  it('checks rate limits only when enabled', () => {
    expect(validateConfig(withChange((c) => (c.RateLimitSettings.PerSec = 0)))).toBeNull();
    const enabled = withChange((c) => {
      c.RateLimitSettings.Enable = true;
      c.RateLimitSettings.PerSec = 0;
      c.RateLimitSettings.MaxBurst = 0;
    });
    expect(validateConfig(enabled)).toEqual({ id: 'model.config.is_valid.rate_sec.app_error', field: 'RateLimitSettings.PerSec' });
    enabled.RateLimitSettings.PerSec = 1;
    expect(validateConfig(enabled)?.id).toBe('model.config.is_valid.max_burst.app_error');
    enabled.RateLimitSettings.MemoryStoreSize = 0;
    expect(validateConfig(enabled)?.id).toBe('model.config.is_valid.rate_mem.app_error');
  });

  it('reports the first failure only', () => {
    const config = withChange((c) => {
      c.TeamSettings.MaxUsersPerTeam = 0;
      c.FileSettings.MaxFileSize = 0;
    });
    expect(validateConfig(config)?.field).toBe('TeamSettings.MaxUsersPerTeam');
  });
});

describe('clientConfig and clientLicense', () => {
  it('gives anonymous callers the limited set', () => {
    const limited = clientConfig(defaultConfig(), clientOpts({ noAccounts: true }));
    expect(limited.Version).toBe('10.5.0');
    expect(limited.BuildEnterpriseReady).toBe('false');
    expect(limited.SiteURL).toBe('https://chat.example.com');
    expect(limited.SiteName).toBe('Mattermost');
    expect(limited.DiagnosticId).toBe('diag-id');
    expect(limited.EnableSignUpWithEmail).toBe('true');
    expect(limited.EnableOpenServer).toBe('false');
    expect(limited.PasswordMinimumLength).toBe('8');
    expect(limited.EnableLdap).toBe('false');
    expect(limited.NoAccounts).toBe('true');
    expect(limited).not.toHaveProperty('EnableUserAccessTokens');
    expect(limited).not.toHaveProperty('MaxFileSize');
    for (const value of Object.values(limited)) expect(typeof value).toBe('string');
  });

  it('gives logged-in users the full set, reflecting the config', () => {
    const config = withChange((c) => {
      c.ServiceSettings.EnableUserAccessTokens = true;
      c.TeamSettings.SiteName = 'Team Chat';
    });
    const opts = clientOpts({ loggedIn: true });
    const full = clientConfig(config, opts);
    const limited = clientConfig(config, { ...opts, loggedIn: false });
    expect(full.EnableUserAccessTokens).toBe('true');
    expect(full.SiteName).toBe('Team Chat');
    expect(full.MaxFileSize).toBe('104857600');
    expect(full.MaxPostSize).toBe('16383');
    expect(full.CollapsedThreads).toBe('always_on');
    expect(full.PostEditTimeLimit).toBe('-1');
    expect(full.NoAccounts).toBe('false');
    expect(Object.keys(full).length).toBeGreaterThan(Object.keys(limited).length);
    for (const key of Object.keys(limited)) expect(full).toHaveProperty(key);
    for (const value of Object.values(full)) expect(typeof value).toBe('string');
  });

  it('reports an unlicensed server', () => {
    expect(clientLicense()).toEqual({ IsLicensed: 'false' });
  });
});
