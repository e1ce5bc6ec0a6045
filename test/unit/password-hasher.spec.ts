import type { ConfigService } from '@nestjs/config';
import type { Env } from '../../src/config/env.js';
import { addressKey } from '../../src/common/auth/password-attempt-throttle.js';
import { PasswordHasher } from '../../src/common/auth/password-hasher.js';
import { PasswordCheckBusy } from '../../src/common/auth/auth.errors.js';

function hasher(concurrency: number, queue: number): PasswordHasher {
  const values: Record<string, number> = { PASSWORD_HASH_CONCURRENCY: concurrency, PASSWORD_HASH_QUEUE: queue };
  return new PasswordHasher({ get: (name: string) => values[name] } as unknown as ConfigService<Env, true>);
}

describe('password hasher', () => {
  it('runs at most `concurrency` hashes, queues up to the limit and refuses the rest at once', async () => {
    const passwords = hasher(2, 3);
    await passwords.onModuleInit();
    const results = await Promise.allSettled(Array.from({ length: 7 }, (_, i) => passwords.hash(`password ${i}`)));
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    expect((results[5] as PromiseRejectedResult).reason).toBeInstanceOf(PasswordCheckBusy);
    expect(passwords.peakRunning).toBe(2);
    // Slots handed over to the queue are given back: a later burst runs 2 at a time again.
    await Promise.all(Array.from({ length: 5 }, (_, i) => passwords.hash(`again ${i}`)));
    expect(passwords.peakRunning).toBe(2);
    expect(await passwords.count('set')).toBe(10);
  });

  it('verifies against the decoy when there is no stored hash, always false, at the cost of one hash', async () => {
    const passwords = hasher(1, 10);
    await passwords.onModuleInit();
    const stored = await passwords.hash('the password');
    expect(await passwords.verify('the password', stored)).toBe(true);
    expect(await passwords.verify('the password', null)).toBe(false);
    expect(await passwords.verify('another one', stored)).toBe(false);
    expect(await passwords.count('verify')).toBe(3);
  });
});

describe('client address key', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::ffff', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('counts %s as %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});
