/**
 * GET /image?url=: Mattermost's image proxy. The URL is completed from SiteURL (scheme, host);
 * with ImageProxySettings.Enable off, or for an image on the site itself, the answer is a 302
 * to it. Enabled with the `local` proxy, the server fetches the image (untrusted client,
 * redirects followed) and streams it back when it is an image; with `atmos/camo`, the client
 * is redirected to the remote proxy's signed URL.
 */
import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { capStream, openUntrusted } from '../fetch';

/** The most the local proxy passes on for one image. */
export const MAX_PROXIED_IMAGE_BYTES = 50 * 1024 * 1024;

const badUrl = (detail = '') => new AppError('api.image.get.app_error', 'Requested image url cannot be parsed.', 400, detail);

/** The absolute URL a `url` parameter names, with SiteURL's scheme and host where it has none. */
export function completeImageUrl(raw: string, siteUrl: string): URL {
  let site: URL | undefined;
  try {
    site = siteUrl ? new URL(siteUrl) : undefined;
  } catch {
    site = undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):(.*)$/is.exec(raw);
  if (scheme && !scheme[2].startsWith('/')) throw badUrl('opaque URL');
  let text: string;
  if (scheme) {
    text = /^[^:]+:\/\/[^/]/.test(raw) || !site ? raw : `${scheme[1]}://${site.host}${scheme[2].replace(/^\/+/, '/')}`;
  } else if (raw.startsWith('//')) {
    text = `${site?.protocol ?? 'http:'}${raw}`;
  } else {
    text = `${site?.protocol ?? 'http:'}//${site?.host ?? ''}${raw.startsWith('/') ? '' : '/'}${raw}`;
  }
  try {
    return new URL(text);
  } catch (err) {
    throw badUrl((err as Error).message);
  }
}

function sameHost(url: URL, siteUrl: string): boolean {
  try {
    return siteUrl !== '' && new URL(siteUrl).host === url.host;
  } catch {
    return false;
  }
}

/** atmos/camo: `<proxy>/<hex HMAC-SHA1 of the URL keyed by the options>/<hex URL>`. */
export function camoUrl(proxyUrl: string, key: string, imageUrl: string): string {
  const digest = createHmac('sha1', key).update(imageUrl).digest('hex');
  return `${proxyUrl.replace(/\/+$/, '')}/${digest}/${Buffer.from(imageUrl).toString('hex')}`;
}

const redirect = (location: string) => new Response(null, { status: 302, headers: { Location: location } });

export async function imageResponse(server: ServerContext, raw: string): Promise<Response> {
  const config = server.config.get();
  const siteUrl = config.ServiceSettings.SiteURL;
  const url = completeImageUrl(raw, siteUrl);
  const proxy = config.ImageProxySettings;
  if (!proxy.Enable || sameHost(url, siteUrl)) return redirect(url.toString());
  if (proxy.ImageProxyType === 'atmos/camo') return redirect(camoUrl(proxy.RemoteImageProxyURL, proxy.RemoteImageProxyOptions, url.toString()));
  return fetchImage(server, url.toString());
}

async function fetchImage(server: ServerContext, url: string): Promise<Response> {
  const failed = (detail: string) => new AppError('api.image.get.app_error', 'The image could not be fetched.', 502, detail);
  let res;
  try {
    res = await openUntrusted(server, url, { followRedirects: 10, headers: { Accept: 'image/*' } });
  } catch (err) {
    throw failed((err as Error).message);
  }
  const contentType = String(res.headers['content-type'] ?? '');
  if (res.status < 200 || res.status > 299) {
    res.body.resume();
    throw failed(`remote answered ${res.status}`);
  }
  if (!contentType.toLowerCase().startsWith('image/')) {
    res.body.resume();
    throw new AppError('api.image.get.app_error', 'The URL does not point to an image.', 403, `content type ${contentType}`);
  }
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Frame-Options': 'deny',
    'X-XSS-Protection': '1; mode=block',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
  };
  const length = res.headers['content-length'];
  if (typeof length === 'string' && Number(length) <= MAX_PROXIED_IMAGE_BYTES) headers['Content-Length'] = length;
  const body = res.body.pipe(capStream(MAX_PROXIED_IMAGE_BYTES));
  res.body.on('error', (err) => body.destroy(err));
  return new Response(Readable.toWeb(body) as unknown as ReadableStream, { status: 200, headers });
}
