import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const ldapHandlers: TagHandlers<'ldap'> = {
  UploadLdapPrivateCertificate: notImplemented,
  DeleteLdapPrivateCertificate: notImplemented,
  UploadLdapPublicCertificate: notImplemented,
  DeleteLdapPublicCertificate: notImplemented,
  GetLdapGroups: notImplemented,
  LinkLdapGroup: notImplemented,
  MigrateIdLdap: notImplemented,
  SyncLdap: notImplemented,
  TestLdap: notImplemented,
  TestLdapConnection: notImplemented,
  TestLdapDiagnostics: notImplemented,
  AddUserToGroupSyncables: notImplemented,
};
