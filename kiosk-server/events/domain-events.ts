// What happens inside the server, told as typed events: domain modules emit them and never reach for sockets; the
// broadcaster (sockets/broadcaster.ts) turns them into socket.io messages, and other modules listen where they care.
import type { KioskState } from '../../protocol/staff-api.ts';
import type { AssistEndReason, AssistView, BackupState, ForwardingAlert, HelpAnswered, HelpCall, StorageState } from '../../protocol/staff-events.ts';
import type { KioskView, ReceiptState } from '../../protocol/views.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import type { AcceptancePolicy } from '../../protocol/acceptance.ts';
import type { Position } from '../session/state.ts';
import type { PrintOutcome } from '../printing/print-outcome.ts';
import type { PrintJob } from '../store/print-jobs.ts';

export interface DomainEvents {
  /** A visit's screen changed: the person acted, or staff answered for them (then the kiosk is sent the new view). */
  'visit:moved': { sessionId: string; by: 'person' } | { sessionId: string; by: 'staff'; view: KioskView };
  /** A person chose a language: a visit began. */
  'visit:started': { sessionId: string };
  /**
   * The person left (or started again), the kiosk timed out, or the server dropped a visit nobody touched: the kind of
   * step it was on, and whether it had been submitted.
   */
  'visit:ended': { sessionId: string; stepKind: Position['kind']; submitted: boolean; reason: VisitEndReason };
  /** A visit's applications were committed (one per service), under the centre's acceptance policy. */
  'applications:submitted': { serviceIds: string[]; policy: AcceptancePolicy };
  /** A print job printed or failed (its first failure only). */
  'print:outcome': { job: PrintJob; outcome: PrintOutcome };
  /** The visit's receipt came out, or could not: its screen is told. */
  'receipt:outcome': { sessionId: string; applicationNumbers: string[]; state: ReceiptState };
  /** A visit's receipt could not be printed: staff are told. */
  'receipt:print-failed': { applicationNumbers: string[]; printerStatus: PrinterStatus };
  'printer:status': { status: PrinterStatus; pendingJobs: number };
  /** The forwarding queue changed (often: a draining backlog changes it hundreds of times a second). */
  'forwarding:changed': Record<string, never>;
  /** A backup was made, or failed (staff consoles show the state; a failing one is an alert). */
  'backup:changed': BackupState;
  /** Applications not handed on for too long. */
  'forwarding:stuck': { applications: ForwardingAlert['applications'] };
  'help:called': HelpCall;
  /** The first answer to a call, with the visit that called (null: from the welcome screen). */
  'help:answered': { answered: HelpAnswered; sessionId: string | null };
  /** Remote assistance of a kiosk began, changed state or ended (null). */
  'assist:changed': { kioskId: string; assistance: KioskState['assistance'] };
  'assist:asked': { sessionId: string };
  /** The person allowed the help. */
  'assist:active': { sessionId: string };
  /** What the helping staff screen sees now. */
  'assist:view': { staffSocketId: string; view: AssistView };
  /** The same member of staff took the help over on another screen: the old one is let go. */
  'assist:moved-screen': { kioskId: string; previousSocketId: string };
  'assist:ended': { kioskId: string; sessionId: string; staffSocketId: string; reason: AssistEndReason };
  /** A short message from staff into a visit. */
  'staff:message': { sessionId: string; text: string };
  /** A staff login ended (logged out): its consoles go at once. */
  'staff:logged-out': { loginId: string };
  /** Staff unpaired a kiosk screen: its connections go at once. */
  'screen:unpaired': { screenId: number };
  /** Something on the kiosks list changed (presence emits it; at most one per tick matters). */
  'kiosks:changed': Record<string, never>;
  /** Visits waiting at the desk changed (one submitted, opened, accepted, refused or expired). */
  'acceptance:changed': Record<string, never>;
  /** The disk stopped taking writes (the failure), or takes them again (null). */
  'storage:changed': { failing: StorageState['failing'] };
  /** The desk accepted applications: their outbox rows are committed, forwarding may start. */
  'acceptance:accepted': { applicationNumbers: string[] };
}

export type VisitEndReason = 'left' | 'timed-out' | 'dropped';

export type DomainEvent = keyof DomainEvents;
type Listener<E extends DomainEvent> = (payload: DomainEvents[E]) => void;

/** Listeners run at once, in the order they subscribed; one that throws reaches the emitter (as with node:events). */
export class DomainEventBus {
  private readonly listeners = new Map<DomainEvent, Listener<never>[]>();

  on<E extends DomainEvent>(event: E, listener: Listener<E>): void {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as Listener<never>);
    this.listeners.set(event, list);
  }

  emit<E extends DomainEvent>(event: E, payload: DomainEvents[E]): void {
    // A copy: a listener that subscribes another while this runs does not hear this event.
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as Listener<E>)(payload);
  }
}
