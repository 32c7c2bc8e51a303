// Inactivity: keeps the timer matched to what is on screen, draws nothing itself, says the countdown, and on expiry
// ends the visit (or, with nothing to lose, goes back to a fresh start).
import type { ReactiveController } from 'lit';
import { DEFAULT_TIMING, timeoutPlan, type KioskTiming } from '../../protocol/timing.ts';
import { secondsLeftText } from '../components/seconds-left.ts';
import { t } from '../i18n.ts';
import { isDefault } from '../settings/personal-settings.ts';
import { InactivityTimer, type TimeoutPhase } from './inactivity-timer.ts';
import type { VisitHost } from './visit-state.ts';

export interface InactivityDeps {
  endVisit(reason: 'finished' | 'timeout'): void;
  /** Back to a clean slate without telling the server (there is no visit). */
  forgetVisit(): void;
  speak(text: string): void;
  /** Where touches and key presses are watched. */
  doc?: Document;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input'] as const;

export class InactivityController implements ReactiveController {
  private timing: KioskTiming = DEFAULT_TIMING;
  private readonly timer = new InactivityTimer((phase) => this.onPhase(phase));
  /** What the timer is armed for, so a redraw of the same screen does not restart it. */
  private armedFor = '';
  private readonly onActivity = () => this.timer.activity();

  constructor(
    private readonly host: VisitHost,
    private readonly deps: InactivityDeps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY_EVENTS) (this.deps.doc ?? document).addEventListener(type, this.onActivity, true);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY_EVENTS) (this.deps.doc ?? document).removeEventListener(type, this.onActivity, true);
    this.timer.disarm();
  }

  /** The server's waits (on each connect): the timer is armed again with them. */
  setTiming(timing: KioskTiming): void {
    this.timing = timing;
    this.armedFor = '';
    this.host.requestUpdate();
  }

  activity(): void {
    this.timer.activity();
  }

  /** "Так, мені потрібно більше часу". */
  extend(): void {
    this.timer.extend();
    this.host.patch({ timeoutAnnouncement: '' });
  }

  /** Keeps the inactivity timer matched to what is on screen: a visit, a notice, or someone's settings on the welcome screen. */
  rearm(): void {
    const { view, statusPage, timedOut, overlay, helpCall, helpComing, settings } = this.host.visit;
    const pristine = !view && !statusPage && !timedOut && !overlay && helpCall === 'idle' && !helpComing && isDefault(settings);
    const key = pristine
      ? 'off'
      : [view?.screen === 'confirmation' ? 'confirmation' : 'visit', view?.idleSeconds ?? '', settings.voiceMode, this.timing.idleSeconds].join('|');
    if (key === this.armedFor) return;
    this.armedFor = key;
    if (pristine) this.timer.disarm();
    else {
      this.timer.arm(
        timeoutPlan(this.timing, {
          ...(view?.idleSeconds && { screenIdleSeconds: view.idleSeconds }),
          confirmation: view?.screen === 'confirmation',
          voiceMode: settings.voiceMode,
        }),
      );
    }
  }

  private onPhase(phase: TimeoutPhase): void {
    this.host.patch({ timeout: phase });
    const lang = this.host.visit.language;
    if (phase.kind === 'warning' && phase.announce) {
      const timeoutAnnouncement = `${t(lang, 'timeoutHeading')} ${secondsLeftText(lang, phase.secondsLeft)}`;
      this.host.patch({ timeoutAnnouncement });
      this.deps.speak(`${timeoutAnnouncement}. ${t(lang, 'timeoutContinue')}`);
    }
    if (phase.kind !== 'expired') return;
    this.host.patch({ timeoutAnnouncement: '' });
    this.armedFor = '';
    const { view } = this.host.visit;
    if (view && view.screen !== 'confirmation') this.deps.endVisit('timeout');
    // Nobody came back to the timed-out notice, or to settings chosen on the welcome screen: back to a fresh start.
    else if (view) this.deps.endVisit('finished');
    else this.deps.forgetVisit();
  }
}
