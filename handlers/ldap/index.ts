import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { addUserToGroupSyncables } from './addUserToGroupSyncables';
import { deleteLdapPrivateCertificate } from './deleteLdapPrivateCertificate';
import { deleteLdapPublicCertificate } from './deleteLdapPublicCertificate';
import { getLdapGroups } from './getLdapGroups';
import { linkLdapGroup } from './linkLdapGroup';
import { migrateIdLdap } from './migrateIdLdap';
import { syncLdap } from './syncLdap';
import { testLdap } from './testLdap';
import { testLdapConnection } from './testLdapConnection';
import { testLdapDiagnostics } from './testLdapDiagnostics';
import { uploadLdapPrivateCertificate } from './uploadLdapPrivateCertificate';
import { uploadLdapPublicCertificate } from './uploadLdapPublicCertificate';

export const ldapHandlers: TagHandlers<'ldap'> = {
  UploadLdapPrivateCertificate: uploadLdapPrivateCertificate,
  DeleteLdapPrivateCertificate: deleteLdapPrivateCertificate,
  UploadLdapPublicCertificate: uploadLdapPublicCertificate,
  DeleteLdapPublicCertificate: deleteLdapPublicCertificate,
  GetLdapGroups: getLdapGroups,
  LinkLdapGroup: linkLdapGroup,
  MigrateIdLdap: migrateIdLdap,
  SyncLdap: syncLdap,
  TestLdap: testLdap,
  TestLdapConnection: testLdapConnection,
  TestLdapDiagnostics: testLdapDiagnostics,
  AddUserToGroupSyncables: addUserToGroupSyncables,
};
