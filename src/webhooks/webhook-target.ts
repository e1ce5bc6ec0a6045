import { isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

// IANA's global unicast block: everything else in IPv6 (including IPv4-compatible ::/96, which ipaddr.js
// reports as plain unicast) is reserved, special-purpose or unassigned, so not a public destination.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * The special-purpose range an IP literal falls in, as named by ipaddr.js (a maintained copy of IANA's
 * special-purpose registries: `loopback`, `private`, `linkLocal`, `uniqueLocal`, `deprecatedSiteLocal`,
 * `rfc6052` (NAT64), `rfc6145` (IPv4-translated), `ipv4Mapped`, `6to4`, `teredo`, `reserved`, …), plus
 * `ipv4Compatible`/`unassigned` for IPv6 outside 2000::/3; `unicast` for a public address; `invalid` when
 * it is not an IP literal. Embedded IPv4 forms (mapped, translated, NAT64, 6to4, Teredo) are refused as a
 * whole whatever address they embed: a public service has no reason to be reached through them.
 */
export function classifyAddress(address: string): string {
  const family = isIP(address);
  if (family === 0) return 'invalid';
  // ipaddr.js reads `::a.b.c.d` (IPv4-compatible) as IPv4-mapped; the WHATWG URL parser writes it as
  // `::7f00:1` first, which ipaddr.js reads correctly. A zone id (`%eth0`) does not change the range.
  const literal = family === 6 ? new URL(`http://[${address.split('%')[0]}]/`).hostname.slice(1, -1) : address;
  if (!ipaddr.isValid(literal)) return 'invalid';
  const parsed = ipaddr.parse(literal);
  const range = parsed.range();
  if (parsed.kind() === 'ipv6' && range === 'unicast' && !parsed.match(GLOBAL_UNICAST_V6)) {
    return (parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0) ? 'ipv4Compatible' : 'unassigned';
  }
  return range;
}

/**
 * True when `address` (an IP literal) is a public unicast address. The one rule both the webhook URL
 * check (save time) and the delivery agent (connect time, webhook-filtering-agent.ts) apply.
 */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'unicast';
}

export type HostResolver = (hostname: string) => Promise<string[]>;

/** The system resolver (what the delivery's connection will use): every address of the name. */
export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

export type TargetProblem = { reason: 'not_http' | 'invalid_url' | 'private_address'; message: string };

const RESOLVE_TIMEOUT_MS = 3_000;

/**
 * Checks a webhook URL at configuration time: http(s) only, and unless private targets are allowed, a
 * host that is neither a non-public IP literal, nor `localhost`, nor a name resolving to a non-public
 * address. A name that does not resolve now is accepted: the connection-time check still applies.
 * Returns null when the URL is acceptable.
 */
export async function checkWebhookTarget(
  rawUrl: string,
  options: { allowPrivate: boolean; resolve?: HostResolver },
): Promise<TargetProblem | null> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { reason: 'invalid_url', message: 'url must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { reason: 'not_http', message: 'url must use http or https' };
  if (!url.hostname) return { reason: 'invalid_url', message: 'url must name a host' };
  if (options.allowPrivate) return null;

  const host = url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  const privateTarget: TargetProblem = {
    reason: 'private_address',
    message: 'url must not point to a loopback, private or link-local address',
  };
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
