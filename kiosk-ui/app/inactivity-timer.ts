// Watches for a person who has walked away: quiet time, then a warning with a countdown, then expiry. The app draws the
// dialog and ends the visit; this only keeps time. The countdown is announced at a few points, not every second.
import { COUNTDOWN_ANNOUNCE_AT, type TimeoutPlan } from '../../protocol/timing.ts';

export type TimeoutPhase =
  | { kind: 'quiet' }
  /** `announce` is true on the ticks a screen reader (and later the voice guide) should say the time left. */
  | { kind: 'warning'; secondsLeft: number; announce: boolean }
  | { kind: 'expired' };

const TICK_MS = 1000;

export class InactivityTimer {
  private plan: TimeoutPlan | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private warningEndsAt = 0;
  private lastSecondsLeft = 0;
  private phase: TimeoutPhase['kind'] = 'quiet';

  constructor(private readonly onPhase: (phase: TimeoutPhase) => void) {}

  /** Starts (or restarts) the quiet time with the waits for the current screen. */
  arm(plan: TimeoutPlan): void {
    this.plan = plan;
    this.restart();
  }

  /** Stops watching: nobody is using the kiosk, or the visit is over. */
  disarm(): void {
    this.plan = undefined;
    this.clear();
    // Nothing of the last countdown is kept for the next person.
    this.warningEndsAt = 0;
    this.lastSecondsLeft = 0;
    this.setPhase({ kind: 'quiet' });
  }

  /** The person touched or pressed something. During the warning only "continue" (extend) counts. */
  activity(): void {
    if (this.phase === 'quiet' && this.plan) this.restart();
  }

  /** "Так, мені потрібно більше часу": back to the full quiet time. */
  extend(): void {
    if (this.plan) this.restart();
  }

  private restart(): void {
    this.clear();
    this.setPhase({ kind: 'quiet' });
    const plan = this.plan!;
    this.idleTimer = setTimeout(() => this.warn(plan), plan.idleMs);
  }

  private warn(plan: TimeoutPlan): void {
    this.warningEndsAt = Date.now() + plan.warningMs;
    this.lastSecondsLeft = Math.ceil(plan.warningMs / 1000);
    this.setPhase({ kind: 'warning', secondsLeft: this.lastSecondsLeft, announce: true });
    this.ticker = setInterval(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    const secondsLeft = Math.max(0, Math.ceil((this.warningEndsAt - Date.now()) / 1000));
    if (secondsLeft === 0) {
      this.clear();
      this.setPhase({ kind: 'expired' });
      return;
    }
    const announce = COUNTDOWN_ANNOUNCE_AT.some((at) => this.lastSecondsLeft > at && secondsLeft <= at);
    this.lastSecondsLeft = secondsLeft;
    this.setPhase({ kind: 'warning', secondsLeft, announce });
  }

  private setPhase(phase: TimeoutPhase): void {
    const changed = phase.kind !== this.phase || phase.kind === 'warning';
    this.phase = phase.kind;
    if (changed) this.onPhase(phase);
  }

  private clear(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.ticker);
    this.idleTimer = undefined;
    this.ticker = undefined;
  }
}
