// What a server action comes to: its data, or a code saying why not. Acks add the message for the screen (see acks.ts).
import type { Localized } from '../content/localized.ts';
import type { Ack } from './acks.ts';

export type Result<T, Code extends string> = { ok: true; data: T } | { ok: false; code: Code };

/** The wire shape of a result: a failure carries its message in both languages, from the caller's table. */
export function toAck<T, Code extends string>(result: Result<T, Code>, messages: Record<Code, Localized>): Ack<T, Code> {
  return result.ok ? { ok: true, data: result.data } : { ok: false, error: { code: result.code, message: messages[result.code] } };
}
