/**
 * Requests from the server to integrations (outgoing webhooks, slash commands, interactive
 * actions and dialogs), as Mattermost's untrusted HTTP client makes them: a timeout of
 * ServiceSettings.OutgoingIntegrationRequestsTimeout seconds, and no connection to a reserved
 * (loopback, private, link-local...) or own address unless that host, or a CIDR range holding
 * the address, is listed in ServiceSettings.AllowedUntrustedInternalConnections.
 * Redirects are not followed.
 */
import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { ServerContext } from '../../server/context';

/** Mattermost's reserved ranges (httpservice.reservedIPRanges). */
const RESERVED_V4 = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24',
  '192.0.2.0/24', '192.88.99.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
  '224.0.0.0/4', '240.0.0.0/4',
];
const RESERVED_V6 = ['::/128', '::1/128', 'fc00::/7', 'fe80::/10', 'ff00::/8'];

const reserved = new BlockList();
for (const cidr of RESERVED_V4) addCidr(reserved, cidr);
for (const cidr of RESERVED_V6) addCidr(reserved, cidr);

function addCidr(list: BlockList, cidr: string): boolean {
  const [net, bits] = cidr.split('/');
  const family = isIP(net);
  const prefix = Number(bits);
  if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) return false;
  list.addSubnet(net, prefix, family === 4 ? 'ipv4' : 'ipv6');
  return true;
}

function familyOf(ip: string): 'ipv4' | 'ipv6' {
  return isIP(ip) === 6 ? 'ipv6' : 'ipv4';
}

/** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it is. */
function unmapped(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m ? m[1] : ip;
}

export function isReservedIp(raw: string): boolean {
  const ip = unmapped(raw);
  return reserved.check(ip, familyOf(ip));
}

function isOwnIp(raw: string): boolean {
  const ip = unmapped(raw).toLowerCase();
  for (const list of Object.values(networkInterfaces())) {
    for (const addr of list ?? []) if (addr.address.toLowerCase() === ip) return true;
  }
  return false;
}

/** The entries of AllowedUntrustedInternalConnections (whitespace or comma separated). */
export function allowedEntries(setting: string): string[] {
  return setting.split(/[\s,]+/).filter(Boolean);
}

export class OutboundRefused extends Error {}

export interface OutboundRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface OutboundResponse {
  status: number;
  contentType: string;
  text: string;
}

/** Mattermost reads at most this much of an integration's answer. */
export const MAX_INTEGRATION_RESPONSE_SIZE = 1024 * 1024;

/**
 * One request to an integration. Rejects (with OutboundRefused, a timeout or a network error)
 * when it cannot be made; a non-2xx answer is returned for the caller to judge. The address is
 * checked when the connection is made (the socket's own DNS lookup), so a name that resolves
 * differently between a check and the connection cannot slip through; TLS certificates are
 * verified unless ServiceSettings.EnableInsecureOutgoingConnections.
 */
export async function outboundRequest(server: ServerContext, rawUrl: string, req: OutboundRequest): Promise<OutboundResponse> {
  const url = new URL(rawUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundRefused(`unsupported scheme ${url.protocol}`);
  const settings = server.config.get().ServiceSettings;
  const timeoutSeconds = settings.OutgoingIntegrationRequestsTimeout || 30;
  const entries = allowedEntries(settings.AllowedUntrustedInternalConnections ?? '');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const trustedHost = entries.includes(host);
  if (!trustedHost && isIP(host)) refuseInternal(entries, host, host);
  const body = req.method === 'GET' ? undefined : req.body;
  const headers: Record<string, string> = { ...req.headers };
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  const options: RequestOptions = {
    method: req.method ?? 'POST',
    headers,
    signal: AbortSignal.timeout(timeoutSeconds * 1000),
    lookup: trustedHost ? undefined : (checkedLookup(entries, host) as RequestOptions['lookup']),
    rejectUnauthorized: !settings.EnableInsecureOutgoingConnections,
  } as RequestOptions;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<OutboundResponse>((resolve, reject) => {
    const request = send(url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size >= MAX_INTEGRATION_RESPONSE_SIZE) return;
        const room = MAX_INTEGRATION_RESPONSE_SIZE - size;
        chunks.push(chunk.byteLength > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.byteLength, room);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

export function refuseInternal(entries: string[], host: string, raw: string): void {
  const ip = unmapped(raw);
  if (!isReservedIp(ip) && !isOwnIp(ip)) return;
  const ranges = new BlockList();
  let any = false;
  for (const entry of entries) if (entry.includes('/') && addCidr(ranges, entry)) any = true;
  if (any && ranges.check(ip, familyOf(ip))) return;
  throw new OutboundRefused(`address ${ip} of ${host} is internal and not in AllowedUntrustedInternalConnections`);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | Array<{ address: string; family: number }>, family?: number) => void;

/** A DNS lookup for the socket that refuses internal addresses not allowed by the setting. */
export function checkedLookup(entries: string[], host: string) {
  return (hostname: string, opts: { all?: boolean }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '');
      try {
        for (const a of addresses) refuseInternal(entries, host, a.address);
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '');
      }
      if (opts?.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
