// Turns a session state into the screen the kiosk renders. Pure, like the engine.
import type { Catalogue } from '../../content/catalogue.ts';
import type { Localized } from '../../content/localized.ts';
import type { FieldDefinition, ServiceDefinition, StepDefinition } from '../../content/schema.ts';
import { formatDate } from '../../content/validators/dates.ts';
import type { AnswerRowView, FieldView, KioskView, QuestionScreen } from '../../protocol/views.ts';
import { activePath, applicableDocuments, rawFromAnswer } from './engine.ts';
import type { SessionState } from './state.ts';

const YES: Localized = { uk: 'Так', en: 'Yes' };
const NOT_GIVEN: Localized = { uk: 'Не вказано', en: 'Not given' };

const INPUT_MODES: Partial<Record<FieldDefinition['type'], FieldView['inputMode']>> = {
  rnokpp: 'numeric',
  postcode: 'numeric',
  phone: 'tel',
};

function fieldView(field: FieldDefinition): FieldView {
  const maxLength = field.rules?.find((r) => r.rule === 'maxLength');
  return {
    id: field.id,
    type: field.type,
    label: field.label,
    ...(field.hint && { hint: field.hint }),
    optional: field.optional ?? false,
    ...((field.inputMode ?? INPUT_MODES[field.type]) && { inputMode: field.inputMode ?? INPUT_MODES[field.type] }),
    ...(maxLength && 'value' in maxLength && { maxLength: maxLength.value }),
    ...(field.options && { options: field.options }),
  };
}

export function stepHeading(step: StepDefinition): Localized {
  return step.title ?? step.fields[0]!.label;
}

/** How an answer reads on check answers and the receipt. */
export function displayAnswer(field: FieldDefinition, value: string): AnswerRowView['value'] {
  if (value === '') return NOT_GIVEN;
  switch (field.type) {
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label ?? { text: value };
    case 'consent':
      return YES;
    case 'date':
      return { text: formatDate(value) };
    default:
      return { text: value };
  }
}

function questionView(service: ServiceDefinition, state: SessionState, step: StepDefinition): QuestionScreen {
  const path = activePath(service, state.answers);
  const index = path.findIndex((s) => s.id === step.id);
  const values: QuestionScreen['values'] = {};
  for (const field of step.fields) {
    const draft = state.drafts[field.id];
    const stored = state.answers[field.id];
    if (draft !== undefined) values[field.id] = draft;
    else if (stored !== undefined) values[field.id] = rawFromAnswer(service, field.id, stored);
  }
  return {
    screen: 'question',
    serviceTitle: service.title,
    stepId: step.id,
    heading: stepHeading(step),
    ...(step.title && step.hint && { hint: step.hint }),
    ...(!step.title && (step.hint ?? step.fields[0]!.hint) && { hint: step.hint ?? step.fields[0]!.hint }),
    fields: step.fields.map(fieldView),
    values,
    errors: state.errors,
    progress: { index: index + 1, total: path.length },
    changing: state.changing,
  };
}

export function answerRows(service: ServiceDefinition, answers: Record<string, string>): AnswerRowView[] {
  return activePath(service, answers).flatMap((step) =>
    step.fields.map((field) => ({
      stepId: step.id,
      fieldId: field.id,
      label: field.summaryLabel ?? field.label,
      value: displayAnswer(field, answers[field.id] ?? ''),
    })),
  );
}

export function viewOf(catalogue: Catalogue, state: SessionState): KioskView {
  const service = state.serviceId ? catalogue.get(state.serviceId) : undefined;
  const { position } = state;
  if (!service || position.kind === 'services') {
    return { screen: 'services', services: catalogue.services.map((s) => ({ id: s.id, title: s.title, summary: s.summary })) };
  }
  switch (position.kind) {
    case 'question': {
      const step = service.steps.find((s) => s.id === position.stepId)!;
      return questionView(service, state, step);
    }
    case 'check-answers':
      return {
        screen: 'check-answers',
        serviceTitle: service.title,
        rows: answerRows(service, state.answers),
        documents: applicableDocuments(service, state.answers).map((d) => d.title),
      };
    case 'submitted': {
      const { application } = position;
      return {
        screen: 'confirmation',
        serviceTitle: service.title,
        applicationNumber: application.applicationNumber,
        submittedAt: application.submittedAt,
        whatHappensNext: service.whatHappensNext,
        decisionTime: service.decisionTime,
        documents: service.documents.filter((d) => application.documentIds.includes(d.id)).map((d) => d.title),
        receipt: application.receipt,
      };
    }
  }
}
