import type { Handler } from '../../server/http/handler';
import { getUpload as get, toApiUploadSession } from '../../app/files/uploads';

export const getUpload: Handler<'GetUpload'> = async (ctx) => {
  const row = await get(ctx.server, ctx.session, ctx.params.upload_id);
  return ctx.json(200, toApiUploadSession(row) as never);
};
