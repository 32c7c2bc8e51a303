// A kiosk screen on another machine that is not paired: it is told so (it shows the not-connected page) and every event
// but `kiosk:pair` is refused with `not_paired`, whatever it carries. A right code answers with the secret; the screen
// then connects again with it, and only that new connection is let in.
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import { ClientPayloads, ERROR_MESSAGES, type ClientToServerEvents, type ServerToClientEvents } from '../../protocol/events.ts';
import type { ErrorCode } from '../../protocol/acks.ts';
import type { NotPairedReason } from '../../protocol/pairing.ts';
import type { KioskPairing } from '../pairing/kiosk-pairing.ts';
import { registerAckHandlers, type AckSocket } from './ack-handlers.ts';

type AnySocket = Socket<ClientToServerEvents, ServerToClientEvents>;

const PAIR_EVENT = 'kiosk:pair';

export function holdUnpaired(socket: AnySocket, reason: NotPairedReason, pairing: KioskPairing, logger: Logger): void {
  socket.emit('kiosk:not-paired', { reason });
  registerAckHandlers(socket as unknown as AckSocket, {
    schemas: { [PAIR_EVENT]: ClientPayloads[PAIR_EVENT] },
    actions: {
      [PAIR_EVENT]: async ({ code }) => {
        const result = await pairing.pair(code, socket.handshake.address);
        if (!result.ok) {
          logger.warn({ address: socket.handshake.address, code: result.code }, 'a kiosk screen typed a pairing code that did not work');
          return result;
        }
        logger.info({ kioskId: result.data.kioskId, screenId: result.data.screenId }, 'a kiosk screen was paired');
        return { ok: true, data: { kioskId: result.data.kioskId, secret: result.data.secret } };
      },
    },
    context: () => socket,
    messages: ERROR_MESSAGES,
    // Every other event, a kiosk's or not, whatever it carries.
    unknownEventCode: 'not_paired' as ErrorCode,
    logger,
    side: 'unpaired kiosk screen',
  });
}
