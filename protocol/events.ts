// The one module of socket.io event types shared by the kiosk UI and the server. Events are `noun:verb`; every client
// event has an ack that is either {ok: true, data} or {ok: false, error}. The server validates every payload with the
// zod schemas below before acting on it.
import { z } from 'zod';
import { LanguageSchema, type Language } from '../content/localized.ts';
import type { Ack } from './acks.ts';
import type { ApplicationStatusView } from './application-status.ts';
import type { NotPaired, PairingDone } from './pairing.ts';
import type { KioskTiming } from './timing.ts';
import type { KioskView, ReceiptState } from './views.ts';

export { ERROR_MESSAGES, type Ack, type ErrorCode } from './acks.ts';

const SessionId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const StepId = z.string().min(1).max(100);
const ServiceId = z.string().min(1).max(100);
const ItemIndex = z.number().int().min(0).max(100);
const RawValueSchema = z.union([z.string().max(5000), z.strictObject({ day: z.string().max(10), month: z.string().max(10), year: z.string().max(10) })]);
/** The answers of one form, by field id (the person's, or staff's for them). */
export const AnswerValues = z.record(z.string().max(100), RawValueSchema).refine((v) => Object.keys(v).length <= 50, 'too many fields');
export const KioskIdSchema = z.string().regex(/^[A-Z0-9]{2,8}$/);

export const ClientPayloads = {
  'visit:start': z.strictObject({ lang: LanguageSchema }),
  'visit:resume': z.strictObject({ sessionId: SessionId }),
  'visit:language': z.strictObject({ sessionId: SessionId, lang: LanguageSchema }),
  /** `reason`: the person finished (left, or pressed «Почати спочатку») or the kiosk timed out; counted in the metrics. */
  'visit:end': z.strictObject({ sessionId: SessionId, reason: z.enum(['finished', 'timeout']).optional() }),
  'services:choose': z.strictObject({ sessionId: SessionId, serviceIds: z.array(ServiceId).max(20) }),
  /** `ticked`: the services ticked on the list so far, kept while the person reads "What do I need?". */
  'services:info': z.strictObject({ sessionId: SessionId, serviceId: ServiceId, ticked: z.array(ServiceId).max(20).optional() }),
  /** «Подати заяву на цю послугу» on "What do I need?". */
  'services:apply': z.strictObject({ sessionId: SessionId, serviceId: ServiceId }),
  'services:suggested': z.strictObject({ sessionId: SessionId, accepted: z.array(ServiceId).max(20) }),
  'checklist:print': z.strictObject({ sessionId: SessionId, serviceId: ServiceId }),
  'step:answer': z.strictObject({
    sessionId: SessionId,
    stepId: StepId,
    values: AnswerValues,
  }),
  'step:back': z.strictObject({ sessionId: SessionId }),
  'step:change': z.strictObject({ sessionId: SessionId, stepId: StepId, itemIndex: ItemIndex.optional() }),
  'group:add': z.strictObject({ sessionId: SessionId, stepId: StepId }),
  'group:edit': z.strictObject({ sessionId: SessionId, stepId: StepId, index: ItemIndex }),
  'group:remove': z.strictObject({ sessionId: SessionId, stepId: StepId, index: ItemIndex }),
  'group:confirm-remove': z.strictObject({ sessionId: SessionId, remove: z.boolean() }),
  'application:submit': z.strictObject({ sessionId: SessionId }),
  /** On the confirmation: the receipt once more, in large print. */
  'receipt:large-print': z.strictObject({ sessionId: SessionId }),
  /** "Покликати працівника": from any screen, with or without a visit. The server finds the step itself. */
  'help:call': z.strictObject({ sessionId: SessionId.optional() }),
  /** "Перевірити стан заяви": the number as typed or scanned (the server finds the number in it). No visit needed. */
  'status:lookup': z.strictObject({ text: z.string().max(300) }),
  /** How the person set the kiosk up (for the staff dashboard and the anonymous statistics). */
  'kiosk:settings': z.strictObject({
    voiceMode: z.boolean(),
    textSize: z.enum(['1', '2', '3', '4']),
    language: LanguageSchema,
    sessionId: SessionId.optional(),
  }),
  /** The person's answer to "may staff see your answers and help?". */
  'assist:consent': z.strictObject({ sessionId: SessionId, allow: z.boolean() }),
  /** The person ends remote assistance. */
  'assist:end': z.strictObject({ sessionId: SessionId }),
  /** The one-time code staff gave, typed on a screen that is not paired yet (the only event such a screen may send). */
  'kiosk:pair': z.strictObject({ code: z.string().max(40) }),
} as const;

