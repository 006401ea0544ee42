import type { Handler } from '../../server/http/handler';
import { attachmentsDisabled, readRequestFailed } from '../../app/files/errors';
import { hasBoundary, isMultipart } from '../../app/files/multipart';
import { uploadMultipart, uploadRaw } from '../../app/files/upload';
import { contentLength } from './shared';

export const uploadFile: Handler<'UploadFile'> = async (ctx) => {
  const { server } = ctx;
  if (!server.config.get().FileSettings.EnableFileAttachments) throw attachmentsDisabled(403);
  const req = ctx.hono.req;
  const length = contentLength(ctx.hono);
  if (length === 0) throw readRequestFailed('Content-Length should not be 0');
  const contentType = req.header('content-type') ?? '';
  if (isMultipart(contentType)) {
    if (!hasBoundary(contentType)) throw readRequestFailed('no multipart boundary param in Content-Type');
    const result = await uploadMultipart(server, ctx.session, { contentType, body: req.raw.body, channelId: ctx.query.channel_id });
    return ctx.json(201, result as never);
  }
  const result = await uploadRaw(server, ctx.session, {
    channelId: ctx.query.channel_id,
    filename: ctx.query.filename,
    clientId: ctx.query.client_id,
    body: req.raw.body,
    contentLength: length,
  });
  return ctx.json(201, result as never);
};
