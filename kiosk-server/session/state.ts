import type { AnswerValue } from '../../content/conditions.ts';
import type { Language } from '../../content/localized.ts';
import type { RawValue } from '../../content/validators/fields.ts';
import type { FieldErrorView, ReceiptState } from '../../protocol/views.ts';

export interface SubmittedApplication {
  applicationNumber: string;
  serviceId: string;
  /** Ids of the documents the person must bring (those whose conditions held). */
  documentIds: string[];
}

export type Position =
  | { kind: 'services' }
  /** "What do I need?" for one service, without applying. */
  | { kind: 'info'; serviceId: string }
  /** Related services offered after the person chose theirs. */
  | { kind: 'suggest'; serviceIds: string[] }
  /** A question; for a repeating step, its list page. */
  | { kind: 'question'; stepId: string }
  /** The form of one member of a repeating group; `index` equal to the list's length is a new member. */
  | { kind: 'item'; stepId: string; index: number; fromCheckAnswers: boolean }
  | { kind: 'remove'; stepId: string; index: number }
  | { kind: 'check-answers' }
  | {
      kind: 'submitted';
      submittedAt: string;
      applications: SubmittedApplication[];
      receipt: ReceiptState;
      /** The applications wait for the administrator at the desk (where, if the centre names it); null when forwarded. */
      desk: { place: string | null } | null;
    };

/** Everything the server knows about one person's visit. Plain data: the engine returns a new one for every action. */
export interface SessionState {
  lang: Language;
  /** The services chosen, in the order chosen. */
  serviceIds: string[];
  position: Position;
  /** Normalised answers by field id; repeating groups by their step id. */
  answers: Record<string, AnswerValue>;
  /** What the person typed on the current form when it had errors, shown back to them unchanged. */
  drafts: Record<string, RawValue>;
  errors: FieldErrorView[];
  /** The person came to this step with Change from check answers and returns there when done. */
  changing: boolean;
  /** Related services already offered, so each is offered once. */
  offered: string[];
}

export function newSession(lang: Language): SessionState {
  return { lang, serviceIds: [], position: { kind: 'services' }, answers: {}, drafts: {}, errors: [], changing: false, offered: [] };
}
