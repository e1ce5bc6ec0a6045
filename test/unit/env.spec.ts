import { InvalidEnvironment, parseEnv } from '../../src/config/env.js';

describe('environment parsing', () => {
  it('uses the documented defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toEqual(
      expect.objectContaining({
        PORT: 3000,
        DATABASE_URL: undefined,
        DATA_DIR: './data',
        RATE_LIMIT_PER_MINUTE: 300,
        RATE_LIMIT_PER_SESSION_PER_MINUTE: 300,
        PASSWORD_HASH_CONCURRENCY: 2,
        PASSWORD_HASH_QUEUE: 64,
        SIGN_IN_FAILURES_PER_ADDRESS: 100,
        TRUST_PROXY: false,
        WEBHOOK_ALLOW_PRIVATE: false,
        TELEGRAM_BOT_USERNAME: 'zapnotybot',
        MAX_BOT_USERNAME: 'zapnotybot',
        MAX_API_ROOT: 'https://platform-api.max.ru',
        MAX_MODE: 'webhook',
        TELEGRAM_API_ROOT: 'https://api.telegram.org',
        TELEGRAM_MODE: 'webhook',
        UNANSWERED_CHECK_INTERVAL_SECONDS: 3600,
        AUTOMATIONS_INTERVAL_SECONDS: 300,
      }),
    );
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE/],
    [{ WEBHOOK_ALLOW_PRIVATE: 'maybe' }, /WEBHOOK_ALLOW_PRIVATE must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ TELEGRAM_MODE: 'push' }, /TELEGRAM_MODE must be one of webhook, polling/],
  ])('rejects %j with one clear line', (env, message) => {
    expect(() => parseEnv(env)).toThrow(InvalidEnvironment);
    expect(() => parseEnv(env)).toThrow(message);
  });

  it('gives every project 100 free credits a month unless FREE_CREDITS_PER_MONTH says otherwise', () => {
    expect(parseEnv({}).FREE_CREDITS_PER_MONTH).toBe(100);
    expect(parseEnv({ FREE_CREDITS_PER_MONTH: '0' }).FREE_CREDITS_PER_MONTH).toBe(0);
    expect(parseEnv({ FREE_CREDITS_PER_MONTH: '2500' }).FREE_CREDITS_PER_MONTH).toBe(2500);
    expect(() => parseEnv({ FREE_CREDITS_PER_MONTH: '-1' })).toThrow(
      /FREE_CREDITS_PER_MONTH must be an integer from 0/,
    );
    expect(() => parseEnv({ FREE_CREDITS_PER_MONTH: 'lots' })).toThrow(InvalidEnvironment);
  });

  it('sets the HTTP timeouts explicitly: short for headers and JSON bodies, long for uploads', () => {
    expect(parseEnv({})).toEqual(
      expect.objectContaining({
        HTTP_HEADERS_TIMEOUT_MS: 15_000,
        HTTP_JSON_BODY_TIMEOUT_MS: 15_000,
        HTTP_UPLOAD_TIMEOUT_MS: 300_000,
        HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000,
      }),
    );
    expect(parseEnv({ HTTP_JSON_BODY_TIMEOUT_MS: '2000' }).HTTP_JSON_BODY_TIMEOUT_MS).toBe(2000);
    expect(() => parseEnv({ HTTP_HEADERS_TIMEOUT_MS: '50' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS must be an integer/);
    expect(() => parseEnv({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_UPLOAD_TIMEOUT_MS: '10000' })).toThrow(
      /must not exceed HTTP_UPLOAD_TIMEOUT_MS/,
    );
  });

  it('reads flags and numbers', () => {
    const env = parseEnv({
      PORT: '8080',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      DEMO_PROJECT: '0',
      DATABASE_URL: 'postgres://u@h:5432/db',
    });
    expect(env).toEqual(
      expect.objectContaining({
        PORT: 8080,
        WEBHOOK_ALLOW_PRIVATE: true,
        DEMO_PROJECT: false,
        DATABASE_URL: 'postgres://u@h:5432/db',
      }),
    );
  });
});
