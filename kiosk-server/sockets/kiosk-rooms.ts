// Rooms of the kiosk namespace: one per visit (its screen, even after a reload) and one per kiosk (help is coming).
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/events.ts';

export type KioskIo = Server<ClientToServerEvents, ServerToClientEvents>;

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const kioskRoom = (kioskId: string) => `kiosk:${kioskId}`;
