// Turns the server's domain events into socket.io messages: to a visit's or a kiosk's room, to every staff console, or
// to one. The throttles live here, so a burst of changes never floods a screen.
import type { KioskState } from '../../protocol/staff-api.ts';
import type { AcceptanceQueueState } from '../../protocol/acceptance.ts';
import type { ForwardingState } from '../../protocol/staff-events.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import { kioskRoom, sessionRoom, type KioskIo } from './kiosk-rooms.ts';
import type { StaffNamespace, StaffSocket } from './staff-socket.ts';
import { throttle } from './throttle.ts';

/** Staff screens hear of queue changes at most this often (a draining backlog changes it hundreds of times a second). */
export const FORWARDING_STATUS_THROTTLE_MS = 1000;
/** Kiosk changes reach staff screens at most this often (the first at once; a help call never waits for this). */
export const KIOSKS_STATE_THROTTLE_MS = 200;

/** The parts of socket.io the broadcaster uses (tests pass a recording fake). */
export type KioskRooms = Pick<KioskIo, 'to'>;
export type StaffConsoles = Pick<StaffNamespace, 'emit' | 'to' | 'sockets'>;

export interface BroadcasterOptions {
  events: DomainEventBus;
  kiosks: KioskRooms;
  staff: StaffConsoles;
  /** The kiosk this server is: staff news about the printer and the queue names it. */
  kioskId: string;
  forwardingState(): Promise<ForwardingState>;
  acceptanceState(): Promise<AcceptanceQueueState>;
  kioskStates(): KioskState[];
}

export interface Broadcaster {
  /** Drops sends still waiting (at shutdown). */
  stop(): void;
}

export function startBroadcaster(options: BroadcasterOptions): Broadcaster {
  const { events, kiosks, staff, kioskId } = options;
  const toVisit = (sessionId: string) => kiosks.to(sessionRoom(sessionId));

  /** Reads a state when asked (at most as often as the throttle lets) and sends it; a failed read sends nothing. */
  const latest = <T>(read: () => Promise<T>, send: (state: T) => void, leading: boolean) =>
    throttle(() => void read().then(send, () => undefined), { everyMs: FORWARDING_STATUS_THROTTLE_MS, leading });
  const forwardingStatus = latest(options.forwardingState, (state) => staff.emit('forwarding:status', state), false);
  const acceptanceQueue = latest(options.acceptanceState, (state) => staff.emit('acceptance:queue', state), true);
  const kiosksState = throttle(() => staff.emit('kiosks:state', options.kioskStates()), { everyMs: KIOSKS_STATE_THROTTLE_MS, leading: true });

  events.on('kiosks:changed', () => kiosksState());
  events.on('forwarding:changed', () => forwardingStatus());
  events.on('acceptance:changed', () => acceptanceQueue());
  events.on('forwarding:stuck', ({ applications }) => staff.emit('forwarding:alert', { kioskId, applications }));
  events.on('backup:changed', (state) => staff.emit('backup:status', state));
  events.on('printer:status', ({ status, pendingJobs }) => staff.emit('printer:status', { kioskId, status, pendingJobs }));
  events.on('receipt:print-failed', ({ applicationNumbers, printerStatus }) => staff.emit('print:failed', { kioskId, applicationNumbers, printerStatus }));
  events.on('storage:changed', ({ failing }) => staff.emit('storage:status', { kioskId, failing }));
  events.on('receipt:outcome', ({ sessionId, applicationNumbers, state }) => toVisit(sessionId).emit('receipt:status', { applicationNumbers, state }));

  events.on('visit:moved', (moved) => {
    // The person's own screen already has its view (in the ack); only staff answering for them is sent to it.
    if (moved.by === 'staff') toVisit(moved.sessionId).emit('visit:view', { sessionId: moved.sessionId, view: moved.view });
  });

  events.on('help:called', (call) => staff.emit('help:called', call));
  events.on('help:answered', ({ answered, sessionId }) => {
    staff.emit('help:answered', answered);
    // To the visit that called (or, for a call from the welcome screen, to the kiosk: a page in another visit drops it).
    kiosks.to(sessionId ? sessionRoom(sessionId) : kioskRoom(answered.kioskId)).emit('help:coming', { sessionId });
  });
  events.on('staff:message', ({ sessionId, text }) => toVisit(sessionId).emit('staff:message', { sessionId, text }));

  events.on('assist:asked', ({ sessionId }) => toVisit(sessionId).emit('assist:asked', { sessionId }));
  events.on('assist:active', ({ sessionId }) => toVisit(sessionId).emit('assist:state', { sessionId, active: true }));
  events.on('assist:view', ({ staffSocketId, view }) => staff.to(staffSocketId).emit('assist:view', view));
  events.on('assist:moved-screen', ({ kioskId: helped, previousSocketId }) =>
    staff.to(previousSocketId).emit('assist:ended', { kioskId: helped, reason: 'staff-left' }),
  );
  events.on('assist:ended', ({ kioskId: helped, sessionId, staffSocketId, reason }) => {
    staff.to(staffSocketId).emit('assist:ended', { kioskId: helped, reason });
    toVisit(sessionId).emit('assist:state', { sessionId, active: false });
  });

  events.on('staff:logged-out', ({ loginId }) => {
    for (const socket of staff.sockets.values()) if ((socket as unknown as StaffSocket).data.staff?.id === loginId) socket.disconnect(true);
  });

  return {
    stop() {
      forwardingStatus.cancel();
      acceptanceQueue.cancel();
      kiosksState.cancel();
    },
  };
}
