import type { Handler } from '../../server/http/handler';
import { getReadableFile } from '../../app/files/access';
import { toApiFileInfo } from '../../app/files/serialize';

export const getFileInfo: Handler<'GetFileInfo'> = async (ctx) => {
  const row = await getReadableFile(ctx.server, ctx.session, ctx.params.file_id);
  ctx.hono.header('Cache-Control', 'max-age=2592000, private');
  return ctx.json(200, toApiFileInfo(row) as never);
};
