import type { Handler } from '../../server/http/handler';
import { getReadableFile } from '../../app/files/access';
import { noPreview } from '../../app/files/errors';
import { serveImageVariant } from './shared';

export const getFilePreview: Handler<'GetFilePreview'> = async (ctx) => {
  const row = await getReadableFile(ctx.server, ctx.session, ctx.params.file_id);
  if (!row.previewPath) throw noPreview(row.id);
  return serveImageVariant(ctx, row, row.previewPath);
};
