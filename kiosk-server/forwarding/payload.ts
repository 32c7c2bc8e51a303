import type { ApplicantIdentifier } from '../../content/applicant.ts';
import type { AnswerValue } from '../../content/conditions.ts';
import type { StoredApplication } from '../store/application-record.ts';

/** Version of the JSON the kiosk sends to the central case system; documented field by field in the README. */
export const PAYLOAD_SCHEMA = 'vikno.application/1';

export interface ApplicationPayload {
  schema: typeof PAYLOAD_SCHEMA;
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
}

export function applicationPayload(application: StoredApplication): ApplicationPayload {
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
  };
}
