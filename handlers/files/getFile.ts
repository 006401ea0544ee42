import type { Handler } from '../../server/http/handler';
import { getReadableFile } from '../../app/files/access';
import { serveFile } from '../../app/files/download';
import { goBool, rangeHeaders } from './shared';

export const getFile: Handler<'GetFile'> = async (ctx) => {
  const row = await getReadableFile(ctx.server, ctx.session, ctx.params.file_id);
  return serveFile(ctx.server, {
    path: row.path,
    filename: row.name,
    contentType: row.mimeType,
    modified: row.updateAt,
    forceDownload: goBool(ctx.query.download),
    requestHeaders: rangeHeaders(ctx.hono),
  });
};
