import type { Handler } from '../../server/http/handler';
import { getReadableFile } from '../../app/files/access';
import { noThumbnail } from '../../app/files/errors';
import { serveImageVariant } from './shared';

export const getFileThumbnail: Handler<'GetFileThumbnail'> = async (ctx) => {
  const row = await getReadableFile(ctx.server, ctx.session, ctx.params.file_id);
  if (!row.thumbnailPath) throw noThumbnail(row.id);
  return serveImageVariant(ctx, row, row.thumbnailPath);
};
