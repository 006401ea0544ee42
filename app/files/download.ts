/**
 * Serving stored bytes as Mattermost's WriteFileResponse does: Content-Type (scripts and HTML
 * served as text/plain), Content-Disposition `inline` only for images, audio and video it lists
 * as media and `attachment` otherwise (or with ?download=1), nosniff, no framing, a private
 * cache, Last-Modified, single-range requests (206, 416) and If-Modified-Since (304).
 */
import { Readable } from 'node:stream';
import type { ServerContext } from '../../server/context';
import { FileNotFoundError } from '../../server/storage/types';
import { fileReaderFailed, rangeNotSatisfiable } from './errors';

const UNSAFE_CONTENT_TYPES = [
  'application/javascript',
  'application/ecmascript',
  'text/javascript',
  'text/ecmascript',
  'application/x-javascript',
  'text/html',
];

const MEDIA_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/bmp',
  'image/gif',
  'image/tiff',
  'image/webp',
  'video/avi',
  'video/mpeg',
  'video/mp4',
  'audio/mpeg',
  'audio/wav',
];

/** Go's url.PathEscape: everything but unreserved characters and `$&+:=@` is percent-encoded. */
export function pathEscape(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~$&+:=@]/.test(c)) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The response headers Mattermost sets on a served file. */
export function fileHeaders(filename: string, contentType: string, forceDownload: boolean, cacheControl?: string): Headers {
  const headers = new Headers();
  headers.set('Cache-Control', cacheControl ?? 'private, max-age=86400');
  headers.set('X-Content-Type-Options', 'nosniff');
  let type = contentType || 'application/octet-stream';
  if (UNSAFE_CONTENT_TYPES.some((u) => type.startsWith(u))) type = 'text/plain';
  headers.set('Content-Type', type);
  const inline = !forceDownload && MEDIA_CONTENT_TYPES.some((m) => type.startsWith(m));
  const escaped = pathEscape(filename);
  headers.set('Content-Disposition', `${inline ? 'inline' : 'attachment'};filename="${escaped}"; filename*=UTF-8''${escaped}`);
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Content-Security-Policy', "Frame-ancestors 'none'");
  return headers;
}

/** A single `bytes=` range against `size`; undefined to serve everything, 'unsatisfiable' for 416. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined | 'unsatisfiable' {
  if (!header) return undefined;
  const m = /^bytes=(.*)$/i.exec(header.trim());
  if (!m) return 'unsatisfiable';
  const specs = m[1].split(',').map((s) => s.trim()).filter(Boolean);
  if (specs.length !== 1) return specs.length === 0 ? 'unsatisfiable' : undefined; // several ranges: whole file
  const r = /^(\d*)-(\d*)$/.exec(specs[0]);
  if (!r || (r[1] === '' && r[2] === '')) return 'unsatisfiable';
  if (r[1] === '') {
    const suffix = Number(r[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(r[1]);
  if (start >= size) return 'unsatisfiable';
  const end = r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1);
  if (end < start) return 'unsatisfiable';
  return { start, end };
}

export interface ServeInput {
  path: string;
  filename: string;
  contentType: string;
  /** Milliseconds: the file info's update_at (Last-Modified). */
  modified: number;
  forceDownload: boolean;
  cacheControl?: string;
  requestHeaders: { range?: string; ifModifiedSince?: string; ifRange?: string };
}

export async function serveFile(server: ServerContext, input: ServeInput): Promise<Response> {
  const stat = await server.files.stat(input.path).catch(() => null);
  if (!stat) throw fileReaderFailed(`path=${input.path}`);
  const headers = fileHeaders(input.filename, input.contentType, input.forceDownload, input.cacheControl);
  const modifiedSeconds = Math.floor(input.modified / 1000);
  const lastModified = new Date(modifiedSeconds * 1000).toUTCString();
  headers.set('Last-Modified', lastModified);
  headers.set('Accept-Ranges', 'bytes');

  const ims = input.requestHeaders.ifModifiedSince ? Date.parse(input.requestHeaders.ifModifiedSince) : NaN;
  if (!Number.isNaN(ims) && modifiedSeconds * 1000 <= ims) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }

  let rangeHeader = input.requestHeaders.range;
  const ifRange = input.requestHeaders.ifRange;
  if (rangeHeader && ifRange && ifRange !== lastModified) rangeHeader = undefined;
  const range = parseRange(rangeHeader, stat.size);
  if (range === 'unsatisfiable') throw rangeNotSatisfiable(stat.size);

  let body: Readable;
  try {
    body = await server.files.read(input.path, range);
  } catch (err) {
    if (err instanceof FileNotFoundError) throw fileReaderFailed(`path=${input.path}`);
    throw err;
  }
  const web = Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>;
  if (range) {
    headers.set('Content-Range', `bytes ${range.start}-${range.end}/${stat.size}`);
    headers.set('Content-Length', String(range.end - range.start + 1));
    return new Response(stat.size === 0 ? null : web, { status: 206, headers });
  }
  headers.set('Content-Length', String(stat.size));
  return new Response(web, { status: 200, headers });
}
