/**
 * POST /opengraph: the Open Graph metadata of a page, fetched by the server through the
 * untrusted client (redirects followed, internal addresses refused unless allowed), read up
 * to Mattermost's 50 MB cap but no further than the end of `<head>`, decoded from the page's
 * charset. Successful answers are cached per URL for an hour (10,000 entries); a page that
 * cannot be fetched answers `{"url": ""}`, as Mattermost does.
 */
import type { ServerContext } from '../../server/context';
import { ExpiringCache, openUntrusted } from '../fetch';
import { absolutizeMedia, parseOpenGraph, type OpenGraphData } from './openGraphParse';

export const MAX_OPEN_GRAPH_RESPONSE_SIZE = 50 * 1024 * 1024;
const CACHE_SIZE = 10_000;
const CACHE_TTL_MS = 60 * 60 * 1000;

const cache = new ExpiringCache<OpenGraphData>(CACHE_SIZE, CACHE_TTL_MS);

export type OpenGraphAnswer = OpenGraphData | { url: '' };

export async function openGraphFor(server: ServerContext, url: string): Promise<OpenGraphAnswer> {
  const cached = cache.get(url);
  if (cached) return cached;
  let html: string;
  try {
    const res = await openUntrusted(server, url, { followRedirects: 10, headers: { Accept: 'text/html,*/*' } });
    const bytes = await readHead(res.body, MAX_OPEN_GRAPH_RESPONSE_SIZE);
    html = decode(bytes, String(res.headers['content-type'] ?? ''));
  } catch {
    return { url: '' };
  }
  const og = parseOpenGraph(html);
  absolutizeMedia(og, url);
  // The link is the one the user wrote, not where the page says it lives.
  if (og.url !== '') og.url = url;
  cache.set(url, og);
  return og;
}

/** Reads until `</head>` has gone by or `max` bytes were read. */
async function readHead(body: NodeJS.ReadableStream & { destroy(): void }, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tail = '';
  try {
    for await (const raw of body as AsyncIterable<Buffer>) {
      const chunk = raw.byteLength > max - size ? raw.subarray(0, max - size) : raw;
      chunks.push(chunk);
      size += chunk.byteLength;
      const window = tail + chunk.toString('latin1');
      if (/<\/head/i.test(window) || size >= max) break;
      tail = window.slice(-8);
    }
  } finally {
    body.destroy();
  }
  return Buffer.concat(chunks);
}

/** The page's text: charset from Content-Type, else from a `<meta charset>`, else UTF-8. */
function decode(bytes: Buffer, contentType: string): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = bytes.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      /* unknown label: try the next */
    }
  }
  return bytes.toString('utf8');
}

/** For tests: forget every cached answer. */
export function clearOpenGraphCache(): void {
  cache.clear();
}
