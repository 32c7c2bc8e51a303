// The kiosk's socket.io events: validate the payload, then act, then ack {ok, data} or {ok: false, error} (ack-handlers.ts).
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import {
  ClientPayloads,
  ERROR_MESSAGES,
  KioskHandshake,
  type ClientEvent,
  type ClientToServerEvents,
  type ErrorCode,
  type Payload,
  type ServerToClientEvents,
} from '../../protocol/events.ts';
import type { Language } from '../../content/localized.ts';
import type { KioskTiming } from '../../protocol/timing.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import type { HelpDesk } from '../help-desk.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { KioskPairing, ScreenAdmission } from '../pairing/kiosk-pairing.ts';
import type { Assistance } from '../staff/assistance.ts';
import type { KioskPresence, KioskScreenSettings } from '../staff/kiosk-presence.ts';
import type { StatusLookup } from '../status-lookup.ts';
import type { Visits } from '../visits.ts';
import { registerAckHandlers, type AckAction, type AckSocket } from './ack-handlers.ts';
import { kioskRoom, sessionRoom, sessionsIn, type KioskIo } from './kiosk-rooms.ts';
import { holdUnpaired } from './unpaired-screen.ts';

/** What the server keeps on each kiosk screen's connection. */
interface KioskSocketData {
  kioskId: string;
  /** Local, paired (which screen), or not paired: then it may only pair. */
  admission: ScreenAdmission;
  settings: KioskScreenSettings;
}

type KioskSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, KioskSocketData>;

/** Text sizes above the default count as large text in the statistics. */
const LARGE_TEXT_SIZES = new Set(['3', '4']);

type Action<E extends ClientEvent> = AckAction<Payload<E>, KioskSocket, ErrorCode>;

export interface KioskEventsOptions {
  visits: Visits;
  helpDesk: HelpDesk;
  statusLookup: StatusLookup;
  presence: KioskPresence;
  assistance: Assistance;
  /** Told `visit:moved` after every action on a visit. */
  events: DomainEventBus;
  /** The kiosk a screen is when it does not say (`?kiosk=`). */
  kioskId: string;
  /** Every kiosk this server serves; a screen naming another is refused. */
  kioskIds: ReadonlySet<string>;
  timing: KioskTiming;
  /** Which languages the voice guide can speak on this kiosk. */
  voices: Record<Language, boolean>;
  /** Which screens may act (loopback, or paired). */
  pairing: KioskPairing;
  logger: Logger;
  /** Told how long each event took to ack (absent: not measured). */
  metrics?: Pick<Metrics, 'kioskEventAcked'>;
}

