import { io, type Socket } from 'socket.io-client';
import { ERROR_MESSAGES, type Ack } from '../../protocol/acks.ts';
import type { ClientToServerEvents, Payload, ServerToClientEvents } from '../../protocol/events.ts';
import { kioskHandshake } from '../pairing/pairing-storage.ts';

type AckData<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<infer T> ? T : never;

/** How long the kiosk waits for an answer before telling the person and letting them try again. */
const REQUEST_TIMEOUT_MS = 15_000;

/** The kiosk's typed link to its server: every request returns the server's ack, or `internal` if none came. */
export class KioskConnection {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  constructor() {
    // Which of the centre's kiosks this screen is: `?kiosk=K02` in its address (the server's own id when absent), and
    // the secret of a screen paired from another machine.
    this.socket = io({ transports: ['websocket'], reconnectionDelayMax: 2_000, auth: kioskHandshake(location.search, localStorage) });
  }

  request<E extends keyof ClientToServerEvents>(event: E, payload: Payload<E>): Promise<Ack<AckData<E>>> {
    return new Promise((resolve) => {
      // A dropped connection or a slow server must never leave the screen waiting for ever.
      const timed = this.socket.timeout(REQUEST_TIMEOUT_MS) as unknown as {
        emit(e: string, p: unknown, a: (err: Error | null, r: Ack<AckData<E>>) => void): void;
      };
      timed.emit(event, payload, (error, result) => resolve(error ? { ok: false, error: { code: 'internal', message: ERROR_MESSAGES.internal } } : result));
    });
  }
}
