// The staff namespace (/staff): the live console. Only a logged-in member of staff connects (the session cookie is
// checked at the handshake, and again every minute); every action is validated, then done, then acked.
import type { Socket } from 'socket.io';
import { z } from 'zod';
import { AnswerValues, KioskIdSchema } from '../../protocol/events.ts';
import { ApplicationNumberParam } from '../../protocol/staff-api-schemas.ts';
import {
  STAFF_ERROR_MESSAGES,
  STAFF_MESSAGE_MAX,
  STAFF_NAMESPACE,
  type ForwardingState,
  type PrinterState,
  type StaffAck,
  type StaffClientToServerEvents,
  type StaffErrorCode,
  type StaffServerToClientEvents,
} from '../../protocol/staff-events.ts';
import type { Logger } from 'pino';
import type { HelpDesk, StaffNamespace } from '../help-desk.ts';
import type { KioskIo } from './kiosk-rooms.ts';
import { sessionRoom } from './kiosk-rooms.ts';
import type { Assistance, StaffHelper } from '../staff/assistance.ts';
import type { AuditEntry } from '../staff/audit.ts';
import type { KioskPresence } from '../staff/kiosk-presence.ts';
import { cookieValue, STAFF_COOKIE, type StaffLogin } from '../staff/logins.ts';

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
type StaffResult = { ok: true; data: unknown } | { ok: false; code: StaffErrorCode };
type StaffSocket = Socket<StaffClientToServerEvents, StaffServerToClientEvents, Record<string, never>, { staff: StaffLogin; token: string }>;

/** How often a connected console's session is checked again (logged out, expired, or its password changed). */
const SESSION_RECHECK_MS = 60_000;

export interface StaffActions {
  /** The login a cookie token belongs to, if it is valid; `touch` counts the check as use. */
  login(token: string | undefined, touch: boolean): Promise<StaffLogin | undefined>;
  printerState(): Promise<PrinterState | undefined>;
  forwardingState(): Promise<ForwardingState>;
  /** Queues the receipt again on the kiosk printer, or prints it at the desk; undefined when no application has that number. */
  reprint(applicationNumber: string, printer: 'kiosk' | 'desk', largePrint: boolean): Promise<number | null | undefined>;
  retryForwarding(): Promise<number>;
  audit(entry: AuditEntry): Promise<void>;
  helpDesk: HelpDesk;
  presence: KioskPresence;
  assistance: Assistance;
  kiosks: () => KioskIo | undefined;
  logger: Logger;
}

export function registerStaffNamespace(io: KioskIo, actions: StaffActions): { staff: StaffNamespace; stop(): void } {
  const staff: StaffNamespace = (io as unknown as { of(name: string): StaffNamespace }).of(STAFF_NAMESPACE);
  staff.use((rawSocket, next) => {
    const socket = rawSocket as unknown as StaffSocket;
    const token = cookieValue(socket.handshake.headers.cookie, STAFF_COOKIE);
    void actions.login(token, true).then(
      (session) => {
        if (!session) return next(new Error('log in to the staff console first'));
        socket.data.staff = session;
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
        (session) => session || socket.disconnect(true),
        () => undefined,
      );
    }
  }, SESSION_RECHECK_MS);
  recheck.unref();

  const handlers: { [E in StaffEvent]: (payload: z.infer<(typeof StaffPayloads)[E]>, helper: StaffHelper) => Promise<StaffResult> | StaffResult } = {
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
      await actions.audit({ staffLogin: helper.login, action: 'help-answer', kioskId: answered.kioskId });
      return { ok: true, data: answered };
    },
    'kiosk:message': async ({ kioskId, text }, helper) => {
      if (!actions.presence.has(kioskId)) return { ok: false, code: 'not_found' };
      // Only into a visit: a message left on an idle kiosk would be read by the next person.
      const sessionId = actions.presence.sessionOf(kioskId);
      if (!sessionId) return { ok: false, code: 'no_visit' };
      actions.kiosks()?.to(sessionRoom(sessionId)).emit('staff:message', { sessionId, text });
      await actions.audit({ staffLogin: helper.login, action: 'message', kioskId });
      return { ok: true, data: null };
    },
    'assist:request': ({ kioskId }, helper) => actions.assistance.request(helper, kioskId),
    'assist:answer': ({ kioskId, stepId, values }, helper) => actions.assistance.answer(helper, kioskId, stepId, values),
    'assist:end': ({ kioskId }, helper) => actions.assistance.endByStaff(helper, kioskId),
    'forwarding:retry': async (_payload, helper) => {
      const due = await actions.retryForwarding();
      await actions.audit({ staffLogin: helper.login, action: 'forwarding-retry', detail: `${due} applications` });
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
    void actions.forwardingState().then(
      (state) => socket.emit('forwarding:status', state),
      () => undefined,
    );
    socket.on('disconnect', () => actions.assistance.staffLeft(socket.id));
    for (const event of Object.keys(handlers) as StaffEvent[]) {
      (socket as unknown as Socket).on(event, async (payload: unknown, ack: unknown) => {
        if (typeof ack !== 'function') return;
        const reply = ack as (result: StaffAck<unknown>) => void;
        const fail = (code: StaffErrorCode) => reply({ ok: false, error: { code, message: STAFF_ERROR_MESSAGES[code] } });
        const parsed = StaffPayloads[event].safeParse(payload);
        if (!parsed.success) return fail('invalid_payload');
        try {
          // Using the console counts as use of the session (and an ended session acts no more).
          if (!(await actions.login(socket.data.token, true))) {
            socket.disconnect(true);
            return;
          }
          const handler = handlers[event] as (payload: unknown, helper: StaffHelper) => Promise<StaffResult> | StaffResult;
          const result = await handler(parsed.data, helper());
          if (result.ok) reply({ ok: true, data: result.data });
          else fail(result.code);
        } catch (error) {
          actions.logger.error({ err: error, event }, 'staff event failed');
          fail('internal');
        }
      });
    }
  });
  return { staff, stop: () => clearInterval(recheck) };
}

/** Logs a session's consoles out at once (it logged out, or its password changed). */
export function disconnectSession(staff: StaffNamespace | undefined, sessionId: string): void {
  for (const socket of staff?.sockets.values() ?? []) if ((socket as unknown as StaffSocket).data.staff?.id === sessionId) socket.disconnect(true);
}
