// The staff console's HTTP API (/api/staff/…): the shapes it answers with (its request schemas are in
// staff-api-schemas.ts, so the console's bundle carries no zod). Shared by the console and the server.
import type { Language, Localized } from '../content/localized.ts';
import type { AnswerSectionView } from './views.ts';
import type { PrinterStatus } from './printer-status.ts';
import type { ApplicationStatus } from './application-status.ts';
import type { GrantDecision } from './decision.ts';

export const STAFF_API = '/api/staff';

/**
 * Every staff API request carries this header. A page elsewhere on the same site (another port of this host) could make
 * a browser send the SameSite cookie with an <img> or a form, but cannot add a header without CORS, which the server
 * never allows.
 */
export const STAFF_REQUEST_HEADER = 'x-vikno-staff';

export type StaffRole = 'staff' | 'admin';

export interface StaffMe {
  login: string;
  role: StaffRole;
}

/** A kiosk as the dashboard shows it: where the visit is (never what was answered) and how the person set it up. */
export interface KioskState {
  kioskId: string;
  online: boolean;
  /** A person is in a visit (between choosing a language and leaving). */
  inVisit: boolean;
  /** The kind of screen (welcome, services, question, check-answers, confirmation, …). */
  screen: string;
  stepTitle: Localized | null;
  voiceMode: boolean;
  /** The text size chosen: '1' (standard) … '4' (largest). */
  textSize: string;
  language: Language;
  printer: PrinterStatus | null;
  /** A staff member is helping remotely (with the person's consent), or has asked to. */
  assistance: { staffLogin: string; state: 'asked' | 'active' } | null;
  lastSeen: string | null;
}

/** An application as listed on the console: no personal data. */
export interface ApplicationSummary {
  number: string;
  kioskId: string;
  serviceId: string;
  serviceTitle: Localized;
  submittedAt: string;
  status: ApplicationStatus;
  statusReason: Localized | null;
  /** Only for a grant: what it decided, as far as the central system said (null: the decision letter has it). */
  decision: GrantDecision | null;
  /** `held`: waiting for the desk's acceptance; `never`: refused there or expired. */
  forwarding: { state: 'held' | 'never' | 'pending' | 'failing' | 'forwarded'; attempts: number; lastError: string | null; forwardedAt: string | null };
  /** The personal data was deleted after the retention period. */
  personalDataDeleted: boolean;
}

/** The answers of one application, shown only on request and always written to the audit log. */
export interface PersonalDataView {
  number: string;
  sections: AnswerSectionView[];
}

/** One service of the catalogue, for «Послуги»: how current its description is. */
export interface CatalogueServiceView {
  id: string;
  title: string;
  version: number;
  /** YYYY-MM-DD: when its facts were last checked against its sources. */
  checkedOn: string;
  /** Not checked for 12 months (the content check warns too). */
  stale: boolean;
  decidingBody: string;
  sources: { title: string; url: string }[];
}

export interface AuditRowView {
  id: number;
  at: string;
  staffLogin: string;
  action: string;
  applicationNumber: string | null;
  kioskId: string | null;
  detail: string | null;
}

export interface CentreStats {
  from: string;
  to: string;
  visits: number;
  submittedVisits: number;
  /** Visits that ended in at least one application, 0–1. */
  completionRate: number;
  voiceModeVisits: number;
  largeTextVisits: number;
  services: { serviceId: string; title: Localized; applications: number; medianSeconds: number }[];
  /** Applications submitted in the period, by service, and what the desk did with them (forwarded on submit counts as accepted). */
  acceptance: { serviceId: string; title: Localized; submitted: number; waiting: number; accepted: number; refused: number; expired: number }[];
  /** Where visits that did not end in an application stopped. */
  leftAt: { step: string; title: Localized; visits: number }[];
  days: { day: string; visits: number; submitted: number }[];
}

/** The API's error body. */
export interface StaffApiError {
  error: string;
  /** Set when the account is locked: until when. */
  lockedUntil?: string;
  /** What went wrong, for the console to act on (the desk's refusals). */
  code?: string;
}
