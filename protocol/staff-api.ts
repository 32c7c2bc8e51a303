// The staff console's HTTP API (/api/staff/…): request schemas (validated by the server) and the shapes it answers with.
// Shared by the console and the server, like the socket.io events.
import { z } from 'zod';
import type { Localized } from '../content/localized.ts';
import type { PrinterStatus } from '../printers/printer.ts';
import type { ApplicationStatus } from './application-status.ts';

export const STAFF_API = '/api/staff';

export const LoginRequest = z.strictObject({ login: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) });

export const ApplicationNumberParam = z.string().regex(/^[A-Z0-9]{2,8}-\d{4}-\d{6}$/);

export const ReprintRequest = z.strictObject({ printer: z.enum(['kiosk', 'desk']), largePrint: z.boolean().optional() });

const Day = z.iso.date();
export const StatsQuery = z.strictObject({ from: Day.optional(), to: Day.optional(), lang: z.enum(['uk', 'en']).optional() });

export const AuditQuerySchema = z.strictObject({
  application: ApplicationNumberParam.optional(),
  login: z.string().max(40).optional(),
  before: z.coerce.number().int().positive().optional(),
});

export const ApplicationsQuery = z.strictObject({ day: Day.optional(), number: z.string().max(40).optional() });

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
  language: 'uk' | 'en';
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
  forwarding: { state: 'pending' | 'failing' | 'forwarded'; attempts: number; lastError: string | null; forwardedAt: string | null };
  /** The personal data was deleted after the retention period. */
  personalDataDeleted: boolean;
}

/** The answers of one application, shown only on request and always written to the audit log. */
export interface PersonalDataView {
  number: string;
  sections: { title: Localized; rows: { label: Localized; value: Localized }[] }[];
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
  /** Where visits that did not end in an application stopped. */
  leftAt: { step: string; title: Localized; visits: number }[];
  days: { day: string; visits: number; submitted: number }[];
}

/** The API's error body. */
export interface StaffApiError {
  error: string;
  /** Set when the account is locked: until when. */
  lockedUntil?: string;
}
