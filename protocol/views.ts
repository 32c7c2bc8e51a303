// What the server sends the kiosk to render. Every string a person reads is a {uk, en} map, so the UI switches language
// without a round trip and the server never formats for a screen.
import type { Localized } from '../content/localized.ts';
import type { FieldType } from '../content/schema.ts';
import type { RawValue } from '../content/validators/fields.ts';

export interface ServiceSummaryView {
  id: string;
  title: Localized;
  summary: Localized;
}

export interface FieldView {
  id: string;
  type: FieldType;
  label: Localized;
  hint?: Localized;
  optional: boolean;
  inputMode?: 'text' | 'numeric' | 'tel';
  maxLength?: number;
  options?: { value: string; label: Localized; hint?: Localized }[];
}

export interface FieldErrorView {
  fieldId: string;
  message: Localized;
}

export interface ServicesScreen {
  screen: 'services';
  services: ServiceSummaryView[];
}

export interface QuestionScreen {
  screen: 'question';
  serviceTitle: Localized;
  stepId: string;
  /** The page heading: the step title, or the label of its only field. */
  heading: Localized;
  hint?: Localized;
  fields: FieldView[];
  /** What to show in the inputs: the last answer, or what the person typed when it had errors. */
  values: Record<string, RawValue>;
  errors: FieldErrorView[];
  /** "Question 3 of 9" on the route the answers so far lead along. */
  progress: { index: number; total: number };
  /** True when the person came here with "Change" from check answers. */
  changing: boolean;
}

export interface AnswerRowView {
  stepId: string;
  fieldId: string;
  label: Localized;
  /** Either the text as entered (a name, a number) or a label that has translations (a choice, "Yes"). */
  value: Localized | { text: string };
}

export interface CheckAnswersScreen {
  screen: 'check-answers';
  serviceTitle: Localized;
  rows: AnswerRowView[];
  documents: Localized[];
}

export type ReceiptState = 'printing' | 'printed' | 'failed';

export interface ConfirmationScreen {
  screen: 'confirmation';
  serviceTitle: Localized;
  applicationNumber: string;
  submittedAt: string;
  whatHappensNext: Localized;
  decisionTime: Localized;
  documents: Localized[];
  receipt: ReceiptState;
}

export type KioskView = ServicesScreen | QuestionScreen | CheckAnswersScreen | ConfirmationScreen;
