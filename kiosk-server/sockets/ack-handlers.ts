// Every socket event, kiosk or staff, goes the same way: validate the payload, act, then ack {ok, data} or
// {ok: false, error}. Without an ack callback there is no one to tell, so the event is ignored. The ack is whatever
// comes last: an event sent with an ack and no payload, with more than one payload, or under a name no table has, is
// answered invalid_payload, never left waiting.
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Localized } from '../../content/localized.ts';
import type { Ack } from '../../protocol/acks.ts';
import { toAck, type Result } from '../../protocol/result.ts';

/** Codes every table has: a payload that fails its schema, and an action that threw. */
type BaseCode = 'invalid_payload' | 'internal';

/** What the wrapper needs of a socket; socket.io's typed `on` cannot follow a loop over event names. */
export interface AckSocket {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  /** Hears every event, so one no table has can still be answered. */
  onAny?(listener: (event: string, ...args: unknown[]) => void): unknown;
}

export type AckAction<P, Ctx, Code extends string> = (payload: P, context: Ctx) => Result<unknown, Code> | Promise<Result<unknown, Code>>;

export interface AckHandlers<Schemas extends Record<string, z.ZodType>, Ctx, Code extends string> {
  schemas: Schemas;
  actions: { [E in keyof Schemas]: AckAction<z.infer<Schemas[E]>, Ctx, Code> };
  /** What each action is given besides its payload, taken as the event comes (the socket, or who is logged in). */
  context(): Ctx;
  /** Every code's message; the table must have the base codes too. */
  messages: Record<Code, Localized> & Record<BaseCode, Localized>;
  logger: Logger;
  /** Names the side in log lines: "kiosk" or "staff". */
  side: string;
  /** The code an event no table has is answered with (invalid_payload unless said). */
  unknownEventCode?: Code;
  /** Asked before acting; false drops the event without an answer (it has dealt with the socket itself). */
  before?(): Promise<boolean>;
  /** Told, once an event is acked (or refused), how long it took from its arrival; events without an ack are not timed. */
  acked?(event: keyof Schemas & string, seconds: number): void;
  /** After an action that succeeded, once it is acked. */
  afterSuccess?(event: keyof Schemas & string, payload: z.infer<Schemas[keyof Schemas]>): void;
}

export function registerAckHandlers<Schemas extends Record<string, z.ZodType>, Ctx, Code extends string>(
  socket: AckSocket,
  handlers: AckHandlers<Schemas, Ctx, Code>,
): void {
  const { schemas, actions, messages, logger, side } = handlers;
  const unknownCode = handlers.unknownEventCode ?? ('invalid_payload' as Code);
  const refuse = (ack: unknown) => (ack as (result: Ack<unknown, Code>) => void)(toAck<unknown, Code>({ ok: false, code: unknownCode }, messages));
  socket.onAny?.((event, ...args) => {
    const ack = args.at(-1);
    if (Object.hasOwn(schemas, event) || typeof ack !== 'function') return;
    if (!handlers.unknownEventCode) logger.warn({ event: event.slice(0, 100) }, `unknown ${side} event`);
    refuse(ack);
  });
  for (const event of Object.keys(schemas) as (keyof Schemas & string)[]) {
    // The payload is unknown until validated right below.
    socket.on(event, async (...args) => {
      const ack = args.pop();
      if (typeof ack !== 'function') return;
      const arrived = performance.now();
      const reply = (result: Ack<unknown, Code>) => {
        (ack as (result: Ack<unknown, Code>) => void)(result);
        handlers.acked?.(event, (performance.now() - arrived) / 1000);
      };
      const failed = (code: BaseCode) => reply(toAck<unknown, Code>({ ok: false, code: code as Code }, messages));
      if (args.length !== 1) {
        logger.warn({ event, payloads: args.length }, `${side} event without exactly one payload`);
        failed('invalid_payload');
        return;
      }
      const payload = args[0];
      const parsed = schemas[event]!.safeParse(payload);
      if (!parsed.success) {
        logger.warn({ event, issues: parsed.error.issues.map((i) => i.message) }, `invalid ${side} payload`);
        failed('invalid_payload');
        return;
      }
      let result: Result<unknown, Code>;
      try {
        if (handlers.before && !(await handlers.before())) return;
        const data = parsed.data as z.infer<Schemas[typeof event]>;
        result = await actions[event](data, handlers.context());
      } catch (error) {
        logger.error({ err: error, event }, `${side} event failed`);
        failed('internal');
        return;
      }
      reply(toAck(result, messages));
      // Acked already: what follows may fail, but must never answer the same event twice.
      if (!result.ok || !handlers.afterSuccess) return;
      try {
        handlers.afterSuccess(event, parsed.data as z.infer<Schemas[typeof event]>);
      } catch (error) {
        logger.error({ err: error, event }, `${side} event acted, but what follows it failed`);
      }
    });
  }
}
