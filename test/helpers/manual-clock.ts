import { Clock } from '../../src/common/clock.js';

/** A Clock that stands still until a test moves it: month boundaries without waiting or sleeping. */
export class ManualClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.current);
  }

  set(iso: string): void {
    this.current = new Date(iso);
  }
}
