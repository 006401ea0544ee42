import { isIP } from 'node:net';

/** Format checks used by the configuration rules, after Mattermost's model helpers. */

/** An absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//.test(value) && hasHost(value);
}

/** An absolute URL a websocket client can reach (ws, wss, http or https). */
export function isWebsocketUrl(value: string): boolean {
  return /^(wss?|https?):\/\//.test(value) && hasHost(value);
}

function hasHost(value: string): boolean {
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

/** `host:port`, `[ipv6]:port` or `:port`, with a valid host and a port in 0..65535. */
export function isListenAddress(value: string): boolean {
  const parts = splitHostPort(value);
  if (!parts) return false;
  const [host, port] = parts;
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return false;
  return host === '' || isIP(host) !== 0 || isDomainName(host);
}

function splitHostPort(value: string): [string, string] | null {
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end > 0 && value[end + 1] === ':' ? [value.slice(1, end), value.slice(end + 2)] : null;
  }
  const cut = value.lastIndexOf(':');
  if (cut < 0 || value.slice(0, cut).includes(':')) return null;
  return [value.slice(0, cut), value.slice(cut + 1)];
}

const LABEL = /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/** An RFC 1035 host name with at least one letter. */
export function isDomainName(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (name.length === 0 || name.length > 253 || !/[A-Za-z_]/.test(name)) return false;
  return name.split('.').every((label) => LABEL.test(label));
}

/** A 24-hour `H:MM` / `HH:MM` time of day. */
export function isClockTime(value: string): boolean {
  return /^([01]?\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A URL scheme name such as `git` or `x-app+v1`. */
export function isUrlScheme(value: string): boolean {
  return /^\s*[A-Za-z][A-Za-z0-9.+-]*\s*$/.test(value);
}
