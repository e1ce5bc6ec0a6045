import { request as httpRequest, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** A small seeded PRNG (mulberry32): the same seed gives the same fuzz run, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings that have broken parsers, validators and databases before. */
export const EXOTIC_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\udbff\udbff',
  '\u202eevil\u202c',
  '\u200b\u200d\ufeff',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301'.repeat(2000),
  '\u0007\u001b[31m\r\n\t',
  "'; DROP TABLE ticket; --",
  '{{agent_name}}{{__proto__}}',
  '%00%s%n',
  'a'.repeat(4097),
  'щ'.repeat(100_000),
  '1e309',
  'NaN',
  '-Infinity',
  'null',
  '00000000-0000-0000-0000-000000000000',
];

/** Numbers at and past every boundary: JSON text, because 1e309 and -0 do not survive JSON.stringify. */
export const EXTREME_NUMBERS: readonly string[] = [
  '0',
  '-0',
  '-1',
  '0.5',
  '1e309',
  '-1e309',
  '1e-400',
  '9007199254740993',
  '-9223372036854775809',
  '99999999999999999999999999',
  '2147483648',
  '1.7976931348623157e308',
];

export const WRONG_TYPES: readonly string[] = [
  'null',
  'true',
  '[]',
  '{}',
  '[[[[[]]]]]',
  '{"a":{"b":{"c":[1]}}}',
  '"x"',
  '12',
];

/** Path segment values: the router, the uuid pipes and the database each see them. */
export const BAD_PATH_VALUES: readonly string[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '%00',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '..%2F..%2Fetc%2Fpasswd',
  '%F0%9F%98%80',
  '-1',
  '99999999999999999999',
  '1e309',
  'a'.repeat(5000),
  '%20',
  'null',
  '%25',
];

/** Query values, already percent-encoded. */
export const BAD_QUERY_VALUES: readonly string[] = [
  '',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '0.5',
  'NaN',
  'null',
  encodeURIComponent('\u202e😀'),
  'x'.repeat(10_000),
  'not-a-uuid',
  '2026-13-45',
];

export interface FuzzResponse {
  status: number;
  contentType: string;
  body: string;
  /** The connection was cut before an answer (only acceptable when the client body was oversized). */
  reset: boolean;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** Sends exactly the bytes and headers given (supertest would fill in a Content-Type). */
export class RawHttp {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  sent = 0;

  constructor(private readonly port: number) {}

  static async listen(server: Server): Promise<RawHttp> {
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new RawHttp((server.address() as AddressInfo).port);
  }

