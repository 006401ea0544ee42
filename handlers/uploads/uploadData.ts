import type { Handler } from '../../server/http/handler';
import { uploadData as upload } from '../../app/files/uploads';
import { contentLength } from '../files/shared';

/** 204 while the upload is incomplete; 200 with the file info for the chunk that completes it. */
export const uploadData: Handler<'UploadData'> = async (ctx) => {
  const req = ctx.hono.req;
  const info = await upload(ctx.server, ctx.session, ctx.params.upload_id, {
    contentType: req.header('content-type'),
    contentLength: contentLength(ctx.hono),
    body: req.raw.body,
  });
  if (!info) return new Response(null, { status: 204 });
  return ctx.json(200, info as never);
};
