import { Injectable, OnModuleDestroy } from '@nestjs/common';

/**
 * Whether this process has begun shutting down. main.ts sets it on SIGTERM before anything closes, and
 * Nest's first shutdown hook sets it too (app.close() from elsewhere), so /health/ready turns 503 while
 * the server still finishes what it has.
 */
@Injectable()
export class ShutdownState implements OnModuleDestroy {
  private shuttingDown = false;

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  begin(): void {
    this.shuttingDown = true;
  }

  onModuleDestroy(): void {
    this.begin();
  }
}