  send(raw: RawRequest): Promise<FuzzResponse> {
    this.sent += 1;
    const body =
      raw.body === undefined ? undefined : Buffer.isBuffer(raw.body) ? raw.body : Buffer.from(raw.body, 'utf8');
    const headers: Record<string, string | number> = { ...raw.headers };
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'transfer-encoding'))
      headers['Content-Length'] = body.length;
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: this.port, method: raw.method, path: raw.path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
              reset: false,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNRESET' || error.code === 'EPIPE')
          resolve({ status: 0, contentType: '', body: '', reset: true });
        else reject(error);
      });
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A body variant: the raw bytes and the headers that go with them. */
export interface BodyVariant {
  label: string;
  body: Buffer | string;
  headers: Record<string, string>;
  oversized?: boolean;
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

function nested(depth: number, open: string, close: string, leaf = '1'): string {
  return open.repeat(depth) + leaf + close.repeat(depth);
}

const MANY_KEYS = `{${Array.from({ length: 40_000 }, (_, index) => `"k${index}":${index}`).join(',')}}`;
const GZIP_BOMB = gzipSync(JSON.stringify({ pad: 'a'.repeat(8 * 1024 * 1024) }));
const DEEP_ARRAYS = nested(100_000, '[', ']');
const DEEP_OBJECTS = nested(5000, '{"a":', '}');

/** Whole-body attacks, independent of the operation's schema (`base` is a plausible valid body). */
export function bodyVariants(base: Record<string, unknown>): BodyVariant[] {
  const json = JSON.stringify(base);
  const inner = json.slice(1, -1);
  const withKeys = (extra: string) => `{${inner}${inner ? ',' : ''}${extra}}`;
  const firstKey = Object.keys(base)[0] ?? 'text';
  return [
    ...[
      '{',
      '{"a":',
      '}',
      '[',
      'nul',
      "{'a':1}",
      '{"a":1}}',
      '{"a":1,}',
      '{"a" 1}',
      '\ufeff{}',
      '{"a":NaN}',
      '{"a":Infinity}',
      '{"a":0x10}',
      '{"a":"\\ud800"}',
      '{"a":"\\u0000"}',
      '{"\\u0000":1}',
      '{"a":"\\x41"}',
    ].map((text) => ({ label: `malformed ${text}`, body: text, headers: JSON_TYPE })),
    ...WRONG_TYPES.map((text) => ({ label: `top-level ${text}`, body: text, headers: JSON_TYPE })),
    { label: 'depth 33 objects', body: nested(33, '{"a":', '}'), headers: JSON_TYPE },
    { label: 'depth 100000 arrays', body: DEEP_ARRAYS, headers: JSON_TYPE },
    { label: 'depth 5000 objects in a field', body: withKeys(`"deep":${DEEP_OBJECTS}`), headers: JSON_TYPE },
    {
      label: 'duplicate key, second wins with another type',
      body: withKeys(`"${firstKey}":{"$gt":""}`),
      headers: JSON_TYPE,
    },
    { label: '__proto__', body: withKeys('"__proto__":{"polluted":true,"status":"closed"}'), headers: JSON_TYPE },
    {
      label: 'constructor.prototype',
      body: withKeys('"constructor":{"prototype":{"polluted":true}}'),
      headers: JSON_TYPE,
    },
    { label: 'prototype key only', body: '{"__proto__":null}', headers: JSON_TYPE },
    { label: '40000 keys', body: MANY_KEYS, headers: JSON_TYPE },
    {
      label: 'a 1 MiB + 1 string',
      body: JSON.stringify({ ...base, pad: 'x'.repeat(1024 * 1024) }),
      headers: JSON_TYPE,
      oversized: true,
    },
    { label: 'no Content-Type', body: json, headers: {} },
    { label: 'text/plain', body: json, headers: { 'Content-Type': 'text/plain' } },
    {
      label: 'form-encoded',
      body: new URLSearchParams(
        Object.entries(base).map(([key, value]): [string, string] => [key, String(value)]),
      ).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    },
    {
      label: 'multipart',
      body: '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhi\r\n--x--\r\n',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    },
    { label: 'problem+json', body: json, headers: { 'Content-Type': 'application/merge-patch+json' } },
    { label: 'garbage Content-Type', body: json, headers: { 'Content-Type': ';;;/;' } },
    {
      label: 'charset utf-16le',
      body: Buffer.from(json, 'utf16le'),
      headers: { 'Content-Type': 'application/json; charset=utf-16le' },
    },
    { label: 'charset latin1', body: json, headers: { 'Content-Type': 'application/json; charset=latin1' } },
    { label: 'charset bogus', body: json, headers: { 'Content-Type': 'application/json; charset=utf-bogus' } },
    {
      label: 'invalid UTF-8 bytes',
      body: Buffer.concat([
        Buffer.from('{"text":"'),
        Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xff]),
        Buffer.from('"}'),
      ]),
      headers: JSON_TYPE,
    },
    { label: 'gzip', body: gzipSync(json), headers: { ...JSON_TYPE, 'Content-Encoding': 'gzip' } },
    {
      label: 'corrupt gzip',
      body: Buffer.concat([gzipSync(json).subarray(0, 12), Buffer.from('garbage')]),
      headers: { ...JSON_TYPE, 'Content-Encoding': 'gzip' },
    },
    { label: 'corrupt deflate', body: 'not deflate at all', headers: { ...JSON_TYPE, 'Content-Encoding': 'deflate' } },
    {
      label: 'corrupt br',
      body: Buffer.concat([brotliCompressSync(json).subarray(0, 4), Buffer.from([0xff, 0xff, 0xff])]),
      headers: { ...JSON_TYPE, 'Content-Encoding': 'br' },
    },
    { label: 'gzip bomb over 1 MiB', body: GZIP_BOMB, headers: { ...JSON_TYPE, 'Content-Encoding': 'gzip' } },
    { label: 'Content-Encoding compress', body: json, headers: { ...JSON_TYPE, 'Content-Encoding': 'compress' } },
    { label: 'Content-Encoding zstd', body: json, headers: { ...JSON_TYPE, 'Content-Encoding': 'zstd' } },
    { label: 'Content-Encoding list', body: json, headers: { ...JSON_TYPE, 'Content-Encoding': 'identity, gzip' } },
    {
      label: 'chunked',
      body: `${Buffer.byteLength(json).toString(16)}\r\n${json}\r\n0\r\n\r\n`,
      headers: { ...JSON_TYPE, 'Transfer-Encoding': 'chunked' },
    },
  ];
}

/** A random JSON value of exotic leaves (seeded). */
export function randomJson(random: () => number, depth = 0): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (depth < 4 && roll < 0.2)
    return `[${Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1)).join(',')}]`;
  if (depth < 4 && roll < 0.4) {
    const keys = Array.from(
      { length: Math.floor(random() * 4) },
      () =>
        `${JSON.stringify(pick(EXOTIC_STRINGS.filter((text) => text.length < 50)))}:${randomJson(random, depth + 1)}`,
    );
    return `{${keys.join(',')}}`;
  }
  if (roll < 0.7) return JSON.stringify(pick(EXOTIC_STRINGS));
  if (roll < 0.9) return pick(EXTREME_NUMBERS);
  return pick(WRONG_TYPES);
}
