import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, Payload, ServerToClientEvents } from '../../protocol/events.ts';

type AckData<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<infer T> ? T : never;

/** The kiosk's typed link to its server: every request returns the server's ack. */
export class KioskConnection {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  constructor() {
    this.socket = io({ transports: ['websocket'], reconnectionDelayMax: 2_000 });
  }

  request<E extends keyof ClientToServerEvents>(event: E, payload: Payload<E>): Promise<Ack<AckData<E>>> {
    return new Promise((resolve) => {
      // socket.io's emit typing cannot follow a generic event name; payload and ack types are checked by the signature above.
      (this.socket.emit as (e: string, p: unknown, a: (r: Ack<AckData<E>>) => void) => void)(event, payload, resolve);
    });
  }
}
