// The socket.io half of the server: the kiosk namespace, the staff namespace, and the broadcaster that turns domain
// events into their messages.
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { Server } from 'socket.io';
import type { DomainEventBus } from '../events/domain-events.ts';
import { startBroadcaster } from '../sockets/broadcaster.ts';
import { registerKioskEvents, type KioskEventsOptions } from '../sockets/kiosk-events.ts';
import type { KioskIo } from '../sockets/kiosk-rooms.ts';
import { registerStaffNamespace, type StaffActions } from '../sockets/staff-namespace.ts';

export interface SocketsPartOptions {
  http: HttpServer | HttpsServer;
  events: DomainEventBus;
  kioskEvents: KioskEventsOptions;
  staffActions: StaffActions;
}

export interface SocketsPart {
  close(): Promise<void>;
}

function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function startSockets(options: SocketsPartOptions): SocketsPart {
  const { events, kioskEvents, staffActions } = options;
  const io: KioskIo = new Server(options.http, {
    serveClient: false,
    maxHttpBufferSize: 100_000,
    // Browsers send their page's origin: only pages of this server may connect (a page on another port of the same
    // host would otherwise ride on the staff cookie). Programs that send no Origin still need the cookie for /staff.
    allowRequest: (req, callback) => callback(null, sameOrigin(req.headers.origin, req.headers.host)),
  });
  const staffNamespace = registerStaffNamespace(io, staffActions);
  registerKioskEvents(io, kioskEvents);
  const broadcaster = startBroadcaster({
    events,
    kiosks: io,
    staff: staffNamespace.staff,
    kioskId: kioskEvents.kioskId,
    forwardingState: staffActions.forwardingState,
    acceptanceState: staffActions.acceptanceState,
    kioskStates: () => kioskEvents.presence.states(),
  });
  return {
    async close() {
      broadcaster.stop();
      staffNamespace.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
