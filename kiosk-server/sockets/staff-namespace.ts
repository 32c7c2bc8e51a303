// The staff namespace (/staff): the live console. Only a logged-in member of staff connects (the login cookie is
// checked at the handshake, and again every minute); every action is validated, then done, then acked.
import { z } from 'zod';
import type { AcceptanceQueueState } from '../../protocol/acceptance.ts';
import type { Logger } from 'pino';
import { AnswerValues, KioskIdSchema } from '../../protocol/events.ts';
import { ApplicationNumberParam } from '../../protocol/staff-api-schemas.ts';
import {
  STAFF_ERROR_MESSAGES,
  STAFF_MESSAGE_MAX,
  STAFF_NAMESPACE,
  type BackupState,
  type ForwardingState,
  type PrinterState,
  type StorageState,
  type StaffErrorCode,
} from '../../protocol/staff-events.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import type { HelpDesk } from '../help-desk.ts';
import type { Assistance, StaffHelper } from '../staff/assistance.ts';
import { auditDone, type AuditEntry } from '../staff/audit.ts';
import type { KioskPresence } from '../staff/kiosk-presence.ts';
import { cookieValue, STAFF_COOKIE, type StaffLogin } from '../staff/logins.ts';
import { registerAckHandlers, type AckAction, type AckSocket } from './ack-handlers.ts';
import type { KioskIo } from './kiosk-rooms.ts';
import type { StaffNamespace, StaffSocket } from './staff-socket.ts';

const KioskId = KioskIdSchema;

const StaffPayloads = {
  'receipt:reprint': z.strictObject({
    applicationNumber: ApplicationNumberParam,
    printer: z.enum(['kiosk', 'desk']).optional(),
    largePrint: z.boolean().optional(),
  }),
  'help:answer': z.strictObject({ callId: z.number().int().positive() }),
  'kiosk:message': z.strictObject({ kioskId: KioskId, text: z.string().trim().min(1).max(STAFF_MESSAGE_MAX) }),
  'assist:request': z.strictObject({ kioskId: KioskId }),
  'assist:answer': z.strictObject({
    kioskId: KioskId,
    stepId: z.string().min(1).max(100),
    values: AnswerValues,
  }),
  'assist:end': z.strictObject({ kioskId: KioskId }),
  'forwarding:retry': z.strictObject({}),
} as const;

type StaffEvent = keyof typeof StaffPayloads;

/** How often a connected console's login is checked again (logged out, expired, or its password changed). */
const LOGIN_RECHECK_MS = 60_000;

export interface StaffActions {
  /** The login a cookie token belongs to, if it is valid; `touch` counts the check as use. */
  login(token: string | undefined, touch: boolean): Promise<StaffLogin | undefined>;
  printerState(): Promise<PrinterState | undefined>;
  backupState(): BackupState;
  forwardingState(): Promise<ForwardingState>;
  /** Whether the disk takes writes (sent to each console as it connects). */
  storageState(): StorageState;
  acceptanceState(): Promise<AcceptanceQueueState>;
  /** Queues the receipt again on the kiosk printer, or prints it at the desk; undefined when no application has that number. */
  reprint(applicationNumber: string, printer: 'kiosk' | 'desk', largePrint: boolean): Promise<number | null | undefined>;
  retryForwarding(): Promise<number>;
  audit(entry: AuditEntry): Promise<void>;
  helpDesk: HelpDesk;
  presence: KioskPresence;
  assistance: Assistance;
  /** Told `staff:message`: the broadcaster sends it into the visit. */
  events: DomainEventBus;
  logger: Logger;
}

