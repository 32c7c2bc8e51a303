// "Покликати працівника": a call is stored, then told to every staff screen listening. It names the kiosk and where the
// person is, never their answers. When the disk does not take writes the call rings all the same (it is what the kiosk
// then asks the person to do), kept in memory until answered.
import type { Logger } from 'pino';
import type { HelpAnswered, HelpCall } from '../protocol/staff-events.ts';
import type { Clock } from './clock.ts';
import type { DomainEventBus } from './events/domain-events.ts';
import { answerHelpCall, openHelpCalls, recordHelpCall } from './store/help-calls.ts';
import type { Database } from './store/database.ts';
import { storageErrorCode } from './store/storage-health.ts';
import type { Visits } from './visits.ts';

export interface HelpDeskOptions {
  db: Database;
  visits: Visits;
  clock: Clock;
  logger: Logger;
  events: DomainEventBus;
}

/** Calls remembered for "Іду" (the visit they came from); older ones are forgotten first. */
const REMEMBERED_CALLS = 500;
/** Ids of calls that could not be stored start here, far above any the table will number. */
const UNSTORED_CALL_IDS_FROM = 1_000_000_000_000;

export class HelpDesk {
  /** Which visit each call came from, so "Іду" reaches that visit's screen and no one else's. */
  private readonly callVisits = new Map<number, string | null>();
  /** Calls the disk did not take, until answered (then the answer, so a second one is told it came too late). */
  private readonly unstored = new Map<number, { call: HelpCall; answered?: HelpAnswered }>();
  private nextUnstoredId = UNSTORED_CALL_IDS_FROM;

  constructor(private readonly options: HelpDeskOptions) {}

  /** A call from a kiosk: stored, then every staff screen rings. */
  async call(kioskId: string, sessionId: string | undefined): Promise<HelpCall> {
    const { db, visits, clock, logger, events } = this.options;
    const where = visits.whereIs(sessionId);
    const calledAt = clock.now();
    const call = await recordHelpCall(db, { kioskId, ...where, calledAt }).catch((error: unknown) => {
      if (!storageErrorCode(error)) throw error;
      logger.error({ err: error }, 'help call not stored (the disk does not take writes): it rings all the same');
      const unstored: HelpCall = { id: this.nextUnstoredId++, kioskId, ...where, calledAt: calledAt.toISOString() };
      this.unstored.set(unstored.id, { call: unstored });
      if (this.unstored.size > REMEMBERED_CALLS) this.unstored.delete(this.unstored.keys().next().value!);
      return unstored;
    });
    logger.info({ helpCall: call.id, screen: call.screen, stepId: call.stepId }, 'help called');
    this.callVisits.set(call.id, sessionId && visits.has(sessionId) ? sessionId : null);
    if (this.callVisits.size > REMEMBERED_CALLS) this.callVisits.delete(this.callVisits.keys().next().value!);
    events.emit('help:called', call);
    return call;
  }

  async open(): Promise<HelpCall[]> {
    const waiting = [...this.unstored.values()].filter((u) => !u.answered).map((u) => u.call);
    return [...(await openHelpCalls(this.options.db)), ...waiting];
  }

  /** "Іду": the kiosk shows and says help is coming, and the other staff screens stop ringing. */
  async answer(callId: number, staffLogin: string): Promise<HelpAnswered | 'already' | undefined> {
    if (callId >= UNSTORED_CALL_IDS_FROM) return this.answerUnstored(callId, staffLogin);
    const answered = await answerHelpCall(this.options.db, callId, staffLogin, this.options.clock.now());
    if (!answered) return undefined;
    // Only the first answer tells the kiosk (a second could reach the next person).
    if (!answered.first) return 'already';
    const event: HelpAnswered = { callId, kioskId: answered.kioskId, staffLogin: answered.staffLogin, answeredAt: answered.answeredAt };
    this.options.events.emit('help:answered', { answered: event, sessionId: this.callVisits.get(callId) ?? null });
    return event;
  }

  private answerUnstored(callId: number, staffLogin: string): HelpAnswered | 'already' | undefined {
    const unstored = this.unstored.get(callId);
    if (!unstored) return undefined;
    if (unstored.answered) return 'already';
    const { kioskId } = unstored.call;
    unstored.answered = { callId, kioskId, staffLogin, answeredAt: this.options.clock.now().toISOString() };
    this.options.events.emit('help:answered', { answered: unstored.answered, sessionId: this.callVisits.get(callId) ?? null });
    return unstored.answered;
  }
}
