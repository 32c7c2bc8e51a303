// The staff namespace (/staff): help calls and, later, the live console. Until staff log in (the staff console issue),
// only screens on this machine may listen, so nothing reaches the network without a login.
import type { Server } from 'socket.io';
import { z } from 'zod';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { STAFF_NAMESPACE, type ForwardingState, type PrinterState } from '../../protocol/staff-events.ts';
import type { StaffNamespace } from '../help-desk.ts';
import { isLoopback } from '../loopback.ts';

const ReprintRequest = z.strictObject({ applicationNumber: z.string().regex(/^[A-Z0-9]{2,8}-\d{4}-\d{6}$/), largePrint: z.boolean().optional() });

export interface StaffActions {
  /** The printer's state now, for a staff screen that has just connected. */
  printerState(): Promise<PrinterState | undefined>;
  /** The forwarding queue now, likewise. */
  forwardingState(): Promise<ForwardingState>;
  /** Queues the receipt again; undefined when no application has that number. */
  reprint(applicationNumber: string, largePrint: boolean): Promise<number | undefined>;
}

export function registerStaffNamespace(io: Server, actions: StaffActions): StaffNamespace {
  const staff: StaffNamespace = io.of(STAFF_NAMESPACE);
  staff.use((socket, next) => {
    if (isLoopback(socket.handshake.address)) next();
    else next(new Error('staff screens must log in'));
  });
  staff.on('connection', (socket) => {
    void actions.printerState().then((state) => state && socket.emit('printer:status', state));
    void actions.forwardingState().then((state) => socket.emit('forwarding:status', state));
    socket.on('receipt:reprint', async (request, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ReprintRequest.safeParse(request);
      if (!parsed.success) return ack({ ok: false, error: { code: 'invalid_payload', message: ERROR_MESSAGES.invalid_payload } });
      const jobId = await actions.reprint(parsed.data.applicationNumber, parsed.data.largePrint ?? false).catch(() => null);
      if (jobId === null) ack({ ok: false, error: { code: 'internal', message: ERROR_MESSAGES.internal } });
      else if (jobId === undefined) ack({ ok: false, error: { code: 'not_found', message: { uk: 'Заяви з таким номером немає', en: 'There is no application with that number' } } });
      else ack({ ok: true, data: { jobId } });
    });
  });
  return staff;
}
