import type { GuestAccountsSettings, LdapSettings, Office365Settings, SamlSettings, SSOSettings } from './types';

/** Defaults of the sign-in sections (OAuth providers, LDAP, SAML, guests). */
export function ssoDefaults(endpoints: Partial<SSOSettings> = {}): SSOSettings {
  return {
    Enable: false,
    Secret: '',
    Id: '',
    Scope: '',
    AuthEndpoint: '',
    TokenEndpoint: '',
    UserAPIEndpoint: '',
    DiscoveryEndpoint: '',
    ButtonText: '',
    ButtonColor: '',
    ...endpoints,
  };
}

export function googleDefaults(): SSOSettings {
  return ssoDefaults({
    Scope: 'profile email',
    AuthEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
    TokenEndpoint: 'https://www.googleapis.com/oauth2/v4/token',
    UserAPIEndpoint: 'https://people.googleapis.com/v1/people/me?personFields=names,emailAddresses,nicknames,metadata',
  });
}

export function openIdDefaults(): SSOSettings {
  return ssoDefaults({ Scope: 'profile openid email', ButtonColor: '#145DBF' });
}

export function office365Defaults(): Office365Settings {
  return {
    Enable: false,
    Secret: '',
    Id: '',
    Scope: 'User.Read',
    AuthEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    TokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    UserAPIEndpoint: 'https://graph.microsoft.com/v1.0/me',
    DiscoveryEndpoint: '',
    DirectoryId: '',
  };
}

export function ldapDefaults(): LdapSettings {
  return {
    Enable: false,
    EnableSync: false,
    LdapServer: '',
    LdapPort: 389,
    ConnectionSecurity: '',
    BaseDN: '',
    BindUsername: '',
    BindPassword: '',
    UserFilter: '',
    GroupFilter: '',
    GuestFilter: '',
    EnableAdminFilter: false,
    AdminFilter: '',
    GroupDisplayNameAttribute: '',
    GroupIdAttribute: '',
    FirstNameAttribute: '',
    LastNameAttribute: '',
    EmailAttribute: '',
    UsernameAttribute: '',
    NicknameAttribute: '',
    IdAttribute: '',
    PositionAttribute: '',
    LoginIdAttribute: '',
    PictureAttribute: '',
    SyncIntervalMinutes: 60,
    SkipCertificateVerification: false,
    PublicCertificateFile: '',
    PrivateKeyFile: '',
    QueryTimeout: 60,
    MaxPageSize: 0,
    LoginFieldName: '',
    LoginButtonColor: '#0000',
    LoginButtonBorderColor: '#2389D7',
    LoginButtonTextColor: '#2389D7',
  };
}

export function samlDefaults(): SamlSettings {
  return {
    Enable: false,
    EnableSyncWithLdap: false,
    EnableSyncWithLdapIncludeAuth: false,
    IgnoreGuestsLdapSync: false,
    Verify: true,
    Encrypt: true,
    SignRequest: false,
    IdpURL: '',
    IdpDescriptorURL: '',
    IdpMetadataURL: '',
    ServiceProviderIdentifier: '',
    AssertionConsumerServiceURL: '',
    SignatureAlgorithm: 'RSAwithSHA1',
    CanonicalAlgorithm: 'Canonical1.0',
    ScopingIDPProviderId: '',
    ScopingIDPName: '',
    IdpCertificateFile: '',
    PublicCertificateFile: '',
    PrivateKeyFile: '',
    IdAttribute: '',
    GuestAttribute: '',
    EnableAdminAttribute: false,
    AdminAttribute: '',
    FirstNameAttribute: '',
    LastNameAttribute: '',
    EmailAttribute: '',
    UsernameAttribute: '',
    NicknameAttribute: '',
    LocaleAttribute: '',
    PositionAttribute: '',
    LoginButtonText: 'SAML',
    LoginButtonColor: '#34a28b',
    LoginButtonBorderColor: '#2389D7',
    LoginButtonTextColor: '#ffffff',
  };
}

export function guestAccountsDefaults(): GuestAccountsSettings {
  return { Enable: false, HideTags: false, AllowEmailAccounts: true, EnforceMultifactorAuthentication: false, RestrictCreationToDomains: '' };
}
