// How long something has waited, as the desk reads it («45 хв», «2 год 5 хв»), and a clock that redraws a page each
// half minute so the times on it keep up.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { say, WORDS } from './staff-text.ts';

const TICK_MS = 30_000;

/** The time since `since` in whole minutes and hours. */
export function waited(since: string, now = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(since)) / 60_000);
  const words = WORDS.desk.page;
  if (minutes < 1) return say(words.underMinute);
  if (minutes < 60) return say(words.minutes, { minutes });
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? say(words.hoursMinutes, { hours, minutes: minutes % 60 }) : say(words.hours, { hours });
}

/** Redraws its host every half minute while it is on the page. */
export class WaitClock implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.host.requestUpdate(), TICK_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
