// "Покликати працівника": a call is stored, then told to every staff screen listening. It names the kiosk and where the
// person is, never their answers.
import type { Logger } from 'pino';
import type { Namespace } from 'socket.io';
import type { HelpAnswered, HelpCall, StaffClientToServerEvents, StaffServerToClientEvents } from '../protocol/staff-events.ts';
import type { Clock } from './clock.ts';
import { kioskRoom, type KioskIo } from './sockets/kiosk-rooms.ts';
import { answerHelpCall, openHelpCalls, recordHelpCall } from './store/help-calls.ts';
import type { Database } from './store/database.ts';
import type { Visits } from './visits.ts';

export type StaffNamespace = Namespace<StaffClientToServerEvents, StaffServerToClientEvents>;

export interface HelpDeskOptions {
  db: Database;
  visits: Visits;
  clock: Clock;
  logger: Logger;
  staff: () => StaffNamespace | undefined;
  kiosks: () => KioskIo | undefined;
}

export class HelpDesk {
  constructor(private readonly options: HelpDeskOptions) {}

  /** A call from a kiosk: stored, then every staff screen rings. */
  async call(kioskId: string, sessionId: string | undefined): Promise<HelpCall> {
    const { db, visits, clock, logger, staff } = this.options;
    const where = visits.whereIs(sessionId);
    const call = await recordHelpCall(db, { kioskId, ...where, calledAt: clock.now() });
    logger.info({ helpCall: call.id, screen: call.screen, stepId: call.stepId }, 'help called');
    staff()?.emit('help:called', call);
    return call;
  }

  open(): Promise<HelpCall[]> {
    return openHelpCalls(this.options.db);
  }

  /** "Іду": the kiosk shows and says help is coming, and the other staff screens stop ringing. */
  async answer(callId: number, staffLogin: string): Promise<HelpAnswered | undefined> {
    const answered = await answerHelpCall(this.options.db, callId, staffLogin, this.options.clock.now());
    if (!answered) return undefined;
    const event: HelpAnswered = { callId, ...answered };
    this.options.staff()?.emit('help:answered', event);
    this.options.kiosks()?.to(kioskRoom(answered.kioskId)).emit('help:coming');
    return event;
  }
}
