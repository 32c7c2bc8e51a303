import type { ApplicantIdentifier } from '../../content/applicant.ts';
import type { AnswerValue } from '../../content/conditions.ts';
import type { AcceptanceRecord } from '../../protocol/acceptance.ts';
import type { StoredApplication } from '../store/application-record.ts';

/**
 * Version of the JSON the kiosk sends to the central case system; documented field by field in the README. Version 2
 * added `acceptance`; version 1 payloads still waiting in an outbox from before it are sent as they were made.
 */
export const PAYLOAD_SCHEMA = 'vikno.application/2';
export const PAYLOAD_SCHEMAS = ['vikno.application/1', PAYLOAD_SCHEMA] as const;

export interface ApplicationPayload {
  schema: (typeof PAYLOAD_SCHEMAS)[number];
  applicationId: string;
  /** Applications made in one visit share it (one person, one receipt). */
  visitId: string;
  applicationNumber: string;
  kioskId: string;
  serviceId: string;
  serviceVersion: number;
  submittedAt: string;
  language: string;
  /** Who the application is about: their РНОКПП, or their document's number (absent in payloads made before it existed). */
  applicant?: ApplicantIdentifier | null;
  answers: Record<string, AnswerValue>;
  documents: string[];
  /** How the application was accepted: at the desk (who, when, identity, documents, signature, corrections) or on submit. */
  acceptance?: AcceptanceRecord;
}

export function applicationPayload(application: StoredApplication, acceptance: AcceptanceRecord): ApplicationPayload {
  return {
    schema: PAYLOAD_SCHEMA,
    applicationId: application.id,
    visitId: application.visitId,
    applicationNumber: application.number,
    kioskId: application.kioskId,
    serviceId: application.serviceId,
    serviceVersion: application.serviceVersion,
    submittedAt: application.submittedAt.toISOString(),
    language: application.language,
    applicant: application.applicant,
    answers: application.answers,
    documents: application.documentIds,
    acceptance,
  };
}
