import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { EDIT_BRAND } from '../../server/permissions/permissionIds';
import { deleteBrandImage as removeImage } from '../../app/brand/brandImage';

export const deleteBrandImage: Handler<'DeleteBrandImage'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, EDIT_BRAND);
  await removeImage(ctx.server);
  return ctx.json(200, { status: 'OK' } as never);
};
