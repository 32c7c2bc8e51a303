import type { Clock } from '../../kiosk-server/clock.ts';

/**
 * A Clock the test moves on: stopped at `start` (nothing passes unless the test says so) or, without one, running with
 * the system clock; `advance` moves either on at once, instead of waiting for the time to pass.
 */
export class TestClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly start?: Date) {}

  now(): Date {
    return new Date((this.start?.getTime() ?? Date.now()) + this.offsetMs);
  }

  /** Moves the clock on by `ms` (back, when negative); returns the new time. */
  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }
}