export function registerKioskEvents(io: KioskIo, options: KioskEventsOptions): void {
  const { visits, helpDesk, statusLookup, presence, assistance, events, timing, voices, pairing, logger, metrics } = options;
  const usedSettings = (settings: KioskScreenSettings) => ({ voiceMode: settings.voiceMode, largeText: LARGE_TEXT_SIZES.has(settings.textSize) });
  const actions: { [E in ClientEvent]: Action<E> } = {
    'visit:start': ({ lang }, socket) => {
      const { kioskId, settings } = socket.data;
      const started = visits.start(lang, kioskId, usedSettings(settings));
      void socket.join(sessionRoom(started.sessionId));
      presence.visit(kioskId, started.sessionId);
      return { ok: true, data: started };
    },
    'visit:resume': async ({ sessionId }, socket) => {
      const result = await visits.resume(sessionId);
      if (result.ok) {
        void socket.join(sessionRoom(sessionId));
        presence.visit(socket.data.kioskId, sessionId);
        // After the ack, so the page has drawn its screen: staff asking, or helping, is shown again.
        setImmediate(() =>
          assistance.resumed(sessionId, (news) => {
            if ('asked' in news) socket.emit('assist:asked', { sessionId });
            else socket.emit('assist:state', { sessionId, active: true });
          }),
        );
      }
      return result;
    },
    'visit:language': ({ sessionId, lang }) => visits.setLanguage(sessionId, lang),
    'visit:end': ({ sessionId, reason }, socket) => {
      visits.end(sessionId, reason === 'timeout' ? 'timed-out' : 'left');
      void socket.leave(sessionRoom(sessionId));
      presence.visitEnded(socket.data.kioskId, sessionId);
      return { ok: true, data: null };
    },
    'services:choose': ({ sessionId, serviceIds }) => visits.chooseServices(sessionId, serviceIds),
    'services:info': ({ sessionId, serviceId, ticked }) => visits.showInfo(sessionId, serviceId, ticked),
    'services:apply': ({ sessionId, serviceId }) => visits.applyFromInfo(sessionId, serviceId),
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
    'help:call': async ({ sessionId }, socket) => ({ ok: true, data: { calledAt: (await helpDesk.call(socket.data.kioskId, sessionId)).calledAt } }),
    'status:lookup': ({ text }, socket) => statusLookup.lookup(text, socket.id),
    'kiosk:settings': ({ voiceMode, textSize, language, sessionId }, socket) => {
      socket.data.settings = { voiceMode, textSize, language };
      presence.settings(socket.data.kioskId, socket.data.settings);
      if (sessionId) visits.noteSettings(sessionId, usedSettings(socket.data.settings));
      return { ok: true, data: null };
    },
    'assist:consent': async ({ sessionId, allow }) =>
      (await assistance.consent(sessionId, allow)).ok ? { ok: true, data: null } : { ok: false, code: 'not_ready' },
    'assist:end': ({ sessionId }) => {
      assistance.endByPerson(sessionId);
      return { ok: true, data: null };
    },
    'kiosk:pair': () => ({ ok: false, code: 'already_paired' }),
  };

  // A screen says which kiosk it is; only the kiosks this server was configured with are accepted.
  io.use((socket, next) => {
    const handshake = KioskHandshake.safeParse(socket.handshake.auth ?? {});
    const kioskId = (handshake.success && handshake.data.kioskId) || options.kioskId;
    if (!options.kioskIds.has(kioskId)) {
      logger.warn({ kioskId }, 'a screen named a kiosk this server does not serve (KIOSK_IDS)');
      return next(new Error(`unknown kiosk ${kioskId}: add it to KIOSK_IDS`));
    }
    const data = socket.data as KioskSocketData;
    data.kioskId = kioskId;
    // A screen on another machine acts only once paired; its pairing names the kiosk it is.
    void pairing.admission(socket.handshake.address, handshake.success ? handshake.data.secret : undefined).then(
      (admission) => {
        data.admission = admission;
        if (admission.kind === 'paired') data.kioskId = admission.kioskId;
        next();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'could not check whether a kiosk screen is paired');
        next(new Error('the server could not check this screen: try again'));
      },
    );
  });

  // Staff unpaired a screen: its connections go now (the page shows the not-connected page and connects again unpaired),
  // and the visits on them end here too, as the page forgets them: the person's answers are not kept for 30 minutes.
  events.on('screen:unpaired', ({ screenId }) => {
    for (const socket of io.of('/').sockets.values() as Iterable<KioskSocket>) {
      const { admission, kioskId } = socket.data;
      if (admission.kind !== 'paired' || admission.screenId !== screenId) continue;
      for (const sessionId of sessionsIn(socket.rooms)) {
        visits.end(sessionId, 'dropped');
        presence.visitEnded(kioskId, sessionId);
      }
      socket.emit('kiosk:not-paired', { reason: 'unpaired' });
      socket.disconnect(true);
    }
  });

  io.on('connection', (rawSocket) => {
    const socket = rawSocket as unknown as KioskSocket;
    const { kioskId, admission } = socket.data;
    if (admission.kind === 'not-paired') return holdUnpaired(rawSocket, admission.reason, pairing, logger);
    if (admission.kind === 'paired') {
      const { screenId } = admission;
      void pairing.connected(screenId).catch(() => undefined);
      socket.on('disconnect', () => void pairing.disconnected(screenId).catch(() => undefined));
    }
    socket.data.settings = { voiceMode: false, textSize: '2', language: 'uk' };
    void socket.join(kioskRoom(kioskId));
    presence.connected(kioskId, socket.id);
    socket.on('disconnect', () => presence.disconnected(kioskId, socket.id));
    socket.emit('kiosk:hello', { kioskId, timing, voices });
    registerAckHandlers(socket as unknown as AckSocket, {
      schemas: ClientPayloads,
      actions,
      context: () => socket,
      messages: ERROR_MESSAGES,
      logger,
      side: 'kiosk',
      ...(metrics && { acked: (event: ClientEvent, seconds: number) => metrics.kioskEventAcked(event, seconds) }),
      afterSuccess: (event, payload) => {
        // The step may have moved: the dashboard shows where, and the member of staff helping (with consent) sees it.
        const { sessionId } = payload as { sessionId?: string };
        if (sessionId && event !== 'kiosk:settings') events.emit('visit:moved', { sessionId, by: 'person' });
      },
    });
  });
}
