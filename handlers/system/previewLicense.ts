import type { Handler } from '../../server/http/handler';
import { MANAGE_LICENSE_INFORMATION } from '../../server/permissions/permissionIds';
import { requireUnrestrictedPermission } from '../../app/system/unrestricted';
import { licenceFromBytes, readLicenceFile } from '../../app/system/licenceUpload';

/** POST /license/preview: the licence would be parsed without being saved; none parses here. */
export const previewLicense: Handler<'PreviewLicense'> = async (ctx) => {
  requireUnrestrictedPermission(ctx.server, ctx.session, MANAGE_LICENSE_INFORMATION);
  licenceFromBytes(await readLicenceFile(ctx.server, ctx.hono));
};
