import type { Handler } from '../../server/http/handler';
import { MANAGE_LICENSE_INFORMATION } from '../../server/permissions/permissionIds';
import { requireUnrestrictedPermission } from '../../app/system/unrestricted';
import { licenceFromBytes, readLicenceFile } from '../../app/system/licenceUpload';

/** POST /license: Team Edition here takes no licence (see app/system/licenceUpload.ts). */
export const uploadLicenseFile: Handler<'UploadLicenseFile'> = async (ctx) => {
  requireUnrestrictedPermission(ctx.server, ctx.session, MANAGE_LICENSE_INFORMATION);
  licenceFromBytes(await readLicenceFile(ctx.server, ctx.hono));
};