export type ClientEvent = keyof typeof ClientPayloads;
export type Payload<E extends ClientEvent> = z.infer<(typeof ClientPayloads)[E]>;

export interface VisitStarted {
  sessionId: string;
  view: KioskView;
}

/** A visit picked up again after a reload: the screen and the language the person chose. */
export interface VisitResumed {
  lang: Language;
  view: KioskView;
}

type Handler<E extends ClientEvent, R> = (payload: Payload<E>, ack: (result: Ack<R>) => void) => void;

export interface ClientToServerEvents {
  'visit:start': Handler<'visit:start', VisitStarted>;
  'visit:resume': Handler<'visit:resume', VisitResumed>;
  'visit:language': Handler<'visit:language', KioskView>;
  'visit:end': Handler<'visit:end', null>;
  'services:choose': Handler<'services:choose', KioskView>;
  'services:info': Handler<'services:info', KioskView>;
  'services:apply': Handler<'services:apply', KioskView>;
  'services:suggested': Handler<'services:suggested', KioskView>;
  'checklist:print': Handler<'checklist:print', { printed: boolean }>;
  'step:answer': Handler<'step:answer', KioskView>;
  'step:back': Handler<'step:back', KioskView>;
  'step:change': Handler<'step:change', KioskView>;
  'group:add': Handler<'group:add', KioskView>;
  'group:edit': Handler<'group:edit', KioskView>;
  'group:remove': Handler<'group:remove', KioskView>;
  'group:confirm-remove': Handler<'group:confirm-remove', KioskView>;
  'application:submit': Handler<'application:submit', KioskView>;
  'receipt:large-print': Handler<'receipt:large-print', { queued: boolean }>;
  'help:call': Handler<'help:call', { calledAt: string }>;
  'status:lookup': Handler<'status:lookup', ApplicationStatusView>;
  'kiosk:settings': Handler<'kiosk:settings', null>;
  'assist:consent': Handler<'assist:consent', null>;
  'assist:end': Handler<'assist:end', null>;
  'kiosk:pair': Handler<'kiosk:pair', PairingDone>;
}

/**
 * What a kiosk screen tells the server as it connects: which of the centre's kiosks it is (`?kiosk=K02`), and the secret
 * it was given when it was paired (a screen on another machine; the secret decides the kiosk id then).
 */
export const KioskHandshake = z.object({ kioskId: KioskIdSchema.optional(), secret: z.string().max(100).optional() });

/** Sent when a kiosk screen connects: which kiosk it is and how long it waits for people. */
export interface KioskHello {
  kioskId: string;
  timing: KioskTiming;
  /** Languages the voice guide can speak here; without any, the kiosk says the voice is not available. */
  voices: Record<Language, boolean>;
}

export interface ServerToClientEvents {
  'kiosk:hello': (hello: KioskHello) => void;
  /** This screen must be paired before it can do anything: it shows the not-connected page (sent instead of hello). */
  'kiosk:not-paired': (news: NotPaired) => void;
  /** The visit's receipt came out of the printer, or could not. */
  'receipt:status': (status: { applicationNumbers: string[]; state: ReceiptState }) => void;
  // Staff news names the visit it is for (null: a call made from the welcome screen): a page that has moved on to
  // another visit, or back to the start, drops it, so the next person never sees it.
  /** A member of staff answered this kiosk's help call: help is on its way. */
  'help:coming': (news: { sessionId: string | null }) => void;
  /** A short message from staff, shown and read aloud. */
  'staff:message': (message: { sessionId: string; text: string }) => void;
  /** Staff ask to see the answers and help: the person says yes or no. */
  'assist:asked': (news: { sessionId: string }) => void;
  /** Remote assistance began (the person allowed it) or ended (by either side, or staff withdrew the request). */
  'assist:state': (state: { sessionId: string; active: boolean }) => void;
  /** The screen changed without the person acting: staff answered a question for them. */
  'visit:view': (update: { sessionId: string; view: KioskView }) => void;
}
