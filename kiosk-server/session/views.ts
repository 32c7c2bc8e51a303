// Turns a session state into the screen the kiosk renders. Pure, like the engine.
import type { Catalogue } from '../../content/catalogue.ts';
import type { AnswerValue, GroupItem } from '../../content/conditions.ts';
import { composeFlow, routeOf, type Flow } from '../../content/flow.ts';
import type { Localized } from '../../content/localized.ts';
import type { FieldDefinition, ServiceDefinition, StepDefinition } from '../../content/schema.ts';
import { FIELD_TYPE_HELP } from '../../content/text/field-help.ts';
import { KIOSK_TEXT } from '../../content/text/kiosk.ts';
import { deskNextStep } from '../../content/text/next-step.ts';
import { formatDate } from '../../content/validators/dates.ts';
import type { AnswerRowView, AnswerSectionView, FieldView, KioskView, Progress, QuestionScreen } from '../../protocol/views.ts';
import { applicableDocuments, flowOf, rawFromAnswer } from './engine.ts';
import type { SessionState } from './state.ts';

const same = (text: string): Localized => ({ uk: text, en: text });

const INPUT_MODES: Partial<Record<FieldDefinition['type'], FieldView['inputMode']>> = {
  rnokpp: 'numeric',
  idCard: 'numeric',
  postcode: 'numeric',
  phone: 'tel',
  email: 'email',
  money: 'decimal',
};

function fieldView(field: FieldDefinition): FieldView {
  const inputMode = field.inputMode ?? INPUT_MODES[field.type];
  return {
    id: field.id,
    type: field.type,
    label: field.label,
    ...(field.hint && { hint: field.hint }),
    ...(field.voice && { voice: field.voice }),
    help: field.help ?? FIELD_TYPE_HELP[field.type],
    optional: field.optional ?? false,
    ...(inputMode && { inputMode }),
    ...(field.options && { options: field.options }),
  };
}

export function stepHeading(step: StepDefinition): Localized {
  return step.title ?? step.fields[0]!.label;
}

/** How an answer reads on check answers and the receipt. */
export function displayAnswer(field: FieldDefinition, value: string | undefined): Localized {
  if (value === undefined || value === '') return KIOSK_TEXT.answerNotGiven;
  switch (field.type) {
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label ?? same(value);
    case 'consent':
      return KIOSK_TEXT.answerYes;
    case 'date':
      return same(formatDate(value));
    default:
      return same(value);
  }
}

/** One line for a member of a group: "Шевченко Оксана, донька, 05.09.2012". */
export function itemSummary(step: StepDefinition, item: GroupItem): Localized {
  const parts = step
    .repeat!.summaryFields.map((id) => step.fields.find((f) => f.id === id)!)
    .filter((f) => item[f.id])
    .map((f) => displayAnswer(f, item[f.id]));
  const join = (lang: 'uk' | 'en') =>
    parts
      .map((p) => p[lang])
      .join(', ')
      .replace(/^([^,]+), ([^,]+)/, '$1 $2');
  return { uk: join('uk'), en: join('en') };
}

function progressOf(flow: Flow, state: SessionState, stepId: string): Progress {
  const route = routeOf(flow, state.answers).steps;
  return { index: route.findIndex((s) => s.id === stepId) + 1, total: route.length };
}

function sectionTitleOf(flow: Flow, stepId: string): Localized {
  return flow.parts[flow.steps.get(stepId)!.part]!.title;
}

