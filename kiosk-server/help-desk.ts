// "Покликати працівника": a call is stored, then told to every staff screen listening. It names the kiosk and where the
// person is, never their answers.
import type { Logger } from 'pino';
import type { HelpAnswered, HelpCall } from '../protocol/staff-events.ts';
import type { Clock } from './clock.ts';
import type { DomainEventBus } from './events/domain-events.ts';
import { answerHelpCall, openHelpCalls, recordHelpCall } from './store/help-calls.ts';
import type { Database } from './store/database.ts';
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

export class HelpDesk {
  /** Which visit each call came from, so "Іду" reaches that visit's screen and no one else's. */
  private readonly callVisits = new Map<number, string | null>();

  constructor(private readonly options: HelpDeskOptions) {}

  /** A call from a kiosk: stored, then every staff screen rings. */
  async call(kioskId: string, sessionId: string | undefined): Promise<HelpCall> {
    const { db, visits, clock, logger, events } = this.options;
    const where = visits.whereIs(sessionId);
    const call = await recordHelpCall(db, { kioskId, ...where, calledAt: clock.now() });
    logger.info({ helpCall: call.id, screen: call.screen, stepId: call.stepId }, 'help called');
    this.callVisits.set(call.id, sessionId && visits.has(sessionId) ? sessionId : null);
    if (this.callVisits.size > REMEMBERED_CALLS) this.callVisits.delete(this.callVisits.keys().next().value!);
    events.emit('help:called', call);
    return call;
  }

  open(): Promise<HelpCall[]> {
    return openHelpCalls(this.options.db);
  }

  /** "Іду": the kiosk shows and says help is coming, and the other staff screens stop ringing. */
  async answer(callId: number, staffLogin: string): Promise<HelpAnswered | 'already' | undefined> {
    const answered = await answerHelpCall(this.options.db, callId, staffLogin, this.options.clock.now());
    if (!answered) return undefined;
    // Only the first answer tells the kiosk (a second could reach the next person).
    if (!answered.first) return 'already';
    const event: HelpAnswered = { callId, kioskId: answered.kioskId, staffLogin: answered.staffLogin, answeredAt: answered.answeredAt };
    this.options.events.emit('help:answered', { answered: event, sessionId: this.callVisits.get(callId) ?? null });
    return event;
  }
}
