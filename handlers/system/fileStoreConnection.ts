import type { ServerContext } from '../../server/context';
import type { Session } from '../../app/sessions/types';
import { requireSystemPermission } from '../../server/permissions/check';
import { TEST_S3 } from '../../server/permissions/permissionIds';
import { fileSettingsToTest, testFileSettings } from '../../app/system/fileStoreTest';
import { STATUS_OK } from './ok';

/** Shared by POST /file/test and /file/s3_test: settings checked, then test_s3, then the store. */
export async function testFileStore(server: ServerContext, session: Session, body: unknown): Promise<typeof STATUS_OK> {
  const settings = fileSettingsToTest(server, body);
  requireSystemPermission(server, session, TEST_S3);
  await testFileSettings(server, settings);
  return STATUS_OK;
}
