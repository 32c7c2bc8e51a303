// Events of the staff namespace (/staff): what staff screens hear from the kiosk server, and what they ask of it. Only a
// logged-in staff member's screen may connect (the session cookie is checked at the handshake).
import type { AcceptanceQueueState } from './acceptance.ts';
import type { Language, Localized } from '../content/localized.ts';
import { STAFF_ERROR_MESSAGES as STAFF_ERROR_WORDS } from '../content/text/errors.ts';
import type { Ack } from './acks.ts';
import type { PrinterStatus } from './printer-status.ts';
import type { KioskState } from './staff-api.ts';
import type { AnswerSectionView, KioskView } from './views.ts';

export const STAFF_NAMESPACE = '/staff';

/** A person at a kiosk pressed "Покликати працівника". Never carries answers: only where on the kiosk they are. */
export interface HelpCall {
  id: number;
  kioskId: string;
  /** The kind of screen: welcome, services, question, check-answers, … */
  screen: string;
  /** The question's step id when the screen is a question. */
  stepId: string | null;
  /** The heading the person sees, so staff know what they are stuck on. */
  stepTitle: Localized | null;
  calledAt: string;
}

/** The kiosk printer's state: sent when it changes, and to each staff screen as it connects. */
export interface PrinterState {
  kioskId: string;
  status: PrinterStatus;
  /** Receipts waiting to be printed. */
  pendingJobs: number;
}

/** A receipt did not print: the application is submitted, and staff can print it once the printer is fixed. */
export interface PrintFailure {
  kioskId: string;
  applicationNumbers: string[];
  printerStatus: PrinterStatus;
}

/** Applications the kiosk could not hand on to the central case system for too long, or that only staff can unblock. */
export interface ForwardingAlert {
  kioskId: string;
  applications: {
    applicationNumber: string;
    /** When sending first failed (ISO). */
    failingSince: string;
    attempts: number;
    lastError: string;
    /** `configuration`: the kiosk's settings are refused (a secret, a client id); `rejected`: the application itself. */
    kind: string;
  }[];
}

/** The forwarding queue at a glance: sent to each staff screen as it connects, and when it changes. */
export interface ForwardingState {
  kioskId: string;
  pending: number;
  forwarded: number;
  failing: number;
  oldestPendingSince: string | null;
  /** A fault only staff can mend (a refused signature), until a send succeeds again. */
  staffError: { kind: string; message: string; at: string } | null;
}

/** Why backups fail, as the staff console says it (its words are in content/text/staff.ts). */
export type BackupFailure = 'missing' | 'not-folder' | 'no-permission' | 'read-only' | 'full' | 'prune' | 'other';

/** The kiosk's backups: sent to each staff screen as it connects, and after every backup. */
export interface BackupState {
  kioskId: string;
  /** `off`: BACKUP_DIR is not set; `failing`: the last backup could not be made (staff must see to it). */
  state: 'off' | 'ok' | 'failing';
  /** When the newest backup was made (ISO), read from the backup folder at start; null: none yet. */
  lastSuccessAt: string | null;
  /** Why the last backup failed, while they fail: in English, for the log and /healthz. */
  error: string | null;
  /** The same, for the console's own words; null while they work. */
  reason: BackupFailure | null;
  /** The backup folder (BACKUP_DIR), which the console's words name. */
  dir: string | null;
  /** When the backups began to fail (ISO). */
  failingSince: string | null;
}

/** The kiosk's disk does not take writes (full, read-only, failing): applications cannot be saved until it does. */
export interface StorageState {
  kioskId: string;
  /** sqlite3's code (SQLITE_FULL for a full disk) and since when; null while writes succeed. */
  failing: { code: string; since: string } | null;
}

/** A member of staff answered a help call ("Іду"): the other consoles stop ringing, the kiosk says help is coming. */
export interface HelpAnswered {
  callId: number;
  kioskId: string;
  staffLogin: string;
  answeredAt: string;
}

/** What a member of staff helping remotely sees, with the person's consent: the screen they are on and their answers. */
export interface AssistView {
  kioskId: string;
  lang: Language;
  view: KioskView;
  answers: AnswerSectionView[];
}

export type AssistEndReason = 'declined' | 'ended-by-person' | 'ended-by-staff' | 'visit-ended' | 'staff-left';

export type StaffErrorCode = 'invalid_payload' | 'not_found' | 'already_answered' | 'no_visit' | 'assist_busy' | 'not_assisting' | 'person_only' | 'internal';

/** The words live in the text catalogue; typed here so every code has its message. */
export const STAFF_ERROR_MESSAGES: Record<StaffErrorCode, Localized> = STAFF_ERROR_WORDS;

export type StaffAck<T> = Ack<T, StaffErrorCode>;

/** Longest message staff can send to a kiosk: it is shown in large text and read aloud, so it must be short. */
export const STAFF_MESSAGE_MAX = 200;

export interface StaffServerToClientEvents {
  'forwarding:alert': (alert: ForwardingAlert) => void;
  'forwarding:status': (state: ForwardingState) => void;
  /** Visits waiting for acceptance at the desk: on connect and whenever it changes. */
  'acceptance:queue': (state: AcceptanceQueueState) => void;
  /** Every kiosk, when a screen connects and whenever one changes. */
  'kiosks:state': (kiosks: KioskState[]) => void;
  /** Calls nobody has answered yet, when a screen connects. */
  'help:open': (calls: HelpCall[]) => void;
  'help:called': (call: HelpCall) => void;
  'help:answered': (answered: HelpAnswered) => void;
  /** To the member of staff helping: the person's screen, each time it changes. */
  'assist:view': (view: AssistView) => void;
  'assist:ended': (ended: { kioskId: string; reason: AssistEndReason }) => void;
  'printer:status': (state: PrinterState) => void;
  'print:failed': (failure: PrintFailure) => void;
  'backup:status': (state: BackupState) => void;
  /** The disk stopped taking writes, or takes them again: on connect and whenever it changes. */
  'storage:status': (state: StorageState) => void;
}

type StaffHandler<P, R> = (payload: P, ack: (result: StaffAck<R>) => void) => void;

export interface StaffClientToServerEvents {
  /** Prints a receipt again by any of its application numbers, on the kiosk's printer or the staff desk's. */
  'receipt:reprint': StaffHandler<{ applicationNumber: string; printer?: 'kiosk' | 'desk'; largePrint?: boolean }, { jobId: number | null }>;
  /** "Іду": the kiosk shows and says that help is on its way. */
  'help:answer': StaffHandler<{ callId: number }, HelpAnswered>;
  /** A short message the kiosk shows and reads aloud. */
  'kiosk:message': StaffHandler<{ kioskId: string; text: string }, null>;
  /** Asks the person at the kiosk whether staff may see their answers and help fill them. */
  'assist:request': StaffHandler<{ kioskId: string }, null>;
  /** Answers the current question for the person (only while they allow it). */
  'assist:answer': StaffHandler<{ kioskId: string; stepId: string; values: Record<string, string | { day: string; month: string; year: string }> }, AssistView>;
  'assist:end': StaffHandler<{ kioskId: string }, null>;
  /** Sends every failing application again now, instead of at its next retry. */
  'forwarding:retry': StaffHandler<Record<string, never>, { due: number }>;
}
