// The benchmark's requests, typed as the protocol declares each event's answer: a failed ack stops the run.
import type { Ack, ClientToServerEvents, Payload } from '../protocol/events.ts';
import type { KioskClient } from '../tests/support/kiosk.ts';

/** The ack a kiosk event answers with (`Ack<KioskView>` for a step, and so on). */
export type AckOf<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Emits a kiosk event and resolves with its ack. */
export function request<E extends keyof ClientToServerEvents>(socket: KioskClient, event: E, payload: Payload<E>): Promise<AckOf<E>> {
  return new Promise((resolve) => (socket.emit as (e: E, p: Payload<E>, a: (r: AckOf<E>) => void) => void)(event, payload, resolve));
}

/** The data of an ack that must have succeeded. */
export function dataOf<T, Code extends string>(ack: Ack<T, Code>, what: string): T {
  if (!ack.ok) throw new Error(`${what} failed: ${JSON.stringify(ack.error)}`);
  return ack.data;
}
