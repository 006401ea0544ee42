import type { Handler } from '../../server/http/handler';
import { createUpload as create, toApiUploadSession } from '../../app/files/uploads';

export const createUpload: Handler<'CreateUpload'> = async (ctx) => {
  const row = await create(ctx.server, ctx.session, (ctx.body ?? {}) as never);
  return ctx.json(201, toApiUploadSession(row) as never);
};
