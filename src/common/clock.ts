import { Injectable } from '@nestjs/common';

/**
 * The current time for rules that follow the calendar (the credits month). Injected so tests can move
 * it across a month boundary instead of waiting for one.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
