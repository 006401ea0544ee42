/**
 * GET /redirect_location: where a (shortened) link points. One HEAD request, no redirect
 * followed; the Location header is answered as sent. Answers, failures included (as an empty
 * location), are cached per URL for an hour so that a client cannot make the server probe a
 * URL repeatedly; a location longer than 2,100 characters counts as a failure.
 */
import type { ServerContext } from '../../server/context';
import { ExpiringCache, openUntrusted } from '../fetch';

export const REDIRECT_LOCATION_CACHE_SIZE = 10_000;
export const REDIRECT_LOCATION_MAX_LENGTH = 2100;
export const REDIRECT_LOCATION_TTL_MS = 60 * 60 * 1000;

const cache = new ExpiringCache<string>(REDIRECT_LOCATION_CACHE_SIZE, REDIRECT_LOCATION_TTL_MS);

export async function redirectLocation(server: ServerContext, url: string): Promise<string> {
  const cached = cache.get(url);
  if (cached !== undefined) return cached;
  let location = '';
  try {
    const res = await openUntrusted(server, url, { method: 'HEAD' });
    res.body.resume();
    const header = res.headers.location;
    location = typeof header === 'string' ? header : '';
  } catch {
    location = '';
  }
  if (location.length > REDIRECT_LOCATION_MAX_LENGTH) location = '';
  cache.set(url, location);
  return location;
}

/** For tests: forget every cached answer. */
export function clearRedirectLocationCache(): void {
  cache.clear();
}
