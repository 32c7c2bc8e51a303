// Everything that belongs to one person's visit, in one object. Ending a visit replaces it whole (freshVisit), so
// nothing of one person can be left behind for the next: a field added here is forgotten with the rest.
import type { ReactiveControllerHost } from 'lit';
import type { Language } from '../../content/localized.ts';
import type { KioskView } from '../../protocol/views.ts';
import type { ChecklistState } from '../screens/info-screen.ts';
import type { HelpCallState } from '../screens/help-screen.ts';
import type { StatusPage } from '../screens/status-screen.ts';
import { DEFAULT_SETTINGS, loadSettings, type PersonalSettings } from '../settings/personal-settings.ts';
import type { TimeoutPhase } from './inactivity-timer.ts';

/** Survives a page reload (so the person resumes where they were) and is removed when the visit ends. */
export const SESSION_KEY = 'vikno.session';

/** Pages the kiosk draws over the current screen (which stays underneath, with whatever was typed, until they close). */
export type Overlay = 'help' | 'display' | 'leave' | 'voice' | 'assist';

/** Where focus goes once the next render is drawn. */
export type FocusRequest = 'heading' | HTMLElement;

export interface VisitState {
  sessionId: string | undefined;
  language: Language;
  view: KioskView | undefined;
  busy: boolean;
  notice: string;
  /** The notice asks the person to call staff (the application could not be saved): it has the button to do so. */
  noticeCallsStaff: boolean;
  checklist: ChecklistState;
  settings: PersonalSettings;
  overlay: Overlay | undefined;
  /** The visit ended because nobody answered: the next screen says the answers were deleted. */
  timedOut: boolean;
  helpCall: HelpCallState;
  timeout: TimeoutPhase;
  timeoutAnnouncement: string;
  /** Feedback for the volume and rate keys. */
  keypadStatus: string;
  /** What the voice guide is saying, shown as a caption line (EN 301 549 5.1.5). */
  caption: string;
  speaking: boolean;
  /** The screen is blanked for privacy; the voice guide and the keypad go on. */
  blank: boolean;
  /** The status check, opened from the welcome screen (no visit: nothing of it is kept). */
  statusPage: StatusPage | undefined;
  /** A member of staff answered the help call: they are on their way. */
  helpComing: boolean;
  /** The last message staff sent to this kiosk, until the person closes it. */
  staffMessage: string;
  /** A member of staff is helping remotely, with the person's consent. */
  assisted: boolean;
  /** Staff news is said even with the voice guide off, and its caption shown (EN 301 549 5.1.5). */
  staffCaption: boolean;
  focusRequest: FocusRequest | undefined;
  /** Where focus was when an overlay opened, to go back to it. */
  returnFocus: HTMLElement | undefined;
  /** What help explains about the item the keypad was on. */
  helpItem: string | undefined;
  /** Said before the next screen: the voice guide has just been turned on. */
  voiceIntro: boolean;
}

/** What a visit that has just ended hands to the blank one after it: only the "answers deleted" notice. */
export type CarriedOver = Pick<VisitState, 'timedOut'>;

/** The clean slate: what the kiosk holds before anyone has touched it. */
export function freshVisit(carried: Partial<CarriedOver> = {}): VisitState {
  return {
    sessionId: undefined,
    language: 'uk',
    view: undefined,
    busy: false,
    notice: '',
    noticeCallsStaff: false,
    checklist: 'idle',
    settings: { ...DEFAULT_SETTINGS },
    overlay: undefined,
    timedOut: carried.timedOut ?? false,
    helpCall: 'idle',
    timeout: { kind: 'quiet' },
    timeoutAnnouncement: '',
    keypadStatus: '',
    caption: '',
    speaking: false,
    blank: false,
    statusPage: undefined,
    helpComing: false,
    staffMessage: '',
    assisted: false,
    staffCaption: false,
    focusRequest: 'heading',
    returnFocus: undefined,
    helpItem: undefined,
    voiceIntro: false,
  };
}

/** The visit this page was showing before a reload: its session id and settings, the rest from the server. */
export function restoredVisit(storage: Storage): VisitState {
  return { ...freshVisit(), sessionId: storage.getItem(SESSION_KEY) ?? undefined, settings: loadSettings(storage) };
}

/** What every controller is given: the current visit, read and written whole through the host. */
export interface VisitHost extends ReactiveControllerHost {
  visit: VisitState;
  /** Changes part of the current visit (a new object, so Lit redraws). */
  patch(change: Partial<VisitState>): void;
}
