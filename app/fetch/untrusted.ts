/**
 * Outbound requests to URLs that users supply (link previews, redirect lookups, the image
 * proxy), made as Mattermost's untrusted HTTP client makes them: a connection to a reserved or
 * own address is refused unless ServiceSettings.AllowedUntrustedInternalConnections lists the
 * host or a range holding the address (checked on every hop, at connect time), TLS is verified
 * unless EnableInsecureOutgoingConnections, and every request has a deadline. Bodies are read
 * up to a cap, never whole.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Transform, type Readable } from 'node:stream';
import type { ServerContext } from '../../server/context';
import { allowedEntries, checkedLookup, OutboundRefused, refuseInternal } from '../integrations/outbound';

/** Mattermost's httpservice request timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Go's http.Client gives up after this many redirects. */
export const MAX_REDIRECTS = 10;

export interface UntrustedRequest {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** How many redirects to follow (0: answer the 3xx itself). */
  followRedirects?: number;
}

export interface UntrustedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The URL that answered (after redirects). */
  url: string;
  body: IncomingMessage;
}

export class FetchTooLarge extends Error {}

/** Opens `rawUrl`; rejects on a refused address, a bad URL, a network error or the deadline. */
export async function openUntrusted(server: ServerContext, rawUrl: string, req: UntrustedRequest = {}): Promise<UntrustedResponse> {
  const signal = AbortSignal.timeout(req.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let url = new URL(rawUrl);
  for (let hop = 0; ; hop++) {
    const res = await openOnce(server, url, req, signal);
    const location = res.headers.location;
    const redirect = res.statusCode !== undefined && [301, 302, 303, 307, 308].includes(res.statusCode) && typeof location === 'string';
    if (!redirect || hop >= (req.followRedirects ?? 0)) {
      return { status: res.statusCode ?? 0, headers: res.headers, url: url.toString(), body: res };
    }
    res.resume();
    if (hop + 1 >= MAX_REDIRECTS) throw new OutboundRefused('stopped after 10 redirects');
    url = new URL(location, url);
  }
}

function openOnce(server: ServerContext, url: URL, req: UntrustedRequest, signal: AbortSignal): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new OutboundRefused(`unsupported scheme ${url.protocol}`));
  const settings = server.config.get().ServiceSettings;
  const entries = allowedEntries(settings.AllowedUntrustedInternalConnections ?? '');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const trustedHost = entries.includes(host);
  try {
    if (!trustedHost && isIP(host)) refuseInternal(entries, host, host);
  } catch (err) {
    return Promise.reject(err);
  }
  const options = {
    method: req.method ?? 'GET',
    headers: { 'User-Agent': 'Mattermost-Bot/1.1', ...req.headers },
    signal,
    lookup: trustedHost ? undefined : (checkedLookup(entries, host) as RequestOptions['lookup']),
    rejectUnauthorized: !settings.EnableInsecureOutgoingConnections,
  } as RequestOptions;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, options, resolve);
    request.on('error', reject);
    request.end();
  });
}

/** Reads at most `maxBytes` of the body (the rest is dropped and the connection closed). */
export async function readCapped(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      const room = maxBytes - size;
      chunks.push(chunk.byteLength > room ? chunk.subarray(0, room) : chunk);
      size += Math.min(chunk.byteLength, room);
      if (size >= maxBytes) break;
    }
  } finally {
    body.destroy();
  }
  return Buffer.concat(chunks);
}

/** Passes the body through, failing the stream once more than `maxBytes` went by. */
export function capStream(maxBytes: number): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.byteLength;
      if (size > maxBytes) return cb(new FetchTooLarge(`more than ${maxBytes} bytes`));
      cb(null, chunk);
    },
  });
}
