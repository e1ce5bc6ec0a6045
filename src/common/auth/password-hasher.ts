import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import { Counter, Gauge } from 'prom-client';
import type { Env } from '../../config/env.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { PasswordCheckBusy } from './auth.errors.js';
import { hashPassword, verifyPassword } from './password.js';

/** Why a hash was computed, for the metric. */
type HashPurpose = 'verify' | 'set';

/**
 * Every scrypt of the process goes through here, at most PASSWORD_HASH_CONCURRENCY at a time (32 MiB
 * and one libuv thread each), the others waiting in a queue of at most PASSWORD_HASH_QUEUE; beyond it
 * the request is refused at once with 429 password_check_busy and Retry-After: 1. Without this a flood of
 * sign-ins filled libuv's thread pool (4 threads, shared with file and DNS work) and memory, and a real
 * member waited behind hundreds of hashes; now a flood costs a bounded queue and is shed, not piled up.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  readonly concurrency: number;
  readonly queueLimit: number;
  private running = 0;
  /** The most hashes that ever ran at once in this process (tests read it). */
  peakRunning = 0;
  private readonly waiting: Array<() => void> = [];
  private decoyHash = '';
  private readonly runningGauge: Gauge;
  private readonly queuedGauge: Gauge;
  private readonly hashes: Counter<'purpose'>;
  private readonly refused: Counter;

  constructor(
    @Inject(ConfigService) config: ConfigService<Env, true>,
    // Absent in the CLI, which serves no /metrics.
    @Optional() metrics?: MetricsService,
  ) {
    this.concurrency = config.get('PASSWORD_HASH_CONCURRENCY', { infer: true });
    this.queueLimit = config.get('PASSWORD_HASH_QUEUE', { infer: true });
    const registers = metrics ? [metrics.registry] : [];
    this.runningGauge = new Gauge({
      name: 'zapnoty_password_hashes_running',
      help: 'Password hashes (scrypt) computing now, at most PASSWORD_HASH_CONCURRENCY',
      registers,
    });
    this.queuedGauge = new Gauge({
      name: 'zapnoty_password_hashes_queued',
      help: 'Password hashes waiting for their turn, at most PASSWORD_HASH_QUEUE',
      registers,
    });
    this.hashes = new Counter({
      name: 'zapnoty_password_hashes_total',
      help: 'Password hashes computed: verify (sign-in, re-entered password, decoy included) or set',
      labelNames: ['purpose'] as const,
      registers,
    });
    this.refused = new Counter({
      name: 'zapnoty_password_hashes_refused_total',
      help: 'Password checks refused (429 password_check_busy) because the hashing queue was full',
      registers,
    });
  }

  async onModuleInit(): Promise<void> {
    // A hash of a random password nobody knows: an unknown e-mail is checked against it, at the same cost.
    this.decoyHash = await hashPassword(randomBytes(24).toString('base64'));
  }

  /** How many hashes have been computed for this purpose (the metric; tests compare counts). */
  async count(purpose: HashPurpose): Promise<number> {
    return (await this.hashes.get()).values.find((value) => value.labels.purpose === purpose)?.value ?? 0;
  }

  hash(password: string): Promise<string> {
    return this.run('set', () => hashPassword(password));
  }

  /** Checks a password against a stored hash, or against the decoy when there is none (always false then). */
  async verify(password: string, stored: string | null): Promise<boolean> {
    const matches = await this.run('verify', () => verifyPassword(password, stored ?? this.decoyHash));
    return stored !== null && matches;
  }

  private async run<T>(purpose: HashPurpose, task: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running++;
    else if (this.waiting.length >= this.queueLimit) {
      this.refused.inc();
      throw new PasswordCheckBusy();
    } else {
      // Resolved by a finishing task, which hands its slot over: `running` already counts this one.
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        this.queuedGauge.set(this.waiting.length);
      });
    }
    this.peakRunning = Math.max(this.peakRunning, this.running);
    this.runningGauge.set(this.running);
    this.hashes.inc({ purpose });
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
      this.queuedGauge.set(this.waiting.length);
      this.runningGauge.set(this.running);
    }
  }
}
