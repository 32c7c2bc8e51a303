// Rooms of the kiosk namespace: one per visit (its screen, even after a reload) and one per kiosk (help is coming).
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/events.ts';

export type KioskIo = Server<ClientToServerEvents, ServerToClientEvents>;

const SESSION_ROOM = 'session:';
export const sessionRoom = (sessionId: string) => `${SESSION_ROOM}${sessionId}`;
/** The visits a connection has started or resumed (and not ended), by the rooms it is in. */
export const sessionsIn = (rooms: Iterable<string>): string[] =>
  [...rooms].filter((room) => room.startsWith(SESSION_ROOM)).map((room) => room.slice(SESSION_ROOM.length));
export const kioskRoom = (kioskId: string) => `kiosk:${kioskId}`;
