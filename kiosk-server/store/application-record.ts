// An application as the store keeps it: its own file so the forwarding payload can use the type without the store.
import type { AnswerValue } from '../../content/conditions.ts';
import type { Language } from '../../content/localized.ts';
import type { ApplicantIdentifier } from '../../content/applicant.ts';

export interface NewApplication {
  id: string;
  /** The applications of one visit share it, and one receipt. */
  visitId: string;
  kioskId: string;
  serviceId: string;
  serviceVersion: number;
  language: Language;
  answers: Record<string, AnswerValue>;
  documentIds: string[];
  submittedAt: Date;
  /** Who the application is about, for the central system (Трембіта's Uxp-Subject-Id); null when nothing identifies them. */
  applicant: ApplicantIdentifier | null;
}

export interface StoredApplication extends NewApplication {
  number: string;
}