function questionView(flow: Flow, state: SessionState, step: StepDefinition, item?: { index: number }): QuestionScreen {
  const stored: Record<string, AnswerValue | undefined> = item
    ? (((state.answers[step.id] as GroupItem[] | undefined) ?? [])[item.index] ?? {})
    : state.answers;
  const values: QuestionScreen['values'] = {};
  for (const field of step.fields) {
    const draft = state.drafts[field.id];
    const answer = stored[field.id];
    if (draft !== undefined) values[field.id] = draft;
    else if (typeof answer === 'string') values[field.id] = rawFromAnswer(field, answer);
  }
  const items = Array.isArray(state.answers[step.id]) ? (state.answers[step.id] as GroupItem[]) : [];
  const isNew = item ? item.index >= items.length : false;
  const heading = item
    ? isNew
      ? step.repeat!.addLabel
      : { uk: `${step.repeat!.itemName.uk} ${item.index + 1}`, en: `${step.repeat!.itemName.en} ${item.index + 1}` }
    : stepHeading(step);
  const hint = item ? undefined : step.title ? step.hint : (step.hint ?? step.fields[0]!.hint);
  return {
    screen: 'question',
    sectionTitle: sectionTitleOf(flow, step.id),
    stepId: step.id,
    heading,
    ...(hint && { hint }),
    ...(step.help && !item && { help: step.help }),
    ...((step.voice ?? (!item && step.fields.length === 1 ? step.fields[0]!.voice : undefined)) && {
      voice: step.voice ?? step.fields[0]!.voice,
    }),
    fields: step.fields.map(fieldView),
    values,
    errors: state.errors,
    progress: progressOf(flow, state, step.id),
    changing: state.changing,
    ...(item && { item: { index: item.index, isNew } }),
  };
}

function answerRows(step: StepDefinition, answers: Record<string, AnswerValue>): AnswerRowView[] {
  if (step.repeat) {
    const items = Array.isArray(answers[step.id]) ? (answers[step.id] as GroupItem[]) : [];
    return [
      { stepId: step.id, label: stepHeading(step), value: items.length ? { uk: `${items.length}`, en: `${items.length}` } : KIOSK_TEXT.answerNobody },
      ...items.map((item, index) => ({
        stepId: step.id,
        itemIndex: index,
        label: { uk: `${step.repeat!.itemName.uk} ${index + 1}`, en: `${step.repeat!.itemName.en} ${index + 1}` },
        value: itemSummary(step, item),
      })),
    ];
  }
  return step.fields.map((field) => ({
    stepId: step.id,
    label: field.summaryLabel ?? field.label,
    value: displayAnswer(field, typeof answers[field.id] === 'string' ? (answers[field.id] as string) : undefined),
  }));
}

function sectionsOf(flow: Flow, steps: StepDefinition[], answers: Record<string, AnswerValue>): AnswerSectionView[] {
  return flow.parts
    .map((part) => ({ title: part.title, rows: steps.filter((s) => part.steps.includes(s)).flatMap((s) => answerRows(s, answers)) }))
    .filter((section) => section.rows.length);
}

const answered = (step: StepDefinition, answers: Record<string, AnswerValue>) =>
  step.repeat ? answers[step.id] !== undefined : step.fields.some((field) => answers[field.id] !== undefined);

/** The answers given so far on the route they lead along, laid out as on check answers: for staff. */
function answeredSections(flow: Flow, answers: Record<string, AnswerValue>): AnswerSectionView[] {
  const route = routeOf(flow, answers);
  return sectionsOf(
    flow,
    route.steps.filter((step) => answered(step, route.answers)),
    route.answers,
  );
}

/** The answers of a visit so far, for staff helping with the person's consent. */
export function answerSections(catalogue: Catalogue, state: SessionState): AnswerSectionView[] {
  return state.serviceIds.length ? answeredSections(flowOf(catalogue, state), state.answers) : [];
}

/** The answers of a stored application (for staff; written to the audit log first). */
export function applicationAnswerSections(catalogue: Catalogue, serviceId: string, answers: Record<string, AnswerValue>): AnswerSectionView[] {
  return catalogue.get(serviceId) ? answeredSections(composeFlow(catalogue, [serviceId]), answers) : [];
}

/** "What do I need?": who can get it, what is asked (every question it could ask), documents and time. */
function infoView(catalogue: Catalogue, service: ServiceDefinition): KioskView {
  const flow = composeFlow(catalogue, [service.id]);
  return {
    screen: 'info',
    serviceId: service.id,
    title: service.title,
    summary: service.summary,
    eligibility: service.eligibility,
    decidingBody: service.decidingBody,
    decisionTime: service.decisionTime,
    sections: flow.parts.map((part) => ({ title: part.title, questions: part.steps.map(stepHeading) })),
    documents: service.documents.map((d) => ({ title: d.title, ...(d.hint && { hint: d.hint }), ...(d.whenText && { whenText: d.whenText }) })),
  };
}

