// Remote assistance: a member of staff asks, the person at the kiosk says yes or no (shown and spoken), and only after
// a yes does staff see the screen and the answers of this visit and may answer for them. The person can end it at any
// time; it ends with the visit, and when the staff screen goes.
import type { Logger } from 'pino';
import type { RawValue } from '../../content/validators/fields.ts';
import type { AssistEndReason, AssistView, StaffErrorCode } from '../../protocol/staff-events.ts';
import type { Result } from '../../protocol/result.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import type { Database } from '../store/database.ts';
import type { Visits } from '../visits.ts';
import { auditDone, writeAudit } from './audit.ts';
import type { KioskPresence } from './kiosk-presence.ts';

interface Helping {
  kioskId: string;
  sessionId: string;
  staffLogin: string;
  /** The staff screen that asked: the only one that sees the visit. */
  staffSocketId: string;
  state: 'asked' | 'active';
  /** Applications already written to the log as submitted under this help. */
  recorded: Set<string>;
}

export interface StaffHelper {
  login: string;
  socketId: string;
}

export type AssistResult<T> = Result<T, StaffErrorCode>;

export interface AssistanceOptions {
  db: Database;
  visits: Visits;
  presence: KioskPresence;
  events: DomainEventBus;
  clock: Clock;
  logger: Logger;
}

export class Assistance {
  private readonly byKiosk = new Map<string, Helping>();

  constructor(private readonly options: AssistanceOptions) {
    // The person's screen changed, by their hand or by staff: the member of staff helping sees it too.
    options.events.on('visit:moved', ({ sessionId }) => this.viewChanged(sessionId));
    options.events.on('visit:ended', ({ sessionId }) => this.visitEnded(sessionId));
  }

  /** The kiosks list shows who is helping where: told on every change (undefined: the help ended). */
  private changed(kioskId: string, helping: Helping | undefined): void {
    const assistance = helping ? { staffLogin: helping.staffLogin, state: helping.state } : null;
    this.options.events.emit('assist:changed', { kioskId, assistance });
  }

  private bySession(sessionId: string): Helping | undefined {
    for (const helping of this.byKiosk.values()) if (helping.sessionId === sessionId) return helping;
    return undefined;
  }

  private viewFor(helping: Helping): AssistView | undefined {
    const current = this.options.visits.currentView(helping.sessionId);
    return current && { kioskId: helping.kioskId, lang: current.lang, view: current.view, answers: current.answers };
  }

  /** Asks the person at the kiosk. Nothing of the visit is shown to staff until they say yes. */
  async request(helper: StaffHelper, kioskId: string): Promise<AssistResult<null>> {
    const sessionId = this.options.presence.sessionOf(kioskId);
    if (!sessionId) return { ok: false, code: 'no_visit' };
    let helping = this.byKiosk.get(kioskId);
    if (helping && helping.sessionId !== sessionId) {
      // Left over from an earlier visit on this kiosk: ended before anything of the new one is asked.
      this.finish(helping, 'visit-ended');
      helping = undefined;
    }
    if (helping) {
      if (helping.staffLogin !== helper.login) return { ok: false, code: 'assist_busy' };
      if (helping.state === 'active') {
        // The same member of staff from another screen: on the record first, then that screen takes over and the
        // old one is told (and clears what it showed).
        await writeAudit(
          this.options.db,
          { staffLogin: helper.login, action: 'assist-start', kioskId, detail: 'again, on another screen' },
          this.options.clock.now(),
        );
        if (this.byKiosk.get(kioskId) !== helping || helping.state !== 'active') return { ok: false, code: 'not_assisting' };
        const previous = helping.staffSocketId;
        helping.staffSocketId = helper.socketId;
        if (previous !== helper.socketId) this.options.events.emit('assist:moved-screen', { kioskId, previousSocketId: previous });
        this.pushToStaff(helping);
        this.changed(kioskId, helping);
        return { ok: true, data: null };
      }
      helping.staffSocketId = helper.socketId;
    } else {
      helping = { kioskId, sessionId, staffLogin: helper.login, staffSocketId: helper.socketId, state: 'asked', recorded: new Set() };
      this.byKiosk.set(kioskId, helping);
    }
    this.options.events.emit('assist:asked', { sessionId });
    this.changed(kioskId, helping);
    return { ok: true, data: null };
  }

  /** The person's answer on the kiosk. */
  async consent(sessionId: string, allow: boolean): Promise<AssistResult<null>> {
    const helping = this.bySession(sessionId);
    if (!helping || helping.state !== 'asked') return { ok: false, code: 'not_assisting' };
    if (!allow) {
      this.finish(helping, 'declined');
      return { ok: true, data: null };
    }
    // On the record before anything is shown; and only if the request still stands once it is (the person may have
    // ended it, or staff withdrawn it, meanwhile).
    await writeAudit(this.options.db, { staffLogin: helping.staffLogin, action: 'assist-start', kioskId: helping.kioskId }, this.options.clock.now());
    if (this.byKiosk.get(helping.kioskId) !== helping || helping.state !== 'asked') return { ok: false, code: 'not_assisting' };
    helping.state = 'active';
    this.options.events.emit('assist:active', { sessionId });
    this.pushToStaff(helping);
    this.changed(helping.kioskId, helping);
    return { ok: true, data: null };
  }

