import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { classifyAddress } from './webhook-target.js';

/** Options of the delivery agents: `allowPrivate` is WEBHOOK_ALLOW_PRIVATE (tests, intranet installs). */
export interface FilteringAgentOptions extends https.AgentOptions {
  allowPrivate: boolean;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

export class BlockedAddressError extends Error {
  constructor(address: string, host: string | undefined, range: string) {
    super(`connecting to ${address}${host && host !== address ? ` (${host})` : ''} is not allowed: ${range} address`);
  }
}

function refusal(address: string, host: string | undefined, allowPrivate: boolean): BlockedAddressError | null {
  const range = classifyAddress(address);
  if (range === 'unicast') return null;
  // The unspecified address (0.0.0.0, ::) connects to this machine: refused even when private targets are allowed.
  if (allowPrivate && range !== 'unspecified' && range !== 'invalid') return null;
  return new BlockedAddressError(address, host, range);
}

/**
 * Wraps the socket's DNS lookup so every address it would connect to passes the same classification as
 * the URL check at save time (classifyAddress); a name that resolves to a private address after it was
 * saved (DNS rebinding) is refused here, on the address actually connected to.
 */
function filteredLookup(allowPrivate: boolean, base: typeof dns.lookup = dns.lookup) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    base(hostname, options, ((
      error: NodeJS.ErrnoException | null,
      address: string | dns.LookupAddress[],
      family?: number,
    ) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
      for (const candidate of addresses) {
        const blocked = refusal(candidate, hostname, allowPrivate);
        if (blocked) return callback(blocked, address, family);
      }
      callback(null, address, family);
    }) as never);
  };
}

/** A socket that fails at once with `error`, given back instead of connecting to a refused IP literal. */
function failedSocket(error: Error, callback?: (error: Error | null, socket: Duplex) => void): Duplex {
  const socket = new net.Socket();
  if (callback) callback(error, socket);
  else process.nextTick(() => socket.destroy(error));
  return socket;
}

type ConnectionCallback = (error: Error | null, socket: Duplex) => void;

function checkLiteralHost(options: net.NetConnectOpts & { host?: string | null }, allowPrivate: boolean): Error | null {
  const host = options.host ?? undefined;
  return host !== undefined && net.isIP(host) !== 0 ? refusal(host, host, allowPrivate) : null;
}

/**
 * A filtering agent's connection: an IP literal host is checked at once (a refused one gives a socket that
 * fails), a name is resolved through filteredLookup; `connect` is the agent's own createConnection.
 */
function filteredConnection(
  options: net.NetConnectOpts,
  allowPrivate: boolean,
  callback: ConnectionCallback | undefined,
  connect: (options: net.NetConnectOpts, callback?: ConnectionCallback) => Duplex,
): Duplex {
  const blocked = checkLiteralHost(options, allowPrivate);
  if (blocked) return failedSocket(blocked, callback);
  const lookup = filteredLookup(
    allowPrivate,
    (options as net.TcpNetConnectOpts).lookup as typeof dns.lookup | undefined,
  );
  return connect({ ...options, lookup }, callback);
}

/** http.Agent whose connections only reach public addresses (unless `allowPrivate`). */
export class FilteringHttpAgent extends http.Agent {
  constructor(private readonly filter: FilteringAgentOptions) {
    super(filter);
  }

  override createConnection(options: net.NetConnectOpts, callback?: ConnectionCallback): Duplex {
    return filteredConnection(options, this.filter.allowPrivate, callback, (filtered, done) =>
      // @ts-expect-error -- http.Agent#createConnection exists at run time; @types/node does not declare it.
      super.createConnection(filtered, done),
    );
  }
}

/** https.Agent whose connections only reach public addresses (unless `allowPrivate`). */
export class FilteringHttpsAgent extends https.Agent {
  constructor(private readonly filter: FilteringAgentOptions) {
    super(filter);
  }

  override createConnection(options: net.NetConnectOpts, callback?: ConnectionCallback): Duplex {
    return filteredConnection(options, this.filter.allowPrivate, callback, (filtered, done) =>
      // @ts-expect-error -- https.Agent#createConnection exists at run time; @types/node does not declare it.
      super.createConnection(filtered, done),
    );
  }
}
