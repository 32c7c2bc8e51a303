// "Покликати працівника": a call is stored, then told to every staff screen listening. It names the kiosk and where the
// person is, never their answers.
import type { Logger } from 'pino';
import type { Namespace } from 'socket.io';
import type { HelpCall, StaffClientToServerEvents, StaffServerToClientEvents } from '../protocol/staff-events.ts';
import type { Clock } from './clock.ts';
import { recordHelpCall } from './store/help-calls.ts';
import type { Database } from './store/database.ts';
import type { Visits } from './visits.ts';

export type StaffNamespace = Namespace<StaffClientToServerEvents, StaffServerToClientEvents>;

export interface HelpDeskOptions {
  db: Database;
  visits: Visits;
  kioskId: string;
  clock: Clock;
  logger: Logger;
  staff: () => StaffNamespace | undefined;
}

export class HelpDesk {
  constructor(private readonly options: HelpDeskOptions) {}

  async call(sessionId: string | undefined): Promise<HelpCall> {
    const { db, visits, kioskId, clock, logger, staff } = this.options;
    const where = visits.whereIs(sessionId);
    const call = await recordHelpCall(db, { kioskId, ...where, calledAt: clock.now() });
    logger.info({ helpCall: call.id, screen: call.screen, stepId: call.stepId }, 'help called');
    staff()?.emit('help:called', call);
    return call;
  }
}
