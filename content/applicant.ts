// Who an application is about, as the central system is told it (Трембіта's Uxp-Subject-Id): the applicant's РНОКПП, or
// the number of their identity document when they have none. Fields say so in the content (`identifiesApplicant`).
import type { AnswerValue } from './conditions.ts';
import type { FieldDefinition } from './schema.ts';

export interface ApplicantIdentifier {
  kind: 'rnokpp' | 'document';
  id: string;
}

/** The best identifier among the answered fields: a РНОКПП before a document number. */
export function applicantIdentifier(fields: Iterable<FieldDefinition>, answers: Record<string, AnswerValue | undefined>): ApplicantIdentifier | null {
  let found: ApplicantIdentifier | null = null;
  for (const field of fields) {
    const value = answers[field.id];
    if (!field.identifiesApplicant || typeof value !== 'string' || !value) continue;
    if (field.identifiesApplicant === 'rnokpp') return { kind: 'rnokpp', id: value };
    found ??= { kind: 'document', id: value };
  }
  return found;
}
