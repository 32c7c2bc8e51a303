import type { Language } from '../../content/localized.ts';
import type { RawValue } from '../../content/validators/fields.ts';
import type { FieldErrorView, ReceiptState } from '../../protocol/views.ts';

export interface SubmittedApplication {
  applicationNumber: string;
  submittedAt: string;
  /** Ids of the documents the person must bring (those whose conditions held). */
  documentIds: string[];
  receipt: ReceiptState;
}

export type Position =
  | { kind: 'services' }
  | { kind: 'question'; stepId: string }
  | { kind: 'check-answers' }
  | { kind: 'submitted'; application: SubmittedApplication };

/** Everything the server knows about one person's visit. Plain data: the engine returns a new one for every action. */
export interface SessionState {
  lang: Language;
  serviceId?: string;
  position: Position;
  /** Normalised answers by field id. */
  answers: Record<string, string>;
  /** What the person typed on the current step when it had errors, shown back to them unchanged. */
  drafts: Record<string, RawValue>;
  errors: FieldErrorView[];
  /** Steps answered before the current one, for Back. */
  history: string[];
  /** The person came to this step with Change from check answers and returns there when done. */
  changing: boolean;
}

export function newSession(lang: Language): SessionState {
  return { lang, position: { kind: 'services' }, answers: {}, drafts: {}, errors: [], history: [], changing: false };
}
