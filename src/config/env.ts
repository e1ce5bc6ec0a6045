/**
 * Every environment variable the server reads, parsed and checked once at start.
 * A bad value stops the server with one line naming the variable.
 */
export interface Env {
  PORT: number;
  HOST: string;
  DATABASE_URL: string | undefined;
  DATA_DIR: string;
  DATABASE_POOL_SIZE: number;
  DATABASE_PREPARED_STATEMENTS: boolean;
  RATE_LIMIT_PER_MINUTE: number;
  RATE_LIMIT_PER_SESSION_PER_MINUTE: number;
  PASSWORD_HASH_CONCURRENCY: number;
  PASSWORD_HASH_QUEUE: number;
  SIGN_IN_FAILURES_PER_ADDRESS: number;
  /** Express's 'trust proxy': which proxies' X-Forwarded-For gives the client address (false: none). */
  TRUST_PROXY: boolean | number | string;
  LOG_LEVEL: LogLevelName;
  DEMO_PROJECT: boolean;
  WEBHOOK_ALLOW_PRIVATE: boolean;
  WORKERS_ENABLED: boolean;
  WEBHOOK_TIMEOUT_MS: number;
  WEBHOOK_CONCURRENCY: number;
  UNANSWERED_CHECK_INTERVAL_SECONDS: number;
  IDEMPOTENCY_LEASE_SECONDS: number;
  UNANSWERED_FIRST_CHECK_DELAY_SECONDS: number;
  AUTOMATIONS_INTERVAL_SECONDS: number;
  SHUTDOWN_DELAY_MS: number;
  CORS_ORIGINS: string[];
  METRICS_TOKEN: string | undefined;
  FREE_CREDITS_PER_MONTH: number;
  TELEGRAM_BOT_TOKEN: string | undefined;
  TELEGRAM_BOT_USERNAME: string;
  TELEGRAM_API_ROOT: string;
  TELEGRAM_WEBHOOK_SECRET: string | undefined;
  TELEGRAM_WEBHOOK_URL: string | undefined;
  TELEGRAM_MODE: 'webhook' | 'polling';
  MAX_BOT_TOKEN: string | undefined;
  MAX_BOT_USERNAME: string;
  MAX_API_ROOT: string;
  MAX_WEBHOOK_SECRET: string | undefined;
  MAX_WEBHOOK_URL: string | undefined;
  MAX_MODE: 'webhook' | 'polling';
  /** Where people reach this server: invite links and the CSRF Origin check use it. */
  PUBLIC_URL: string;
  COOKIE_SECURE: boolean;
  /** A request's headers must arrive within this (Node's server.headersTimeout); else 408 and closed. */
  HTTP_HEADERS_TIMEOUT_MS: number;
  /** A body that is not multipart (JSON) must arrive within this from the end of its headers; else 408. */
  HTTP_JSON_BODY_TIMEOUT_MS: number;
  /** A whole request, a multipart upload included, must arrive within this (Node's server.requestTimeout). */
  HTTP_UPLOAD_TIMEOUT_MS: number;
  /** An idle keep-alive connection is closed after this (Node's server.keepAliveTimeout). */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: number;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export class InvalidEnvironment extends Error {}

type Source = Record<string, string | undefined>;

function text(env: Source, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Source, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || value < min || value > max) {
    throw new InvalidEnvironment(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Source, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new InvalidEnvironment(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Source, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new InvalidEnvironment(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Source, name: string, fallback?: string): string | undefined {
  const raw = text(env, name) ?? fallback;
  if (raw === undefined) return undefined;
  try {
    const parsed = new URL(raw);
    if (!['http:', 'https:', 'postgres:', 'postgresql:'].includes(parsed.protocol)) throw new Error();
  } catch {
    throw new InvalidEnvironment(`${name} must be a URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** `CORS_ORIGINS`: comma-separated origins (`https://app.example.com`), or `*` for any origin. */
function origins(env: Source, name: string): string[] {
  const list = (text(env, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const origin of list) {
    if (origin === '*' && list.length === 1) continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new InvalidEnvironment(
        `${name} must be * or a comma-separated list of origins such as https://app.example.com, got "${origin}"`,
      );
    }
  }
  return list;
}

/**
 * `false` (default: the socket's address is the client's), `true` (trust every proxy: only behind one
 * that overwrites X-Forwarded-For), a hop count, or Express's list of trusted addresses and subnets
 * (`loopback`, `10.0.0.0/8, 192.168.1.1`).
 */
function trustProxy(env: Source, name: string): boolean | number | string {
  const raw = text(env, name);
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!/^[0-9A-Za-z.:/,\s]+$/.test(raw)) {
    throw new InvalidEnvironment(
      `${name} must be true, false, a hop count or a list of addresses/subnets, got "${raw}"`,
    );
  }
  return raw;
}

export function parseEnv(env: Source): Env {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  return {
    PORT: port,
    HOST: text(env, 'HOST') ?? '0.0.0.0',
    DATABASE_URL: url(env, 'DATABASE_URL'),
    DATA_DIR: text(env, 'DATA_DIR') ?? './data',
    DATABASE_POOL_SIZE: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    DATABASE_PREPARED_STATEMENTS: flag(env, 'DATABASE_PREPARED_STATEMENTS', true),
    // The API key's budget; each member session has its own (a member cannot drain the integrations').
    RATE_LIMIT_PER_MINUTE: integer(env, 'RATE_LIMIT_PER_MINUTE', 300, 1, 10_000_000),
    RATE_LIMIT_PER_SESSION_PER_MINUTE: integer(env, 'RATE_LIMIT_PER_SESSION_PER_MINUTE', 300, 1, 10_000_000),
    // scrypt costs 32 MiB and one libuv thread (of 4) a hash: 2 at once, the rest queue, a flood is shed.
    PASSWORD_HASH_CONCURRENCY: integer(env, 'PASSWORD_HASH_CONCURRENCY', 2, 1, 64),
    PASSWORD_HASH_QUEUE: integer(env, 'PASSWORD_HASH_QUEUE', 64, 0, 100_000),
    // Failed sign-ins from one client address in 15 minutes, whatever the e-mails (an office behind NAT shares one).
    SIGN_IN_FAILURES_PER_ADDRESS: integer(env, 'SIGN_IN_FAILURES_PER_ADDRESS', 100, 1, 1_000_000),
    TRUST_PROXY: trustProxy(env, 'TRUST_PROXY'),
    LOG_LEVEL: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    DEMO_PROJECT: flag(env, 'DEMO_PROJECT', true),
    WEBHOOK_ALLOW_PRIVATE: flag(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    WORKERS_ENABLED: flag(env, 'WORKERS_ENABLED', true),
    // The contract's 10 s per attempt; tests shorten it so a hanging receiver does not cost 10 s.
    WEBHOOK_TIMEOUT_MS: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    WEBHOOK_CONCURRENCY: integer(env, 'WEBHOOK_CONCURRENCY', 64, 1, 1000),
    UNANSWERED_CHECK_INTERVAL_SECONDS: integer(env, 'UNANSWERED_CHECK_INTERVAL_SECONDS', 3600, 1, 86400),
    // How long an Idempotency-Key stays claimed by a process that stopped refreshing it (crashed).
    IDEMPOTENCY_LEASE_SECONDS: integer(env, 'IDEMPOTENCY_LEASE_SECONDS', 15, 2, 300),
    UNANSWERED_FIRST_CHECK_DELAY_SECONDS: integer(env, 'UNANSWERED_FIRST_CHECK_DELAY_SECONDS', 10, 0, 3600),
    // The automation checks (out-of-hours replies, auto-close of quiet waiting tickets): src/automations/.
    AUTOMATIONS_INTERVAL_SECONDS: integer(env, 'AUTOMATIONS_INTERVAL_SECONDS', 300, 1, 86400),
    // Between SIGTERM and closing: /health/ready answers 503 so load balancers stop sending requests first.
    SHUTDOWN_DELAY_MS: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 60_000),
    CORS_ORIGINS: origins(env, 'CORS_ORIGINS'),
    METRICS_TOKEN: text(env, 'METRICS_TOKEN'),
    // Every project's free reply allowance per calendar month (UTC), for the whole installation.
    FREE_CREDITS_PER_MONTH: integer(env, 'FREE_CREDITS_PER_MONTH', 100, 0, 1_000_000_000),
    TELEGRAM_BOT_TOKEN: text(env, 'TELEGRAM_BOT_TOKEN'),
    TELEGRAM_BOT_USERNAME: text(env, 'TELEGRAM_BOT_USERNAME') ?? 'zapnotybot',
    TELEGRAM_API_ROOT: url(env, 'TELEGRAM_API_ROOT', 'https://api.telegram.org')!,
    TELEGRAM_WEBHOOK_SECRET: text(env, 'TELEGRAM_WEBHOOK_SECRET'),
    TELEGRAM_WEBHOOK_URL: url(env, 'TELEGRAM_WEBHOOK_URL'),
    TELEGRAM_MODE: oneOf(env, 'TELEGRAM_MODE', ['webhook', 'polling'] as const, 'webhook'),
    MAX_BOT_TOKEN: text(env, 'MAX_BOT_TOKEN'),
    MAX_BOT_USERNAME: text(env, 'MAX_BOT_USERNAME') ?? 'zapnotybot',
    MAX_API_ROOT: url(env, 'MAX_API_ROOT', 'https://platform-api.max.ru')!,
    MAX_WEBHOOK_SECRET: text(env, 'MAX_WEBHOOK_SECRET'),
    MAX_WEBHOOK_URL: url(env, 'MAX_WEBHOOK_URL'),
    MAX_MODE: oneOf(env, 'MAX_MODE', ['webhook', 'polling'] as const, 'webhook'),
    PUBLIC_URL: url(env, 'PUBLIC_URL', `http://localhost:${port}`)!,
    COOKIE_SECURE: flag(env, 'COOKIE_SECURE', false),
    ...httpTimeouts(env),
  };
}

/** Shorter than Node's defaults (60 s headers, 300 s request) for everything but uploads. */
function httpTimeouts(
  env: Source,
): Pick<
  Env,
  'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_JSON_BODY_TIMEOUT_MS' | 'HTTP_UPLOAD_TIMEOUT_MS' | 'HTTP_KEEP_ALIVE_TIMEOUT_MS'
> {
  const headers = integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 15_000, 100, 300_000);
  const upload = integer(env, 'HTTP_UPLOAD_TIMEOUT_MS', 300_000, 1000, 3_600_000);
  // Node refuses a headers timeout longer than the whole request's.
  if (headers > upload) {
    throw new InvalidEnvironment(
      `HTTP_HEADERS_TIMEOUT_MS (${headers}) must not exceed HTTP_UPLOAD_TIMEOUT_MS (${upload})`,
    );
  }
  return {
    HTTP_HEADERS_TIMEOUT_MS: headers,
    HTTP_JSON_BODY_TIMEOUT_MS: integer(env, 'HTTP_JSON_BODY_TIMEOUT_MS', 15_000, 100, 300_000),
    HTTP_UPLOAD_TIMEOUT_MS: upload,
    HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 1000, 600_000),
  };
}
