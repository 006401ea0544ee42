import type { Handler } from '../../server/http/handler';
import { getReadableFile } from '../../app/files/access';
import { serveFile } from '../../app/files/download';
import { noThumbnail } from '../../app/files/errors';
import { goBool, rangeHeaders } from './shared';

export const getFileThumbnail: Handler<'GetFileThumbnail'> = async (ctx) => {
  const row = await getReadableFile(ctx.server, ctx.session, ctx.params.file_id);
  if (!row.thumbnailPath) throw noThumbnail(row.id);
  return serveFile(ctx.server, {
    path: row.thumbnailPath,
    filename: row.name,
    contentType: row.thumbnailPath.endsWith('.png') ? 'image/png' : 'image/jpeg',
    modified: row.updateAt,
    forceDownload: goBool(ctx.query.download),
    requestHeaders: rangeHeaders(ctx.hono),
  });
};
