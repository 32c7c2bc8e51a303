// The console's live connection: the socket's type, asking it one event, and a remote-help session as the pages share it.
import type { Socket } from 'socket.io-client';
import { NO_ANSWER } from '../../content/text/errors.ts';
import type { AssistView, StaffAck, StaffClientToServerEvents, StaffServerToClientEvents } from '../../protocol/staff-events.ts';

export type StaffSocket = Socket<StaffServerToClientEvents, StaffClientToServerEvents>;

/** Someone helping remotely: asked, then (with consent) the person's screen. */
export interface AssistSession {
  kioskId: string;
  state: 'asked' | 'active' | 'ended';
  view?: AssistView;
  /** Why it ended, in words. */
  ended?: string;
}

/** Sends one staff event and waits for its ack (or says the server did not answer). */
export function ask<E extends keyof StaffClientToServerEvents>(socket: StaffSocket, event: E, payload: Parameters<StaffClientToServerEvents[E]>[0]) {
  type Result = Parameters<Parameters<StaffClientToServerEvents[E]>[1]>[0];
  return new Promise<Result>((resolve) => {
    (socket.timeout(10_000).emit as unknown as (e: string, p: unknown, a: (err: Error | null, r: Result) => void) => void)(event, payload, (error, result) =>
      resolve(error ? ({ ok: false, error: { code: 'internal', message: NO_ANSWER } } as StaffAck<never> as Result) : result),
    );
  });
}
