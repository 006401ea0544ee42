import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { addUserToGroupSyncables } from './addUserToGroupSyncables';
import { getLdapGroups } from './getLdapGroups';
import { linkLdapGroup } from './linkLdapGroup';
import { migrateIdLdap } from './migrateIdLdap';
import { syncLdap } from './syncLdap';
import { testLdap } from './testLdap';

export const ldapHandlers: TagHandlers<'ldap'> = {
  UploadLdapPrivateCertificate: notImplemented,
  DeleteLdapPrivateCertificate: notImplemented,
  UploadLdapPublicCertificate: notImplemented,
  DeleteLdapPublicCertificate: notImplemented,
  GetLdapGroups: getLdapGroups,
  LinkLdapGroup: linkLdapGroup,
  MigrateIdLdap: migrateIdLdap,
  SyncLdap: syncLdap,
  TestLdap: testLdap,
  TestLdapConnection: notImplemented,
  TestLdapDiagnostics: notImplemented,
  AddUserToGroupSyncables: addUserToGroupSyncables,
};
