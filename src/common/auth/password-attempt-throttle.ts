import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { isIPv6 } from 'node:net';
import type { Env } from '../../config/env.js';
import { PasswordAttemptsThrottled } from './auth.errors.js';
import { PasswordAttemptStore } from './password-attempt.store.js';

export const PASSWORD_ATTEMPT_WINDOW_SECONDS = 15 * 60;
/** Wrong passwords for one e-mail from one client address in a window. */
export const FAILURES_PER_EMAIL_AND_ADDRESS = 10;
/** Wrong re-entered passwords of one signed-in member (ownership transfer). */
export const FAILURES_PER_MEMBER = 10;

/** One counter an attempt is charged to, with its limit; `keepOnSuccess`: a success gives one back instead. */
export interface AttemptScope {
  scope: string;
  limit: number;
  keepOnSuccess?: boolean;
}

/**
 * Counts password attempts in PostgreSQL (shared by every server process) before the password is
 * hashed, so a throttled attempt costs no hash and concurrent guesses cannot slip past a limit. A sign-in
 * is charged to its (e-mail, client address) and to its address, never to the e-mail alone: an attacker
 * elsewhere cannot lock the real member out. A success forgets the (e-mail, address) count and gives
 * its attempt back to the address, so only failures add up. Windows start at the first attempt and last
 * 15 minutes. No ceiling per e-mail for every address: it would be the lock-out again, and 10 guesses
 * per address of a 10-character password behind scrypt leave a distributed guesser nothing useful.
 */
@Injectable()
export class PasswordAttemptThrottle {
  /** Wrong passwords from one client address, whatever the e-mails (password spraying). */
  private readonly failuresPerAddress: number;

  constructor(
    private readonly attempts: PasswordAttemptStore,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.failuresPerAddress = config.get('SIGN_IN_FAILURES_PER_ADDRESS', { infer: true });
  }

  signInScopes(email: string, clientAddress: string | undefined): AttemptScope[] {
    const address = addressKey(clientAddress);
    return [
      { scope: `email:${address} ${email}`, limit: FAILURES_PER_EMAIL_AND_ADDRESS },
      { scope: `address:${address}`, limit: this.failuresPerAddress, keepOnSuccess: true },
    ];
  }

  reEntryScopes(memberId: string): AttemptScope[] {
    return [{ scope: `member:${memberId}`, limit: FAILURES_PER_MEMBER }];
  }

  /** Counts an attempt in every scope; 429 with Retry-After when any is over its limit. */
  async countAttempt(scopes: AttemptScope[]): Promise<void> {
    const rows = await this.attempts.count(
      scopes.map(({ scope }) => scope),
      PASSWORD_ATTEMPT_WINDOW_SECONDS,
    );
    const over = rows.filter((row) => row.attempts > scopes.find(({ scope }) => scope === row.scope)!.limit);
    if (over.length > 0) throw new PasswordAttemptsThrottled(Math.max(1, ...over.map((row) => row.retry_after)));
  }

  async succeeded(scopes: AttemptScope[]): Promise<void> {
    const forget = scopes.filter((scope) => !scope.keepOnSuccess).map(({ scope }) => scope);
    const giveBack = scopes.filter((scope) => scope.keepOnSuccess).map(({ scope }) => scope);
    await this.attempts.forgetAndGiveBack(forget, giveBack);
  }

  async deleteEndedWindows(): Promise<void> {
    await this.attempts.deleteEnded(PASSWORD_ATTEMPT_WINDOW_SECONDS);
  }
}

/**
 * The address an attempt is counted under: IPv4 as is (also when IPv4-mapped), IPv6 by its /64, the
 * block one subscriber usually holds whole (counting single IPv6 addresses would let one machine
 * rotate through billions of them).
 */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = ip.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
