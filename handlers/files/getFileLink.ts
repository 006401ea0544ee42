import type { Handler } from '../../server/http/handler';
import { getReadableFile, requireFileId } from '../../app/files/access';
import { publicLinkDisabled, publicLinkNoPost } from '../../app/files/errors';
import { publicLinkHash, publicLinkSalt } from '../../app/files/publicLink';
import { siteUrl } from '../../app/email';

export const getFileLink: Handler<'GetFileLink'> = async (ctx) => {
  const { server } = ctx;
  requireFileId(ctx.params.file_id);
  if (!server.config.get().FileSettings.EnablePublicLink) throw publicLinkDisabled();
  const row = await getReadableFile(server, ctx.session, ctx.params.file_id);
  if (!row.postId) throw publicLinkNoPost(row.id);
  const hash = publicLinkHash(row.id, await publicLinkSalt(server));
  const link = `${siteUrl(server.config.get(), ctx.hono.req.url)}/files/${row.id}/public?h=${hash}`;
  return ctx.json(200, { link });
};