/** The screen for where the visit is, with the inactivity time its services ask for. */
export function viewOf(catalogue: Catalogue, state: SessionState): KioskView {
  const screen = screenOf(catalogue, state);
  const idle = Math.max(0, ...state.serviceIds.map((id) => catalogue.get(id)?.idleSeconds ?? 0));
  return idle ? { ...screen, idleSeconds: idle } : screen;
}

function screenOf(catalogue: Catalogue, state: SessionState): KioskView {
  const { position } = state;
  switch (position.kind) {
    case 'services':
      return {
        screen: 'services',
        categories: catalogue.categories.map((c) => ({
          id: c.id,
          title: c.title,
          // Each service is listed once, under its own first group: disability aid for children under disability.
          serviceIds: catalogue.services.filter((s) => s.categories[0] === c.id).map((s) => s.id),
        })),
        services: catalogue.services.map((s) => ({ id: s.id, title: s.title, summary: s.summary, keywords: s.keywords ?? { uk: '', en: '' } })),
        selected: state.serviceIds,
        errors: state.errors,
      };
    case 'info':
      return infoView(catalogue, catalogue.get(position.serviceId)!);
    case 'suggest':
      return {
        screen: 'suggest',
        suggestions: position.serviceIds.map((id) => {
          const service = catalogue.get(id)!;
          const reason = catalogue.services.flatMap((s) => (state.serviceIds.includes(s.id) ? (s.related ?? []) : [])).find((r) => r.service === id)!.reason;
          return { id, title: service.title, summary: service.summary, reason };
        }),
      };
    case 'question':
    case 'item': {
      const flow = flowOf(catalogue, state);
      const step = flow.steps.get(position.stepId)!.step;
      if (position.kind === 'item') return questionView(flow, state, step, { index: position.index });
      if (!step.repeat) return questionView(flow, state, step);
      const items = Array.isArray(state.answers[step.id]) ? (state.answers[step.id] as GroupItem[]) : [];
      return {
        screen: 'group',
        sectionTitle: sectionTitleOf(flow, step.id),
        stepId: step.id,
        heading: stepHeading(step),
        ...(step.hint && { hint: step.hint }),
        ...(step.voice && { voice: step.voice }),
        ...(step.help && { help: step.help }),
        itemName: step.repeat.itemName,
        addLabel: step.repeat.addLabel,
        emptyText: step.repeat.emptyText,
        items: items.map((item, index) => ({ index, summary: itemSummary(step, item) })),
        canAdd: items.length < step.repeat.max,
        errors: state.errors,
        progress: progressOf(flow, state, step.id),
        changing: state.changing,
      };
    }
    case 'remove': {
      const step = flowOf(catalogue, state).steps.get(position.stepId)!.step;
      const item = (state.answers[step.id] as GroupItem[])[position.index]!;
      return { screen: 'confirm-remove', stepId: step.id, index: position.index, itemName: step.repeat!.itemName, summary: itemSummary(step, item) };
    }
    case 'check-answers': {
      const flow = flowOf(catalogue, state);
      const route = routeOf(flow, state.answers);
      const sections = sectionsOf(flow, route.steps, route.answers);
      const services = state.serviceIds.map((id) => catalogue.get(id)!);
      return {
        screen: 'check-answers',
        serviceTitles: services.map((s) => s.title),
        sections,
        documents: services.map((s) => ({ serviceTitle: s.title, documents: applicableDocuments(s, route.answers, state.serviceIds).map((d) => d.title) })),
      };
    }
    case 'submitted':
      return {
        screen: 'confirmation',
        submittedAt: position.submittedAt,
        receipt: position.receipt,
        nextStep: position.desk && deskNextStep(KIOSK_TEXT, position.desk.place),
        applications: position.applications.map((a) => {
          const service = catalogue.get(a.serviceId)!;
          return {
            applicationNumber: a.applicationNumber,
            serviceTitle: service.title,
            whatHappensNext: service.whatHappensNext,
            decisionTime: service.decisionTime,
            documents: service.documents.filter((d) => a.documentIds.includes(d.id)).map((d) => d.title),
          };
        }),
      };
  }
}
