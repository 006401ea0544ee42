/**
 * Certificates and keys an admin uploads for SAML, LDAP and audit logging. Team Edition
 * accepts them (no licence is checked): the file is stored under Mattermost's fixed name and
 * the setting that names it is pointed at it; removing clears the setting (and, for SAML,
 * what cannot work without the file). They are used only once a licensed feature is on.
 */
import type { ServerContext } from '../../server/context';
import type { MattermostConfig } from '../../server/config';
import { nowMillis } from '../../server/ids';
import { hasConfigFile, removeConfigFile, setConfigFile } from '../../db/queries/configFiles';

interface Kind {
  /** Mattermost's file name for it. */
  file: string;
  /** The setting naming the file. */
  get: (c: MattermostConfig) => string;
  /** The configuration with the setting set to `name` ('' on removal). */
  set: (c: MattermostConfig, name: string) => MattermostConfig;
}

export const CERTIFICATES = {
  samlPublic: {
    file: 'saml-public.crt',
    get: (c) => c.SamlSettings.PublicCertificateFile,
    set: (c, name) => ({ ...c, SamlSettings: { ...c.SamlSettings, PublicCertificateFile: name, ...(name ? {} : { Encrypt: false }) } }),
  },
  samlPrivate: {
    file: 'saml-private.key',
    get: (c) => c.SamlSettings.PrivateKeyFile,
    set: (c, name) => ({ ...c, SamlSettings: { ...c.SamlSettings, PrivateKeyFile: name, ...(name ? {} : { Encrypt: false }) } }),
  },
  samlIdp: {
    file: 'saml-idp.crt',
    get: (c) => c.SamlSettings.IdpCertificateFile,
    set: (c, name) => ({ ...c, SamlSettings: { ...c.SamlSettings, IdpCertificateFile: name, ...(name ? {} : { Enable: false }) } }),
  },
  ldapPublic: {
    file: 'ldap-public.crt',
    get: (c) => c.LdapSettings.PublicCertificateFile,
    set: (c, name) => ({ ...c, LdapSettings: { ...c.LdapSettings, PublicCertificateFile: name } }),
  },
  ldapPrivate: {
    file: 'ldap-private.key',
    get: (c) => c.LdapSettings.PrivateKeyFile,
    set: (c, name) => ({ ...c, LdapSettings: { ...c.LdapSettings, PrivateKeyFile: name } }),
  },
  audit: {
    file: 'audit_certificate.pem',
    get: (c) => c.ExperimentalAuditSettings.Certificate,
    set: (c, name) => ({ ...c, ExperimentalAuditSettings: { ...c.ExperimentalAuditSettings, Certificate: name } }),
  },
} satisfies Record<string, Kind>;

export type CertificateKind = keyof typeof CERTIFICATES;

/** Stores the file, then points the setting at it; the file is taken back if the configuration refuses. */
export async function addCertificate(server: ServerContext, kind: CertificateKind, data: Buffer): Promise<void> {
  const k: Kind = CERTIFICATES[kind];
  const existed = await hasConfigFile(server.db, k.file);
  await setConfigFile(server.db, k.file, data, nowMillis());
  try {
    await server.config.save(k.set(server.config.storedConfig(), k.file));
  } catch (err) {
    if (!existed) await removeConfigFile(server.db, k.file);
    throw err;
  }
}

/** Removes the file the setting names, then clears the setting. */
export async function removeCertificate(server: ServerContext, kind: CertificateKind): Promise<void> {
  const k: Kind = CERTIFICATES[kind];
  const name = k.get(server.config.get());
  if (name) await removeConfigFile(server.db, name);
  await server.config.save(k.set(server.config.storedConfig(), ''));
}

/** Whether the file the setting names is stored. */
export async function certificatePresent(server: ServerContext, kind: CertificateKind): Promise<boolean> {
  return hasConfigFile(server.db, CERTIFICATES[kind].get(server.config.get()));
}

