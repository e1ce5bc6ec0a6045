import { parseEnv } from '../../src/config/env.js';
import { judgeAttempt } from '../../src/webhooks/webhook-retry-policy.js';

const result = (statusCode: number | null, error: string | null = null) => ({ statusCode, error, durationMs: 5 });

describe('judgeAttempt (the retry policy)', () => {
  it('retries after 1 s, 2 s, 4 s and stops after the 4th attempt', () => {
    expect(judgeAttempt(result(500), 1)).toEqual({ status: 'retrying', retryInMs: 1000, disableWebhook: false });
    expect(judgeAttempt(result(502), 2)).toEqual({ status: 'retrying', retryInMs: 2000, disableWebhook: false });
    expect(judgeAttempt(result(null, 'timeout after 10000 ms'), 3)).toEqual({
      status: 'retrying',
      retryInMs: 4000,
      disableWebhook: false,
    });
    expect(judgeAttempt(result(500), 4)).toEqual({ status: 'failed', disableWebhook: false });
  });

  it('treats 2xx as delivered', () => {
    for (const code of [200, 201, 202, 204, 299]) expect(judgeAttempt(result(code), 1).status).toBe('success');
  });

  it('does not retry 4xx except 408 and 429; a 410 disables the webhook', () => {
    for (const code of [400, 401, 403, 404, 413, 422])
      expect(judgeAttempt(result(code), 1)).toEqual({ status: 'failed', disableWebhook: false });
    expect(judgeAttempt(result(408), 1).status).toBe('retrying');
    expect(judgeAttempt(result(429), 1).status).toBe('retrying');
    expect(judgeAttempt(result(410), 1)).toEqual({ status: 'failed', disableWebhook: true });
  });

  it('retries redirects (not followed) and network errors, but not a blocked private address', () => {
    expect(judgeAttempt(result(301), 1).status).toBe('retrying');
    expect(judgeAttempt(result(null, 'ECONNREFUSED: connect ECONNREFUSED'), 1).status).toBe('retrying');
    expect(judgeAttempt(result(null, 'blocked: DNS lookup 127.0.0.1 is not allowed'), 1).status).toBe('failed');
  });
});

describe('webhook configuration defaults', () => {
  it('times an attempt out after 10 s unless WEBHOOK_TIMEOUT_MS says otherwise', () => {
    expect(parseEnv({}).WEBHOOK_TIMEOUT_MS).toBe(10_000);
    expect(parseEnv({ WEBHOOK_TIMEOUT_MS: '2500' }).WEBHOOK_TIMEOUT_MS).toBe(2500);
    expect(() => parseEnv({ WEBHOOK_TIMEOUT_MS: '0' })).toThrow('WEBHOOK_TIMEOUT_MS');
  });

  it('refuses private webhook targets unless WEBHOOK_ALLOW_PRIVATE=true', () => {
    expect(parseEnv({}).WEBHOOK_ALLOW_PRIVATE).toBe(false);
    expect(parseEnv({ WEBHOOK_ALLOW_PRIVATE: 'true' }).WEBHOOK_ALLOW_PRIVATE).toBe(true);
  });
});
