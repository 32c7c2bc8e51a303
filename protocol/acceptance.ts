// Acceptance at the desk: an administrator checks the applicant's identity and documents, has the official forms signed
// and accepts the visit's applications (or refuses them) before anything is forwarded. Shared by the console and server.
import type { Localized } from '../content/localized.ts';
import type { AnswerSectionView } from './views.ts';
import { STAFF_API } from './staff-api.ts';

/**
 * `desk`: an application waits until an administrator accepts it (the default). `kiosk`: forwarded on submit, for
 * centres that establish who applied some other way.
 */
export const ACCEPTANCE_POLICIES = ['desk', 'kiosk'] as const;
export type AcceptancePolicy = (typeof ACCEPTANCE_POLICIES)[number];

/** Where an application stands with the desk: `kiosk` means it needed no acceptance (forwarded on submit). */
export const ACCEPTANCE_STATES = ['kiosk', 'waiting', 'accepted', 'refused', 'expired'] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

/** Why an administrator did not accept, as the audit log and the status check name it. */
export const DESK_REFUSALS = ['documents_missing', 'identity_mismatch', 'withdrawn'] as const;
export type DeskRefusal = (typeof DESK_REFUSALS)[number];

/** What the administrator compares with the identity document in hand. */
export const IDENTITY_CHECKS = ['surname', 'givenName', 'patronymic', 'dateOfBirth', 'document'] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

export type DocumentMark = 'seen' | 'not_presented';

export type SignatureRecord = { kind: 'applicant' } | { kind: 'on_behalf'; signerName: string };

/** A change the administrator made to an answer, with the document in hand; kept with the application and sent on. */
export interface Correction {
  fieldId: string;
  from: string;
  to: string;
  reason: string;
  staffLogin: string;
  at: string;
}

/** What travels with an accepted application to the central system (payload schema 2). */
export interface AcceptanceRecord {
  policy: AcceptancePolicy;
  /** Absent for `kiosk`: nobody accepted it at a desk. */
  acceptedAt?: string;
  staffLogin?: string;
  identity?: { checked: IdentityCheck[]; document: { kind: 'id-card' | 'passport-booklet' | 'unknown'; number: string } };
  documents?: { seen: string[]; notPresented: string[] };
  signature?: SignatureRecord;
  corrections?: Correction[];
}

export const ACCEPTANCE_API = `${STAFF_API}/acceptance`;

/** A visit in the list of those waiting today: no personal data but the numbers and services. */
export interface WaitingVisit {
  visitId: string;
  kioskId: string;
  applicationNumbers: string[];
  serviceTitles: Localized[];
  submittedAt: string;
  /** Another member of staff has it open. */
  heldBy: string | null;
}

export interface IdentityItemView {
  check: IdentityCheck;
  /** The field an answer comes from, so a mismatch can be corrected there. */
  fieldId: string | null;
  label: Localized;
  value: string;
}

export interface DeskApplicationView {
  number: string;
  serviceId: string;
  serviceTitle: Localized;
  sections: AnswerSectionView[];
  /** The documents this person was told to bring for this service. */
  documents: { id: string; title: Localized }[];
  forms: string[];
}

/** One visit as the acceptance page shows it (viewing it is audited). */
export interface DeskVisitView {
  visitId: string;
  kioskId: string;
  submittedAt: string;
  state: AcceptanceState;
  identity: IdentityItemView[];
  applications: DeskApplicationView[];
  corrections: Correction[];
  /** The official forms were last printed then; a correction after it means printing them again before signing. */
  formsPrintedAt: string | null;
  /** The answers the desk may correct (the applicant's own), with their current value. */
  correctable: { fieldId: string; label: Localized; value: string; type: string }[];
}

export interface AcceptRequestBody {
  identity: IdentityCheck[];
  documents: Record<string, Record<string, DocumentMark>>;
  signature: SignatureRecord;
}

/** The count on the dashboard: how many wait, and since when the oldest. */
export interface AcceptanceQueueState {
  waiting: number;
  oldestSubmittedAt: string | null;
}
