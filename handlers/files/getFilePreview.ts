import type { Handler } from '../../server/http/handler';
import { getReadableFile } from '../../app/files/access';
import { serveFile } from '../../app/files/download';
import { noPreview } from '../../app/files/errors';
import { goBool, rangeHeaders } from './shared';

export const getFilePreview: Handler<'GetFilePreview'> = async (ctx) => {
  const row = await getReadableFile(ctx.server, ctx.session, ctx.params.file_id);
  if (!row.previewPath) throw noPreview(row.id);
  return serveFile(ctx.server, {
    path: row.previewPath,
    filename: row.name,
    contentType: row.previewPath.endsWith('.png') ? 'image/png' : 'image/jpeg',
    modified: row.updateAt,
    forceDownload: goBool(ctx.query.download),
    requestHeaders: rangeHeaders(ctx.hono),
  });
};