  /** Staff answer the current question for the person; the kiosk shows the next screen at once. */
  async answer(helper: StaffHelper, kioskId: string, stepId: string, values: Record<string, RawValue>): Promise<AssistResult<AssistView>> {
    const helping = this.byKiosk.get(kioskId);
    if (!helping || helping.state !== 'active' || helping.staffSocketId !== helper.socketId) return { ok: false, code: 'not_assisting' };
    // A consent is the person's own: staff may help with everything else, never tick that box for them.
    const before = this.options.visits.currentView(helping.sessionId)?.view;
    if (before?.screen === 'question' && before.stepId === stepId && before.fields.some((field) => field.type === 'consent'))
      return { ok: false, code: 'person_only' };
    await writeAudit(this.options.db, { staffLogin: helper.login, action: 'assist-answer', kioskId, detail: `step ${stepId}` }, this.options.clock.now());
    if (this.byKiosk.get(kioskId) !== helping || helping.state !== 'active' || helping.staffSocketId !== helper.socketId)
      return { ok: false, code: 'not_assisting' };
    const result = this.options.visits.answer(helping.sessionId, stepId, values);
    if (!result.ok && result.code === 'session_not_found') return { ok: false, code: 'no_visit' };
    // Shown on the kiosk whatever came of it: the next question, or this one with its error message.
    const view = this.viewFor(helping);
    if (!view) {
      this.options.events.emit('kiosks:changed', {});
      return { ok: false, code: 'no_visit' };
    }
    // The kiosk is sent the new view, and (through viewChanged) the helping staff screen too.
    this.options.events.emit('visit:moved', { sessionId: helping.sessionId, by: 'staff', view: view.view });
    return { ok: true, data: view };
  }

  /** The person's screen changed (they answered, went back…): the member of staff helping sees it too. */
  private viewChanged(sessionId: string): void {
    const helping = this.bySession(sessionId);
    if (helping?.state !== 'active') return;
    const current = this.viewFor(helping);
    // Submitted while staff were helping: the log ties the help to the applications it led to.
    if (current?.view.screen === 'confirmation') {
      for (const { applicationNumber } of current.view.applications) {
        if (helping.recorded.has(applicationNumber)) continue;
        helping.recorded.add(applicationNumber);
        void auditDone(
          (entry) => writeAudit(this.options.db, entry, this.options.clock.now()),
          { staffLogin: helping.staffLogin, action: 'assist-submitted', applicationNumber, kioskId: helping.kioskId },
          this.options.logger,
        );
      }
    }
    this.pushToStaff(helping);
  }

  /** A kiosk page picked the visit up again (a reload): it is told whether staff are asking, or helping. */
  resumed(sessionId: string, tell: (news: { asked: true } | { active: true }) => void): void {
    const helping = this.bySession(sessionId);
    if (helping) tell(helping.state === 'asked' ? { asked: true } : { active: true });
  }

  endByPerson(sessionId: string): AssistResult<null> {
    const helping = this.bySession(sessionId);
    if (helping) this.finish(helping, 'ended-by-person');
    return { ok: true, data: null };
  }

  async endByStaff(helper: StaffHelper, kioskId: string): Promise<AssistResult<null>> {
    const helping = this.byKiosk.get(kioskId);
    if (!helping || helping.staffLogin !== helper.login) return { ok: false, code: 'not_assisting' };
    this.finish(helping, 'ended-by-staff');
    await writeAudit(this.options.db, { staffLogin: helper.login, action: 'assist-end', kioskId }, this.options.clock.now());
    return { ok: true, data: null };
  }

  private visitEnded(sessionId: string): void {
    const helping = this.bySession(sessionId);
    if (helping) this.finish(helping, 'visit-ended');
  }

  staffLeft(socketId: string): void {
    for (const helping of [...this.byKiosk.values()]) if (helping.staffSocketId === socketId) this.finish(helping, 'staff-left');
  }

  private pushToStaff(helping: Helping): void {
    const view = this.viewFor(helping);
    if (view) this.options.events.emit('assist:view', { staffSocketId: helping.staffSocketId, view });
  }

  private finish(helping: Helping, reason: AssistEndReason): void {
    this.byKiosk.delete(helping.kioskId);
    this.options.logger.info({ kioskId: helping.kioskId, reason }, 'remote assistance ended');
    this.options.events.emit('assist:ended', { kioskId: helping.kioskId, sessionId: helping.sessionId, staffSocketId: helping.staffSocketId, reason });
    this.changed(helping.kioskId, undefined);
  }
}
