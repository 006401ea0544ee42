import type { MattermostConfig } from './types';
import { bool, num, trimSlash } from './clientValues';

/** What the limited client config needs besides the configuration. */
export interface ClientConfigOptions {
  loggedIn: boolean;
  version: string;
  buildNumber: string;
  buildHash: string;
  buildDate: string;
  siteURL: string;
  diagnosticId: string;
  noAccounts: boolean;
}

type Props = Record<string, string>;

/**
 * The client config anyone may read (Mattermost's GenerateLimitedClientConfig) for an
 * unlicensed Team Edition server: licensed-only features read as off.
 */
export function limitedClientConfig(c: MattermostConfig, opts: ClientConfigOptions): Props {
  return {
    ...buildProps(opts),
    ...siteProps(c, opts),
    ...signInProps(c),
    ...linkProps(c),
    ...passwordProps(c),
    ...unlicensedProps(),
    NoAccounts: bool(opts.noAccounts),
  };
}

function buildProps(opts: ClientConfigOptions): Props {
  return {
    Version: opts.version,
    BuildNumber: opts.buildNumber,
    BuildDate: opts.buildDate,
    BuildHash: opts.buildHash,
    BuildHashEnterprise: '',
    BuildEnterpriseReady: 'false',
    ServiceEnvironment: 'production',
    DiagnosticId: opts.diagnosticId,
    TelemetryId: opts.diagnosticId,
    DiagnosticsEnabled: 'false',
    EnableDiagnostics: 'false',
  };
}

function siteProps(c: MattermostConfig, opts: ClientConfigOptions): Props {
  const s = c.ServiceSettings;
  const r = c.ClientRequirements;
  return {
    SiteURL: trimSlash(opts.siteURL),
    SiteName: c.TeamSettings.SiteName,
    WebsocketURL: trimSlash(s.WebsocketURL),
    WebsocketPort: num(s.WebsocketPort),
    WebsocketSecurePort: num(s.WebsocketSecurePort),
    EnableUserCreation: bool(c.TeamSettings.EnableUserCreation),
    EnableOpenServer: bool(c.TeamSettings.EnableOpenServer),
    EnableBotAccountCreation: bool(s.EnableBotAccountCreation),
    EnableCustomEmoji: bool(s.EnableCustomEmoji),
    EnableFile: bool(c.LogSettings.EnableFile),
    FileLevel: c.LogSettings.FileLevel,
    AndroidLatestVersion: r.AndroidLatestVersion,
    AndroidMinVersion: r.AndroidMinVersion,
    IosLatestVersion: r.IosLatestVersion,
    IosMinVersion: r.IosMinVersion,
    EnableComplianceExport: bool(c.MessageExportSettings.EnableExport),
    DefaultClientLocale: c.LocalizationSettings.DefaultClientLocale,
    AvailableLocales: c.LocalizationSettings.AvailableLocales,
    ExperimentalPrimaryTeam: c.TeamSettings.ExperimentalPrimaryTeam,
    EnableCustomBrand: bool(c.TeamSettings.EnableCustomBrand),
    CustomBrandText: c.TeamSettings.CustomBrandText,
    CustomDescriptionText: c.TeamSettings.CustomDescriptionText,
    HasImageProxy: bool(c.ImageProxySettings.Enable),
    PluginsEnabled: 'false',
    EnableGuestAccounts: bool(c.GuestAccountsSettings.Enable),
    GuestAccountsEnforceMultifactorAuthentication: bool(c.GuestAccountsSettings.EnforceMultifactorAuthentication),
  };
}

function signInProps(c: MattermostConfig): Props {
  const e = c.EmailSettings;
  return {
    EnableSignUpWithEmail: bool(e.EnableSignUpWithEmail),
    EnableSignInWithEmail: bool(e.EnableSignInWithEmail),
    EnableSignInWithUsername: bool(e.EnableSignInWithUsername),
    EmailLoginButtonColor: e.LoginButtonColor,
    EmailLoginButtonBorderColor: e.LoginButtonBorderColor,
    EmailLoginButtonTextColor: e.LoginButtonTextColor,
    EnableSignUpWithGitLab: bool(c.GitLabSettings.Enable),
    GitLabButtonColor: c.GitLabSettings.ButtonColor,
    GitLabButtonText: c.GitLabSettings.ButtonText,
    EnableMultifactorAuthentication: bool(c.ServiceSettings.EnableMultifactorAuthentication),
    EnforceMultifactorAuthentication: 'false',
  };
}

function linkProps(c: MattermostConfig): Props {
  const s = c.SupportSettings;
  const n = c.NativeAppSettings;
  return {
    TermsOfServiceLink: s.TermsOfServiceLink,
    PrivacyPolicyLink: s.PrivacyPolicyLink,
    AboutLink: s.AboutLink,
    HelpLink: s.HelpLink,
    ReportAProblemType: s.ReportAProblemType,
    ReportAProblemLink: s.ReportAProblemLink,
    ReportAProblemMail: s.ReportAProblemMail,
    ForgotPasswordLink: s.ForgotPasswordLink,
    SupportEmail: s.SupportEmail,
    EnableAskCommunityLink: bool(s.EnableAskCommunityLink),
    AppDownloadLink: n.AppDownloadLink,
    AndroidAppDownloadLink: n.AndroidAppDownloadLink,
    IosAppDownloadLink: n.IosAppDownloadLink,
  };
}

function passwordProps(c: MattermostConfig): Props {
  const p = c.PasswordSettings;
  return {
    PasswordMinimumLength: num(p.MinimumLength),
    PasswordRequireLowercase: bool(p.Lowercase),
    PasswordRequireUppercase: bool(p.Uppercase),
    PasswordRequireNumber: bool(p.Number),
    PasswordRequireSymbol: bool(p.Symbol),
    EnableForgotLink: bool(p.EnableForgotLink),
  };
}

/** Settings only a licence unlocks, as an unlicensed server reports them. */
function unlicensedProps(): Props {
  return {
    EnableLdap: 'false',
    LdapLoginFieldName: '',
    LdapLoginButtonColor: '',
    LdapLoginButtonBorderColor: '',
    LdapLoginButtonTextColor: '',
    EnableSaml: 'false',
    SamlLoginButtonText: '',
    SamlLoginButtonColor: '',
    SamlLoginButtonBorderColor: '',
    SamlLoginButtonTextColor: '',
    EnableSignUpWithGoogle: 'false',
    EnableSignUpWithOffice365: 'false',
    EnableSignUpWithOpenId: 'false',
    OpenIdButtonText: '',
    OpenIdButtonColor: '',
    EnableCustomTermsOfService: 'false',
    CWSURL: '',
  };
}