export function registerStaffNamespace(io: KioskIo, actions: StaffActions): { staff: StaffNamespace; stop(): void } {
  const staff: StaffNamespace = (io as unknown as { of(name: string): StaffNamespace }).of(STAFF_NAMESPACE);
  staff.use((rawSocket, next) => {
    const socket = rawSocket as unknown as StaffSocket;
    const token = cookieValue(socket.handshake.headers.cookie, STAFF_COOKIE);
    void actions.login(token, true).then(
      (login) => {
        if (!login) return next(new Error('log in to the staff console first'));
        socket.data.staff = login;
        socket.data.token = token!;
        next();
      },
      () => next(new Error('log in to the staff console first')),
    );
  });

  const recheck = setInterval(() => {
    for (const socket of staff.sockets.values() as Iterable<StaffSocket>) {
      // Checked without counting as use: a console left open alone is logged out after the idle time.
      void actions.login(socket.data.token, false).then(
        (login) => login || socket.disconnect(true),
        () => undefined,
      );
    }
  }, LOGIN_RECHECK_MS);
  recheck.unref();

  const handlers: { [E in StaffEvent]: AckAction<z.infer<(typeof StaffPayloads)[E]>, StaffHelper, StaffErrorCode> } = {
    'receipt:reprint': async ({ applicationNumber, printer = 'kiosk', largePrint = false }, helper) => {
      // On the record before the receipt (which names the services applied for) is printed.
      await actions.audit({
        staffLogin: helper.login,
        action: printer === 'desk' ? 'reprint-desk' : 'reprint-kiosk',
        applicationNumber,
        ...(largePrint && { detail: 'large print' }),
      });
      const jobId = await actions.reprint(applicationNumber, printer, largePrint);
      if (jobId === undefined) return { ok: false, code: 'not_found' };
      return { ok: true, data: { jobId } };
    },
    'help:answer': async ({ callId }, helper) => {
      const answered = await actions.helpDesk.answer(callId, helper.login);
      if (!answered) return { ok: false, code: 'not_found' };
      if (answered === 'already') return { ok: false, code: 'already_answered' };
      // The person has been told «Іду» already.
      await auditDone(actions.audit, { staffLogin: helper.login, action: 'help-answer', kioskId: answered.kioskId }, actions.logger);
      return { ok: true, data: answered };
    },
    'kiosk:message': async ({ kioskId, text }, helper) => {
      if (!actions.presence.has(kioskId)) return { ok: false, code: 'not_found' };
      // Only into a visit: a message left on an idle kiosk would be read by the next person.
      const sessionId = actions.presence.sessionOf(kioskId);
      if (!sessionId) return { ok: false, code: 'no_visit' };
      actions.events.emit('staff:message', { sessionId, text });
      await auditDone(actions.audit, { staffLogin: helper.login, action: 'message', kioskId }, actions.logger);
      return { ok: true, data: null };
    },
    'assist:request': ({ kioskId }, helper) => actions.assistance.request(helper, kioskId),
    'assist:answer': ({ kioskId, stepId, values }, helper) => actions.assistance.answer(helper, kioskId, stepId, values),
    'assist:end': ({ kioskId }, helper) => actions.assistance.endByStaff(helper, kioskId),
    'forwarding:retry': async (_payload, helper) => {
      const due = await actions.retryForwarding();
      await auditDone(actions.audit, { staffLogin: helper.login, action: 'forwarding-retry', detail: `${due} applications` }, actions.logger);
      return { ok: true, data: { due } };
    },
  };

  staff.on('connection', (rawSocket) => {
    const socket = rawSocket as unknown as StaffSocket;
    const helper = (): StaffHelper => ({ login: socket.data.staff.login, socketId: socket.id });
    socket.emit('kiosks:state', actions.presence.states());
    void actions.helpDesk.open().then(
      (calls) => socket.emit('help:open', calls),
      () => undefined,
    );
    void actions.printerState().then(
      (state) => state && socket.emit('printer:status', state),
      () => undefined,
    );
    socket.emit('backup:status', actions.backupState());
    socket.emit('storage:status', actions.storageState());
    void actions.forwardingState().then(
      (state) => socket.emit('forwarding:status', state),
      () => undefined,
    );
    void actions.acceptanceState().then(
      (state) => socket.emit('acceptance:queue', state),
      () => undefined,
    );
    socket.on('disconnect', () => actions.assistance.staffLeft(socket.id));
    registerAckHandlers(socket as unknown as AckSocket, {
      schemas: StaffPayloads,
      actions: handlers,
      context: helper,
      messages: STAFF_ERROR_MESSAGES,
      logger: actions.logger,
      side: 'staff',
      // Using the console counts as use of the login (and an ended login acts no more).
      before: async () => {
        if (await actions.login(socket.data.token, true)) return true;
        socket.disconnect(true);
        return false;
      },
    });
  });
  return { staff, stop: () => clearInterval(recheck) };
}
