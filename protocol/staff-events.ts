// Events of the staff namespace (/staff): what staff screens hear from the kiosk server.
import type { Localized } from '../content/localized.ts';

export const STAFF_NAMESPACE = '/staff';

/** A person at a kiosk pressed "Покликати працівника". Never carries answers: only where on the kiosk they are. */
export interface HelpCall {
  id: number;
  kioskId: string;
  /** The kind of screen: welcome, services, question, check-answers, … */
  screen: string;
  /** The question's step id when the screen is a question. */
  stepId: string | null;
  /** The heading the person sees, so staff know what they are stuck on. */
  stepTitle: Localized | null;
  calledAt: string;
}

export interface StaffServerToClientEvents {
  'help:called': (call: HelpCall) => void;
}

/** Staff actions (answer a call, send a message) arrive with the staff console. */
export type StaffClientToServerEvents = Record<never, never>;
