// The kiosk's socket.io events: validate the payload, then act, then ack {ok, data} or {ok: false, error}.
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { ClientPayloads, ERROR_MESSAGES, type Ack, type ClientEvent, type ClientToServerEvents, type ErrorCode, type Payload, type ServerToClientEvents } from '../../protocol/events.ts';
import type { Language } from '../../content/localized.ts';
import type { KioskTiming } from '../../protocol/timing.ts';
import type { HelpDesk } from '../help-desk.ts';
import type { StatusLookup } from '../status-lookup.ts';
import type { Visits, VisitResult } from '../visits.ts';

type KioskSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
export type KioskIo = Server<ClientToServerEvents, ServerToClientEvents>;

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

function failure(code: ErrorCode): Ack<never> {
  return { ok: false, error: { code, message: ERROR_MESSAGES[code] } };
}

function toAck<T>(result: VisitResult<T>): Ack<T> {
  return result.ok ? { ok: true, data: result.data } : failure(result.code);
}

type Action<E extends ClientEvent> = (payload: Payload<E>, socket: KioskSocket) => VisitResult<unknown> | Promise<VisitResult<unknown>>;

export interface KioskEventsOptions {
  visits: Visits;
  helpDesk: HelpDesk;
  statusLookup: StatusLookup;
  kioskId: string;
  timing: KioskTiming;
  /** Which languages the voice guide can speak on this kiosk. */
  voices: Record<Language, boolean>;
  logger: Logger;
}

export function registerKioskEvents(io: KioskIo, { visits, helpDesk, statusLookup, kioskId, timing, voices, logger }: KioskEventsOptions): void {
  const actions: { [E in ClientEvent]: Action<E> } = {
    'visit:start': ({ lang }, socket) => {
      const started = visits.start(lang);
      void socket.join(sessionRoom(started.sessionId));
      return { ok: true, data: started };
    },
    'visit:resume': ({ sessionId }, socket) => {
      const result = visits.resume(sessionId);
      if (result.ok) void socket.join(sessionRoom(sessionId));
      return result;
    },
    'visit:language': ({ sessionId, lang }) => visits.setLanguage(sessionId, lang),
    'visit:end': ({ sessionId }, socket) => {
      visits.end(sessionId);
      void socket.leave(sessionRoom(sessionId));
      return { ok: true, data: null };
    },
    'services:choose': ({ sessionId, serviceIds }) => visits.chooseServices(sessionId, serviceIds),
    'services:info': ({ sessionId, serviceId }) => visits.showInfo(sessionId, serviceId),
    'services:suggested': ({ sessionId, accepted }) => visits.answerSuggestions(sessionId, accepted),
    'checklist:print': ({ sessionId, serviceId }) => visits.printChecklist(sessionId, serviceId),
    'step:answer': ({ sessionId, stepId, values }) => visits.answer(sessionId, stepId, values),
    'step:back': ({ sessionId }) => visits.back(sessionId),
    'step:change': ({ sessionId, stepId, itemIndex }) => visits.change(sessionId, stepId, itemIndex),
    'group:add': ({ sessionId, stepId }) => visits.addItem(sessionId, stepId),
    'group:edit': ({ sessionId, stepId, index }) => visits.editItem(sessionId, stepId, index),
    'group:remove': ({ sessionId, stepId, index }) => visits.removeItem(sessionId, stepId, index),
    'group:confirm-remove': ({ sessionId, remove }) => visits.confirmRemoveItem(sessionId, remove),
    'application:submit': ({ sessionId }) => visits.submit(sessionId),
    'receipt:large-print': ({ sessionId }) => visits.printLargeReceipt(sessionId),
    'help:call': async ({ sessionId }) => ({ ok: true, data: { calledAt: (await helpDesk.call(sessionId)).calledAt } }),
    'status:lookup': ({ text }, socket) => statusLookup.lookup(text, socket.id),
  };

  io.on('connection', (socket) => {
    socket.emit('kiosk:hello', { kioskId, timing, voices });
    for (const event of Object.keys(actions) as ClientEvent[]) {
      // socket.io's typed `on` cannot follow a loop over event names; the payload is validated right below.
      (socket as unknown as Socket).on(event, async (payload: unknown, ack: unknown) => {
        if (typeof ack !== 'function') return; // every kiosk event expects an answer; without a callback there is no one to tell
        const reply = ack as (result: Ack<unknown>) => void;
        const parsed = ClientPayloads[event].safeParse(payload);
        if (!parsed.success) {
          logger.warn({ event, issues: parsed.error.issues.map((i) => i.message) }, 'invalid kiosk payload');
          reply(failure('invalid_payload'));
          return;
        }
        try {
          const action = actions[event] as Action<typeof event>;
          reply(toAck(await action(parsed.data as Payload<typeof event>, socket)));
        } catch (error) {
          logger.error({ err: error, event }, 'kiosk event failed');
          reply(failure('internal'));
        }
      });
    }
  });
}
