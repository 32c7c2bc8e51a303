// What the server sends the kiosk to render. Every string a person reads is a {uk, en} map, so the UI switches language
// without a round trip and the server never formats for a screen.
import type { Localized } from '../content/localized.ts';
import type { FieldType } from '../content/schema.ts';
import type { RawValue } from '../content/validators/fields.ts';

export interface ServiceSummaryView {
  id: string;
  title: Localized;
  summary: Localized;
  /** Words to match when the person searches, in both languages. */
  keywords: Localized;
}

export interface FieldView {
  id: string;
  type: FieldType;
  label: Localized;
  hint?: Localized;
  voice?: Localized;
  /** What "Допомога" says about this field: the content's own help, or the field type's. */
  help: Localized;
  optional: boolean;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'decimal';
  options?: { value: string; label: Localized; hint?: Localized; voice?: Localized }[];
}

export interface FieldErrorView {
  fieldId: string;
  message: Localized;
}

export interface ServicesScreen {
  screen: 'services';
  categories: { id: string; title: Localized; serviceIds: string[] }[];
  services: ServiceSummaryView[];
  /** Services already chosen in this visit (ticked when the person comes back). */
  selected: string[];
  errors: FieldErrorView[];
}

export interface InfoScreen {
  screen: 'info';
  serviceId: string;
  title: Localized;
  summary: Localized;
  eligibility: Localized;
  decidingBody: Localized;
  decisionTime: Localized;
  /** What is asked, by section (about you, address, …, the service's own questions). */
  sections: { title: Localized; questions: Localized[] }[];
  documents: { title: Localized; hint?: Localized; whenText?: Localized }[];
}

export interface SuggestScreen {
  screen: 'suggest';
  suggestions: { id: string; title: Localized; summary: Localized; reason: Localized }[];
}

export interface Progress {
  index: number;
  total: number;
}

export interface QuestionScreen {
  screen: 'question';
  sectionTitle: Localized;
  stepId: string;
  /** The page heading: the step title, or the label of its only field. */
  heading: Localized;
  hint?: Localized;
  voice?: Localized;
  /** What "Допомога" says about the page as a whole. */
  help?: Localized;
  fields: FieldView[];
  /** What to show in the inputs: the last answer, or what the person typed when it had errors. */
  values: Record<string, RawValue>;
  errors: FieldErrorView[];
  /** "Question 3 of 9" on the route the answers so far lead along. */
  progress: Progress;
  /** True when the person came here with "Change" from check answers. */
  changing: boolean;
  /** Set when this form is one member of a repeating group. */
  item?: { index: number; isNew: boolean };
}

export interface GroupScreen {
  screen: 'group';
  sectionTitle: Localized;
  stepId: string;
  heading: Localized;
  hint?: Localized;
  voice?: Localized;
  help?: Localized;
  itemName: Localized;
  addLabel: Localized;
  emptyText: Localized;
  items: { index: number; summary: Localized }[];
  canAdd: boolean;
  errors: FieldErrorView[];
  progress: Progress;
  changing: boolean;
}

export interface ConfirmRemoveScreen {
  screen: 'confirm-remove';
  stepId: string;
  index: number;
  itemName: Localized;
  summary: Localized;
}

export interface AnswerRowView {
  stepId: string;
  /** A member of a repeating group: Change opens that member's form. */
  itemIndex?: number;
  label: Localized;
  value: Localized;
}

/** Answers under the title of their part of the flow (about you, address, …). */
export interface AnswerSectionView {
  title: Localized;
  rows: AnswerRowView[];
}

export interface CheckAnswersScreen {
  screen: 'check-answers';
  serviceTitles: Localized[];
  sections: AnswerSectionView[];
  documents: { serviceTitle: Localized; documents: Localized[] }[];
}

export type ReceiptState = 'printing' | 'printed' | 'failed';

export interface ConfirmationScreen {
  screen: 'confirmation';
  submittedAt: string;
  applications: {
    applicationNumber: string;
    serviceTitle: Localized;
    whatHappensNext: Localized;
    decisionTime: Localized;
    documents: Localized[];
  }[];
  receipt: ReceiptState;
  /** What to do now when the applications wait for the administrator at the desk; null when they were forwarded. */
  nextStep: Localized | null;
}

export type KioskScreen =
  ServicesScreen | InfoScreen | SuggestScreen | QuestionScreen | GroupScreen | ConfirmRemoveScreen | CheckAnswersScreen | ConfirmationScreen;

/** A screen, and how long the kiosk waits for the person before asking "Потрібно більше часу?" when the chosen services
 * ask for longer than the kiosk's default. */
export type KioskView = KioskScreen & { idleSeconds?: number };
