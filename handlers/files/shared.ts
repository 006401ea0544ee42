/** Request details the file handlers share. */
import type { Context } from 'hono';
import type { FileInfoRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { serveFile } from '../../app/files/download';

/** The declared Content-Length, or undefined (chunked or absent). */
export function contentLength(c: Context): number | undefined {
  const raw = c.req.header('content-length');
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function rangeHeaders(c: Context): { range?: string; ifModifiedSince?: string; ifRange?: string } {
  return { range: c.req.header('range'), ifModifiedSince: c.req.header('if-modified-since'), ifRange: c.req.header('if-range') };
}

/** Go's strconv.ParseBool truth values (Mattermost's ?download=1). */
export function goBool(value: string | undefined): boolean {
  return value !== undefined && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value);
}

/** A file's generated image (preview or thumbnail) as the download handlers serve it. */
export function serveImageVariant(ctx: { server: ServerContext; hono: Context; query: { download?: string } }, row: FileInfoRow, path: string) {
  return serveFile(ctx.server, {
    path,
    filename: row.name,
    contentType: path.endsWith('.png') ? 'image/png' : 'image/jpeg',
    modified: row.updateAt,
    forceDownload: goBool(ctx.query.download),
    requestHeaders: rangeHeaders(ctx.hono),
  });
}
