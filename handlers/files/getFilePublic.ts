import type { Handler } from '../../server/http/handler';
import { loadFileInfo, requireFileId } from '../../app/files/access';
import { serveFile } from '../../app/files/download';
import { publicLinkDisabled, publicLinkInvalid } from '../../app/files/errors';
import { hashMatches, publicLinkHash } from '../../app/files/publicLink';
import { rangeHeaders } from './shared';

/** GET /files/{file_id}/public?h=...: no session; the hash is the credential. */
export const getFilePublic: Handler<'GetFilePublic'> = async (ctx) => {
  const { server } = ctx;
  const fileId = requireFileId(ctx.params.file_id);
  const settings = server.config.get().FileSettings;
  if (!settings.EnablePublicLink) throw publicLinkDisabled();
  const row = await loadFileInfo(server, fileId);
  const hash = ctx.query.h ?? '';
  if (!hash || !settings.PublicLinkSalt || !hashMatches(hash, publicLinkHash(row.id, settings.PublicLinkSalt))) throw publicLinkInvalid();
  return serveFile(server, {
    path: row.path,
    filename: row.name,
    contentType: row.mimeType,
    modified: row.updateAt,
    forceDownload: false,
    requestHeaders: rangeHeaders(ctx.hono),
  });
};
