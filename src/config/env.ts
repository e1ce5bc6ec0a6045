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
  RATE_LIMIT_PER_MINUTE: number;
  LOG_LEVEL: LogLevelName;
  DEMO_PROJECT: boolean;
  WEBHOOK_ALLOW_PRIVATE: boolean;
  WORKERS_ENABLED: boolean;
  WEBHOOK_TIMEOUT_MS: number;
  WEBHOOK_CONCURRENCY: number;
  UNANSWERED_CHECK_INTERVAL_SECONDS: number;
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

export function parseEnv(env: Source): Env {
  return {
    PORT: integer(env, 'PORT', 3000, 0, 65535),
    HOST: text(env, 'HOST') ?? '0.0.0.0',
    DATABASE_URL: url(env, 'DATABASE_URL'),
    DATA_DIR: text(env, 'DATA_DIR') ?? './data',
    DATABASE_POOL_SIZE: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    RATE_LIMIT_PER_MINUTE: integer(env, 'RATE_LIMIT_PER_MINUTE', 300, 1, 10_000_000),
    LOG_LEVEL: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    DEMO_PROJECT: flag(env, 'DEMO_PROJECT', true),
    WEBHOOK_ALLOW_PRIVATE: flag(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    WORKERS_ENABLED: flag(env, 'WORKERS_ENABLED', true),
    // The contract's 10 s per attempt; tests shorten it so a hanging receiver does not cost 10 s.
    WEBHOOK_TIMEOUT_MS: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    WEBHOOK_CONCURRENCY: integer(env, 'WEBHOOK_CONCURRENCY', 64, 1, 1000),
    UNANSWERED_CHECK_INTERVAL_SECONDS: integer(env, 'UNANSWERED_CHECK_INTERVAL_SECONDS', 3600, 1, 86400),
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
    MAX_API_ROOT: url(env, 'MAX_API_ROOT', 'https://botapi.max.ru')!,
    MAX_WEBHOOK_SECRET: text(env, 'MAX_WEBHOOK_SECRET'),
  };
}
