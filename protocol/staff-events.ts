// Events of the staff namespace (/staff): what staff screens hear from the kiosk server.
import type { Localized } from '../content/localized.ts';
import type { PrinterStatus } from '../printers/printer.ts';
import type { Ack } from './acks.ts';

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

export interface StaffServerToClientEvents {
  'forwarding:alert': (alert: ForwardingAlert) => void;
  'forwarding:status': (state: ForwardingState) => void;
  'help:called': (call: HelpCall) => void;
  'printer:status': (state: PrinterState) => void;
  'print:failed': (failure: PrintFailure) => void;
}

export interface StaffClientToServerEvents {
  /** Prints a receipt again by any of its application numbers (in large print if asked). */
  'receipt:reprint': (request: { applicationNumber: string; largePrint?: boolean }, ack: (result: Ack<{ jobId: number }>) => void) => void;
}
