import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

/**
 * Addresses a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE=true: everything that is not a public
 * unicast address (loopback, private, link-local such as the cloud metadata 169.254.169.254,
 * carrier-grade NAT, unspecified, multicast, broadcast, documentation and other reserved ranges).
 * The same categories request-filtering-agent blocks when the delivery connects.
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** True when `address` (an IP literal) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = mappedIpv4(address);
    if (mapped) return isPublicAddress(mapped);
    return !NON_PUBLIC.check(address, 'ipv6');
  }
  return !NON_PUBLIC.check(address, 'ipv4');
}

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d, also written ::ffff:7f00:1) reaches the IPv4 host. */
function mappedIpv4(address: string): string | null {
  // Node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 subnets, so this range is handled here.
  const normalized = new URL(`http://[${address}]/`).hostname.slice(1, -1).toLowerCase();
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(normalized);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(normalized);
  if (!hex) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

export type HostResolver = (hostname: string) => Promise<string[]>;

/** The system resolver (what the delivery's connection will use): every address of the name. */
export const systemResolver: HostResolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

export type TargetProblem = { reason: 'not_http' | 'invalid_url' | 'private_address'; message: string };

const RESOLVE_TIMEOUT_MS = 3_000;

/**
 * Checks a webhook URL at configuration time: http(s) only, and unless private targets are allowed, a
 * host that is neither a non-public IP literal, nor `localhost`, nor a name resolving to a non-public
 * address. A name that does not resolve now is accepted: the connection-time check still applies.
 * Returns null when the URL is acceptable.
 */
export async function checkWebhookTarget(rawUrl: string, options: { allowPrivate: boolean; resolve?: HostResolver }): Promise<TargetProblem | null> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { reason: 'invalid_url', message: 'url must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: 'not_http', message: 'url must use http or https' };
  if (!url.hostname) return { reason: 'invalid_url', message: 'url must name a host' };
  if (options.allowPrivate) return null;

  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
  const privateTarget: TargetProblem = { reason: 'private_address', message: 'url must not point to a loopback, private or link-local address' };
  if (isIP(host) !== 0) return isPublicAddress(host) ? null : privateTarget;
  if (host === 'localhost' || host.endsWith('.localhost')) return privateTarget;

  const resolve = options.resolve ?? systemResolver;
  let addresses: string[];
  try {
    addresses = await Promise.race([
      resolve(host),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), RESOLVE_TIMEOUT_MS).unref()),
    ]);
  } catch {
    return null;
  }
  return addresses.every(isPublicAddress) ? null : privateTarget;
}
