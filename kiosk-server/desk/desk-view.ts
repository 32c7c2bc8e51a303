// A visit as the acceptance page shows it: the applicant's identity lines to compare with the document in hand, each
// application's answers and documents, the answers the desk may correct, and the corrections made. Pure.
import type { Catalogue } from '../../content/catalogue.ts';
import type { AnswerValue } from '../../content/conditions.ts';
import { composeFlow } from '../../content/flow.ts';
import type { FieldDefinition, FieldType } from '../../content/schema.ts';
import { IDENTITY_LABELS } from '../../content/text/desk.ts';
import { formatDate } from '../../content/validators/dates.ts';
import type { Correction, DeskVisitView, IdentityCheck, IdentityItemView } from '../../protocol/acceptance.ts';
import { applicationAnswerSections } from '../session/views.ts';
import type { DeskApplication } from './desk-store.ts';

/** Answers the desk may correct with the document in hand: what a person types, not what they choose or agree to. */
const CORRECTABLE_TYPES: ReadonlySet<FieldType> = new Set([
  'name',
  'text',
  'date',
  'rnokpp',
  'passport',
  'passportBooklet',
  'idCard',
  'phone',
  'postcode',
  'iban',
  'email',
]);

/** The fields of the visit's services outside repeated groups (one value per visit), by id. */
export function visitFields(catalogue: Catalogue, serviceIds: readonly string[]): Map<string, FieldDefinition> {
  const fields = new Map<string, FieldDefinition>();
  for (const part of composeFlow(catalogue, serviceIds).parts) {
    for (const step of part.steps) {
      if (step.repeat) continue;
      for (const field of step.fields ?? []) if (!fields.has(field.id)) fields.set(field.id, field);
    }
  }
  return fields;
}

/** The visit's answers as one record: shared questions are asked once, so any application that has one agrees. */
export function mergedAnswers(applications: readonly DeskApplication[]): Record<string, AnswerValue> {
  return Object.assign({}, ...[...applications].reverse().map((a) => a.answers)) as Record<string, AnswerValue>;
}

const shown = (field: FieldDefinition | undefined, value: AnswerValue | undefined): string =>
  typeof value !== 'string' ? '' : field?.type === 'date' && value ? formatDate(value) : value;

/** Which field holds the identity document's number: the kind the person chose, else whichever was answered. */
function documentField(answers: Record<string, AnswerValue>): string | null {
  if (typeof answers.idCardNumber === 'string' && answers.idCardNumber) return 'idCardNumber';
  if (typeof answers.passportNumber === 'string' && answers.passportNumber) return 'passportNumber';
  return null;
}

export function identityItems(fields: Map<string, FieldDefinition>, answers: Record<string, AnswerValue>): IdentityItemView[] {
  const item = (check: IdentityCheck, fieldId: string | null): IdentityItemView => ({
    check,
    fieldId: fieldId && fields.has(fieldId) ? fieldId : null,
    label: IDENTITY_LABELS[check],
    value: fieldId ? shown(fields.get(fieldId), answers[fieldId]) : '',
  });
  return [
    item('surname', 'surname'),
    item('givenName', 'givenName'),
    item('patronymic', 'patronymic'),
    item('dateOfBirth', 'dateOfBirth'),
    item('document', documentField(answers)),
  ];
}

/** A correction is kept with every application that has the field: listed once. */
export function visitCorrections(applications: readonly DeskApplication[]): Correction[] {
  const seen = new Map<string, Correction>();
  for (const correction of applications.flatMap((a) => a.corrections)) seen.set(`${correction.at}|${correction.fieldId}`, correction);
  return [...seen.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/** When the visit's forms were last printed for all its applications: the earliest, or null if one has none yet. */
function formsPrintedAt(applications: readonly DeskApplication[]): string | null {
  const times = applications.map((a) => a.formsPrintedAt?.getTime() ?? null);
  return times.some((t) => t === null) ? null : new Date(Math.min(...(times as number[]))).toISOString();
}

export function deskVisitView(catalogue: Catalogue, applications: readonly DeskApplication[]): DeskVisitView {
  const first = applications[0]!;
  const serviceIds = applications.map((a) => a.serviceId);
  const fields = visitFields(catalogue, serviceIds);
  const answers = mergedAnswers(applications);
  return {
    visitId: first.visitId,
    kioskId: first.kioskId,
    submittedAt: first.submittedAt.toISOString(),
    state: first.acceptance,
    identity: identityItems(fields, answers),
    applications: applications.map((application) => {
      const service = catalogue.get(application.serviceId);
      return {
        number: application.number,
        serviceId: application.serviceId,
        serviceTitle: service?.title ?? { uk: application.serviceId, en: application.serviceId },
        sections: applicationAnswerSections(catalogue, application.serviceId, application.answers),
        documents: (service?.documents ?? []).filter((d) => application.documentIds.includes(d.id)).map((d) => ({ id: d.id, title: d.title })),
        forms: service?.forms ?? [],
      };
    }),
    corrections: visitCorrections(applications),
    formsPrintedAt: formsPrintedAt(applications),
    correctable: [...fields.values()]
      .filter((field) => CORRECTABLE_TYPES.has(field.type) && typeof answers[field.id] === 'string')
      .map((field) => ({ fieldId: field.id, label: field.label, value: shown(field, answers[field.id]), type: field.type })),
  };
}
