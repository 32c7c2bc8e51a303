// The kiosk app: renders the screen the server sent and sends back what the person did. It decides nothing itself.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { Ack, ClientToServerEvents, Payload } from '../../protocol/events.ts';
import { DEFAULT_TIMING, timeoutPlan, type KioskTiming } from '../../protocol/timing.ts';
import type { KioskView } from '../../protocol/views.ts';
import { LightElement } from '../components/light-element.ts';
import '../components/kiosk-header.ts';
import '../components/scroll-buttons.ts';
import { secondsLeftText } from '../components/timeout-dialog.ts';
import '../components/timeout-dialog.ts';
import { describeItem, screenHelp, type LocalScreen } from '../help/screen-help.ts';
import { pick, t } from '../i18n.ts';
import { installKeypad } from '../keypad/keypad.ts';
import {
  applyDisplay,
  DEFAULT_SETTINGS,
  forgetSettings,
  isDefault,
  loadSettings,
  saveSettings,
  SPEECH_RATES,
  VOLUME_LEVELS,
  type PersonalSettings,
} from '../settings/personal-settings.ts';
import type { DisplayChange } from '../screens/display-screen.ts';
import type { HelpCallState } from '../screens/help-screen.ts';
import type { ChangeDetail } from '../screens/check-answers-screen.ts';
import type { ChecklistState } from '../screens/info-screen.ts';
import type { AnswerDetail } from '../screens/question-screen.ts';
import '../screens/assist-consent-screen.ts';
import '../screens/check-answers-screen.ts';
import '../screens/confirm-remove-screen.ts';
import '../screens/confirmation-screen.ts';
import '../screens/display-screen.ts';
import '../screens/help-screen.ts';
import '../screens/leave-screen.ts';
import '../screens/timed-out-screen.ts';
import '../screens/voice-screen.ts';
import '../screens/status-screen.ts';
import { NUMBER_FIELD, type StatusPage } from '../screens/status-screen.ts';
import { SpeechPlayer, type Utterance } from '../voice/speech-player.ts';
import { isDigitBox, spokenConfirmation, spokenItem, spokenScreen, spokenStatus } from '../voice/spoken.ts';
import type { ReadTextDetail } from '../keyboard/onscreen-keyboard.ts';
import { VOICE_TEXT } from '../voice/voice-text.ts';
import '../screens/group-screen.ts';
import '../screens/info-screen.ts';
import '../screens/question-screen.ts';
import '../screens/services-screen.ts';
import '../screens/suggest-screen.ts';
import '../screens/welcome-screen.ts';
import { startWakeWord } from '../wake-word/start-wake-word.ts';
import type { WakeWordEngine } from '../wake-word/wake-word-engine.ts';
import { InactivityTimer, type TimeoutPhase } from './inactivity-timer.ts';
import { KioskConnection } from './kiosk-connection.ts';

/** Survives a page reload (so the person resumes where they were) and is removed when the visit ends. */
const SESSION_KEY = 'vikno.session';

/** Pages the kiosk draws over the current screen (which stays underneath, with whatever was typed, until they close). */
type Overlay = 'help' | 'display' | 'leave' | 'voice' | 'assist';

/** Where focus goes once the next render is drawn. */
type FocusRequest = 'heading' | HTMLElement;

/** Events whose answer is the next screen. */
type ViewEvent = {
  [E in keyof ClientToServerEvents]: Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<KioskView> ? E : never;
}[keyof ClientToServerEvents];

@customElement('vikno-app')
export class ViknoApp extends LightElement {
  @state() accessor language: Language = 'uk';
  @state() accessor view: KioskView | undefined;
  @state() accessor busy = false;
  @state() accessor notice = '';
  @state() accessor connected = true;
  /** After a reload, nothing is drawn until the server says where the visit was (no flash of the welcome screen). */
  @state() accessor resuming = false;
  @state() accessor checklist: ChecklistState = 'idle';
  @state() accessor settings: PersonalSettings = loadSettings(sessionStorage);
  @state() accessor overlay: Overlay | undefined;
  /** The visit ended because nobody answered: the next screen says the answers were deleted. */
  @state() accessor timedOut = false;
  @state() accessor helpCall: HelpCallState = 'idle';
  @state() accessor timeout: TimeoutPhase = { kind: 'quiet' };
  @state() accessor timeoutAnnouncement = '';
  /** Feedback for the volume and rate keys. */
  @state() accessor keypadStatus = '';
  /** What the voice guide is saying, shown as a caption line (EN 301 549 5.1.5). */
  @state() accessor caption = '';
  @state() accessor speaking = false;
  /** The screen is blanked for privacy; the voice guide and the keypad go on. */
  @state() accessor blank = false;
  @state() accessor voices: Record<Language, boolean> = { uk: true, en: true };
  /** The status check, opened from the welcome screen (no visit: nothing of it is kept). */
  @state() accessor statusPage: StatusPage | undefined;
  /** A member of staff answered the help call: they are on their way. */
  @state() accessor helpComing = false;
  /** The last message staff sent to this kiosk, until the person closes it. */
  @state() accessor staffMessage = '';
  /** A member of staff is helping remotely, with the person's consent. */
  @state() accessor assisted = false;
  /** Staff news is said even with the voice guide off, and its caption shown (EN 301 549 5.1.5). */
  @state() accessor staffCaption = false;

  private readonly connection = new KioskConnection();
  private sessionId: string | undefined = sessionStorage.getItem(SESSION_KEY) ?? undefined;
  private timing: KioskTiming = DEFAULT_TIMING;
  private readonly timer = new InactivityTimer((phase) => this.onTimeoutPhase(phase));
  private focusRequest: FocusRequest | undefined = 'heading';
  /** Where focus was when an overlay opened, to go back to it. */
  private returnFocus: HTMLElement | undefined;
  /** What help explains about the item the keypad was on. */
  private helpItem: string | undefined;
  private armedFor = '';
  private uninstallKeypad: (() => void) | undefined;
  private wakeWord: WakeWordEngine | undefined;
  private readonly onActivity = () => this.timer.activity();
  private readonly player = new SpeechPlayer(
    () => this.settings,
    (caption) => {
      this.caption = caption;
    },
    (speaking) => {
      this.speaking = speaking;
    },
  );
  /** Set while a new screen is being announced, so the focus moving to its heading is not announced on its own. */
  private announcingScreen = false;
  /** Said before the next screen: the voice guide has just been turned on. */
  private voiceIntro = false;
  private readonly onFocusIn = (event: FocusEvent) => {
    if (!this.settings.voiceMode || this.announcingScreen || !(event.target instanceof Element)) return;
    const from = event.relatedTarget instanceof Element ? event.relatedTarget : null;
    this.player.say(spokenItem(event.target, this.language, this.settings.headphones, from));
  };
  /** The on-screen keyboard's read and spell keys. */
  private readonly onReadText = (event: Event) => {
    const { target, spell } = (event as CustomEvent<ReadTextDetail>).detail;
    if (spell) this.spell(target);
    else this.readText(target);
  };
  /** An item changed under the keypad (the keyboard's alphabet key): say it again. */
  private readonly onSayItem = (event: Event) => {
    if (this.settings.voiceMode) this.player.say(spokenItem((event as CustomEvent<Element>).detail, this.language, this.settings.headphones));
  };
  private readonly onInput = (event: Event) => {
    if (!this.settings.voiceMode || !(event instanceof InputEvent)) return;
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || target.type === 'radio' || target.type === 'checkbox') return;
    const lang = this.language;
    if (event.inputType.startsWith('delete')) this.player.say([this.utterance(VOICE_TEXT.deleted[lang])]);
    else if (event.data && this.settings.headphones) this.player.say([{ lang, parts: [{ text: event.data, reading: 'spell' }], private: true }]);
    else if (event.data) this.player.say([this.utterance(VOICE_TEXT.character[lang])]);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    applyDisplay(this.settings);
    this.resuming = this.sessionId !== undefined;
    const { socket } = this.connection;
    socket.on('connect', () => {
      this.connected = true;
      if (this.sessionId) void this.resume(this.sessionId);
      this.reportSettings();
    });
    // Staff news is for the visit it names: a page that has moved on (or back to the start) drops it.
    const forThisVisit = (sessionId: string | null) => (sessionId ?? undefined) === this.sessionId;
    socket.on('help:coming', ({ sessionId }) => {
      // A call from the welcome screen (no visit) is answered to this page only if it is still waiting for it.
      if (!forThisVisit(sessionId) || (sessionId === null && this.helpCall !== 'called')) return;
      this.helpComing = true;
      this.sayStaffNews(t(this.language, 'helpComing'));
    });
    socket.on('staff:message', ({ sessionId, text }) => {
      if (!forThisVisit(sessionId)) return;
      this.staffMessage = text;
      // Staff write in Ukrainian; what they type is never kept in the speech cache.
      this.staffCaption = true;
      this.player.say([{ lang: 'uk', parts: [{ text: `${t('uk', 'staffMessageHeading')}. ${text}` }], private: true }]);
    });
    socket.on('assist:asked', ({ sessionId }) => {
      if (!forThisVisit(sessionId)) return;
      this.timer.activity();
      this.openOverlay('assist', document.activeElement);
      // With the voice guide on, the page is announced as any other; without it, the question is still said.
      if (!this.settings.voiceMode)
        this.sayStaffNews(`${t(this.language, 'assistHeading')}. ${t(this.language, 'assistBody')} ${t(this.language, 'assistQuestion')}`);
    });
    socket.on('assist:state', ({ sessionId, active }) => {
      if (!forThisVisit(sessionId)) return;
      if (!active && this.overlay === 'assist') {
        // Staff withdrew the request before the person answered.
        this.closeOverlay();
        this.sayStaffNews(t(this.language, 'assistWithdrawn'));
        return;
      }
      if (this.assisted === active) return;
      // The banner's button goes with it: focus to the heading rather than lost.
      if (!active && document.activeElement?.closest('.assist-banner')) this.focusRequest = 'heading';
      this.assisted = active;
      this.sayStaffNews(active ? `${t(this.language, 'assistActive')} ${t(this.language, 'assistEndWhere')}` : t(this.language, 'assistEnded'));
    });
    // Staff answered a question for the person: the kiosk shows where that led (their answer, or its error). A page the
    // person has open over it (help, display) stays open; the new screen is underneath.
    socket.on('visit:view', ({ sessionId, view }) => {
      if (!forThisVisit(sessionId)) return;
      this.timer.activity();
      if (this.overlay) this.view = view;
      else this.show(view);
    });
    socket.on('disconnect', () => {
      this.connected = false;
    });
    socket.on('kiosk:hello', ({ timing, voices }) => {
      this.timing = timing;
      this.voices = voices;
      this.armedFor = '';
      this.requestUpdate();
    });
    socket.on('receipt:status', ({ applicationNumbers, state: receipt }) => {
      if (this.view?.screen === 'confirmation' && this.view.applications[0]?.applicationNumber === applicationNumbers[0]) {
        this.view = { ...this.view, receipt };
        // Said too: a person who cannot see the screen must know whether to look for the receipt or ask staff.
        if (receipt !== 'printing' && this.settings.voiceMode)
          this.player.sayAfter([this.utterance(t(this.language, receipt === 'failed' ? 'receiptFailed' : 'receiptPrinted'))]);
      }
    });
    this.uninstallKeypad = installKeypad({
      anyKey: () => this.player.stop(),
      help: (focused) => this.openOverlay('help', focused),
      volume: (step) => this.changeVolume(step),
      rate: (step) => this.changeRate(step),
      voice: () => this.toggleVoice(),
      repeat: () => this.player.repeat(),
      blank: () => this.toggleBlank(),
      spell: (focused) => this.spell(focused),
    });
    for (const type of ['pointerdown', 'keydown', 'input']) document.addEventListener(type, this.onActivity, true);
    document.addEventListener('focusin', this.onFocusIn);
    document.addEventListener('input', this.onInput);
    this.addEventListener('vk-read-text', this.onReadText);
    this.addEventListener('vk-say-item', this.onSayItem);
    void startWakeWord(() => this.onWake()).then(({ state, engine }) => {
      this.wakeWord = engine;
      document.documentElement.dataset['wakeWord'] = state;
    });
  }

  override disconnectedCallback(): void {
    this.uninstallKeypad?.();
    void this.wakeWord?.stop();
    document.removeEventListener('focusin', this.onFocusIn);
    document.removeEventListener('input', this.onInput);
    this.player.reset();
    for (const type of ['pointerdown', 'keydown', 'input']) document.removeEventListener(type, this.onActivity, true);
    this.timer.disarm();
    super.disconnectedCallback();
  }

  private async resume(sessionId: string): Promise<void> {
    const ack = await this.connection.request('visit:resume', { sessionId });
    this.resuming = false;
    if (ack.ok) {
      this.language = ack.data.lang;
      this.show(ack.data.view);
    } else if (ack.error.code === 'session_not_found') {
      this.forgetVisit();
    } else {
      this.notice = pick(this.language, ack.error.message);
    }
  }

  private show(view: KioskView): void {
    if (view.screen !== 'info') this.checklist = 'idle';
    this.view = view;
    this.notice = '';
    // Staff's question stays until the person answers it; the new screen waits underneath.
    if (this.overlay === 'assist') return;
    this.overlay = undefined;
    this.focusRequest = 'heading';
  }

  /** Leaves nothing of the visit in the page, in browser storage or in the settings: the next person starts from nothing. */
  private forgetVisit(): void {
    sessionStorage.removeItem(SESSION_KEY);
    forgetSettings(sessionStorage);
    this.sessionId = undefined;
    this.view = undefined;
    this.statusPage = undefined;
    this.language = 'uk';
    this.busy = false;
    this.checklist = 'idle';
    this.overlay = undefined;
    this.helpCall = 'idle';
    this.keypadStatus = '';
    this.notice = '';
    this.returnFocus = undefined;
    this.helpItem = undefined;
    this.blank = false;
    this.voiceIntro = false;
    this.helpComing = false;
    this.staffMessage = '';
    this.assisted = false;
    this.staffCaption = false;
    this.player.reset();
    this.changeSettings(DEFAULT_SETTINGS);
    this.focusRequest = 'heading';
  }

  /** Ends the visit on the server too (it forgets the answers) and clears the kiosk. */
  private async endVisit(reason: 'finished' | 'timeout'): Promise<void> {
    const sessionId = this.sessionId;
    this.forgetVisit();
    this.timedOut = reason === 'timeout';
    if (sessionId) await this.connection.request('visit:end', { sessionId });
  }

  /** Sends one action of the visit; a second tap while the first is on its way does nothing. */
  private send<E extends ViewEvent>(event: E, payload: Omit<Payload<E>, 'sessionId'>): void {
    const sessionId = this.sessionId;
    if (!sessionId || this.busy) return;
    this.busy = true;
    void this.connection
      .request(event, { ...payload, sessionId } as Payload<E>)
      .then(async (ack) => {
        const result = ack as Ack<KioskView>;
        if (result.ok) this.show(result.data);
        else await this.handleError(result.error);
      })
      .finally(() => {
        this.busy = false;
      });
  }

  private async handleError(error: Extract<Ack<unknown>, { ok: false }>['error']): Promise<void> {
    if (error.code === 'session_not_found') {
      this.forgetVisit();
      this.notice = t(this.language, 'visitEnded');
      return;
    }
    if (error.code === 'stale_step' && this.sessionId) {
      await this.resume(this.sessionId);
      return;
    }
    this.notice = pick(this.language, error.message);
  }

  private async start(lang: Language): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const ack = await this.connection.request('visit:start', { lang });
      if (!ack.ok) {
        this.notice = pick(lang, ack.error.message);
        return;
      }
      this.sessionId = ack.data.sessionId;
      sessionStorage.setItem(SESSION_KEY, ack.data.sessionId);
      this.language = lang;
      this.show(ack.data.view);
    } finally {
      this.busy = false;
    }
  }

  private async switchLanguage(): Promise<void> {
    const lang: Language = this.language === 'uk' ? 'en' : 'uk';
    const sessionId = this.sessionId;
    this.language = lang;
    this.focusRequest = 'heading';
    this.reportSettings();
    if (sessionId) await this.connection.request('visit:language', { sessionId, lang });
  }

  private async printChecklist(serviceId: string): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId || this.checklist === 'printing') return;
    this.checklist = 'printing';
    const ack = await this.connection.request('checklist:print', { sessionId, serviceId });
    this.checklist = ack.ok && ack.data.printed ? 'printed' : 'failed';
  }

  /** The receipt once more, in large print; its status line shows it printing, then printed (or not). */
  private async printLarge(): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId || this.view?.screen !== 'confirmation') return;
    this.view = { ...this.view, receipt: 'printing' };
    const ack = await this.connection.request('receipt:large-print', { sessionId });
    if (!ack.ok) await this.handleError(ack.error);
  }

  private openStatus(): void {
    this.statusPage = { kind: 'form', errors: [], text: '' };
    this.notice = '';
    this.focusRequest = 'heading';
  }

  /** Back to the welcome screen; the person's display and voice settings stay (they may still apply). */
  private closeStatus(): void {
    this.statusPage = undefined;
    this.focusRequest = 'heading';
  }

  /**
   * Looks up what was typed or scanned. A wrong number stays on the form as an error with what was entered; any other
   * failure (too many checks, the kiosk itself) is a notice, said too. An answer that comes after the person has left
   * the screen is dropped: the next person never sees it.
   */
  private async lookupStatus(text: string): Promise<void> {
    if (this.busy || !this.statusPage) return;
    this.timer.activity();
    const asked = this.statusPage;
    this.busy = true;
    try {
      const ack = await this.connection.request('status:lookup', { text });
      if (this.statusPage !== asked) return;
      if (ack.ok) this.statusPage = { kind: 'result', result: ack.data };
      else if (ack.error.code === 'invalid_number' || ack.error.code === 'unknown_application') {
        this.statusPage = { kind: 'form', errors: [{ fieldId: NUMBER_FIELD, message: ack.error.message }], text };
      } else {
        this.notice = pick(this.language, ack.error.message);
        this.speak(this.notice);
        return;
      }
      this.notice = '';
      this.focusRequest = 'heading';
    } finally {
      this.busy = false;
    }
  }

  private async callStaff(): Promise<void> {
    if (this.helpCall === 'calling') return;
    this.helpCall = 'calling';
    const ack = await this.connection.request('help:call', this.sessionId ? { sessionId: this.sessionId } : {});
    this.helpCall = ack.ok ? 'called' : 'failed';
    this.speak(t(this.language, ack.ok ? 'staffCalled' : 'staffCallFailed'));
  }

  private onBack(): void {
    if (this.view?.screen === 'services') void this.endVisit('finished');
    else this.send('step:back', {});
  }

  /** "Почати спочатку" from the header: asked once more unless there is nothing left to lose. */
  private onStartAgain(): void {
    if (this.view?.screen === 'confirmation') void this.endVisit('finished');
    else this.openOverlay('leave', document.activeElement);
  }

  private openOverlay(overlay: Overlay, focused: Element | null): void {
    // Staff's question waits for the person's answer: no other page covers it.
    if (this.overlay === 'assist' && overlay !== 'assist') return;
    if (!this.overlay) {
      const inScreen = focused instanceof HTMLElement && focused.closest('.screen') ? focused : undefined;
      this.returnFocus = inScreen;
      this.helpItem = overlay === 'help' ? describeItem(this.language, focused) : undefined;
    }
    this.overlay = overlay;
    this.focusRequest = 'heading';
  }

  private closeOverlay(): void {
    this.overlay = undefined;
    this.focusRequest = this.returnFocus ?? 'heading';
    this.returnFocus = undefined;
  }

  private changeSettings(settings: PersonalSettings): void {
    const before = this.settings;
    this.settings = settings;
    applyDisplay(settings);
    saveSettings(sessionStorage, settings);
    if (before.voiceMode !== settings.voiceMode || before.textSize !== settings.textSize) this.reportSettings();
  }

  /** Tells the server how this kiosk is set up (the staff dashboard shows it; the statistics count it, anonymously). */
  private reportSettings(): void {
    const { voiceMode, textSize } = this.settings;
    void this.connection.request('kiosk:settings', { voiceMode, textSize, language: this.language, ...(this.sessionId && { sessionId: this.sessionId }) });
  }

  /** What staff do is said even with the voice guide off (the person may not be looking), and captioned. */
  private sayStaffNews(text: string): void {
    this.staffCaption = true;
    this.player.say([this.utterance(text)]);
  }

  /** The person's answer to staff asking to help. */
  private async answerAssist(allow: boolean): Promise<void> {
    const sessionId = this.sessionId;
    this.closeOverlay();
    if (!sessionId) return;
    const ack = await this.connection.request('assist:consent', { sessionId, allow });
    // The request was withdrawn meanwhile: say so, so nobody believes staff can see the answers.
    if (!ack.ok && allow) {
      this.notice = t(this.language, 'assistWithdrawn');
      this.sayStaffNews(this.notice);
    }
  }

  private async endAssist(): Promise<void> {
    const sessionId = this.sessionId;
    this.focusRequest = 'heading';
    if (sessionId) await this.connection.request('assist:end', { sessionId });
  }

  private dismissStaffMessage(): void {
    this.staffMessage = '';
    this.staffCaption = false;
    this.focusRequest = 'heading';
  }

  private changeDisplay(change: DisplayChange): void {
    this.changeSettings({ ...this.settings, ...change });
  }

  private changeVolume(step: 1 | -1): void {
    const volume = Math.min(VOLUME_LEVELS - 1, Math.max(0, this.settings.volume + step));
    this.changeSettings({ ...this.settings, volume });
    this.keypadStatus = `${t(this.language, 'volume')}: ${volume + 1} ${t(this.language, 'of')} ${VOLUME_LEVELS}`;
    this.speak(this.keypadStatus);
  }

  private changeRate(step: 1 | -1): void {
    const rateIndex = Math.min(SPEECH_RATES.length - 1, Math.max(0, this.settings.rateIndex + step));
    this.changeSettings({ ...this.settings, rateIndex });
    this.keypadStatus = `${t(this.language, 'rate')}: ${String(SPEECH_RATES[rateIndex]).replace('.', this.language === 'uk' ? ',' : '.')}×`;
    this.speak(this.keypadStatus);
  }

  private onTimeoutPhase(phase: TimeoutPhase): void {
    this.timeout = phase;
    if (phase.kind === 'warning' && phase.announce) {
      this.timeoutAnnouncement = `${t(this.language, 'timeoutHeading')} ${secondsLeftText(this.language, phase.secondsLeft)}`;
      this.speak(`${this.timeoutAnnouncement}. ${t(this.language, 'timeoutContinue')}`);
    }
    if (phase.kind !== 'expired') return;
    this.timeoutAnnouncement = '';
    this.armedFor = '';
    if (this.view && this.view.screen !== 'confirmation') void this.endVisit('timeout');
    else if (this.view) void this.endVisit('finished');
    else {
      // Nobody came back to the timed-out notice, or to settings chosen on the welcome screen: back to a fresh start.
      this.forgetVisit();
      this.timedOut = false;
    }
  }

  private utterance(text: string): Utterance {
    return { lang: this.language, parts: [{ text }], private: false };
  }

  /** Says something at once, when the voice guide is on. */
  private speak(text: string): void {
    if (this.settings.voiceMode) this.player.say([this.utterance(text)]);
  }

  /** The wake word was heard: as if the voice key was pressed, unless the voice guide is already on. */
  private onWake(): void {
    this.timer.activity();
    if (!this.settings.voiceMode) this.toggleVoice();
  }

  /** The voice key: on asks about headphones first (speech starts only now, on the person's own key press); off is at once. */
  private toggleVoice(): void {
    // Staff's question is open: it is answered first (the voice page would skip it, and its headphones question).
    if (this.overlay === 'assist') return;
    if (this.settings.voiceMode && this.overlay !== 'voice') {
      this.speak(VOICE_TEXT.voiceOff[this.language]);
      this.changeSettings({ ...this.settings, voiceMode: false, headphones: false });
      return;
    }
    // With no voice on this kiosk, the page says so (and asks staff for help) without switching anything on.
    if (this.voices[this.language]) this.changeSettings({ ...this.settings, voiceMode: true });
    this.openOverlay('voice', document.activeElement);
  }

  private voiceOn(headphones: boolean): void {
    this.changeSettings({ ...this.settings, voiceMode: true, headphones });
    this.voiceIntro = true;
    this.closeOverlay();
  }

  private voiceOff(): void {
    this.changeSettings({ ...this.settings, voiceMode: false, headphones: false });
    this.player.reset();
    this.closeOverlay();
  }

  private toggleBlank(): void {
    this.blank = !this.blank;
    this.speak(VOICE_TEXT[this.blank ? 'screenOff' : 'screenOn'][this.language]);
  }

  /** Reads the whole text of a box; the person asked, so it is said even on the speaker. */
  private readText(box: HTMLInputElement | HTMLTextAreaElement): void {
    if (!this.settings.voiceMode) return;
    const parts = box.value
      ? [{ text: box.value, reading: isDigitBox(box) ? ('digits' as const) : ('text' as const) }]
      : [{ text: VOICE_TEXT.empty[this.language] }];
    this.player.say([{ lang: this.language, parts, private: true }]);
  }

  /** Spells what is in the text box the keypad is on; the person asked, so it is said even on the speaker. */
  private spell(focused: Element | null): void {
    if (!this.settings.voiceMode) return;
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) {
      const text = focused.value || VOICE_TEXT.empty[this.language];
      this.player.say([{ lang: this.language, parts: [{ text, reading: focused.value ? 'spell' : 'text' }], private: true }]);
    } else if (focused) {
      this.player.say(spokenItem(focused, this.language, this.settings.headphones));
    }
  }

  /** A new screen (or page over it): its heading, where the person is, its hint, then the item focus is on. */
  private announce(container: Element): void {
    if (!this.settings.voiceMode) return;
    const intro = this.voiceIntro ? [this.utterance(VOICE_TEXT.voiceOn[this.language])] : [];
    this.voiceIntro = false;
    if (this.view?.screen === 'confirmation' && !this.overlay) {
      this.player.say([...intro, ...spokenConfirmation(container, this.language)]);
      return;
    }
    if (!this.view && this.statusPage?.kind === 'result' && !this.overlay) {
      this.player.say([...intro, ...spokenStatus(container, this.language)]);
      return;
    }
    const focused = document.activeElement;
    const onItem = focused && focused !== document.body && !focused.closest('h1, #error-summary');
    this.player.say([...intro, ...spokenScreen(container, this.language), ...(onItem ? spokenItem(focused, this.language, this.settings.headphones) : [])]);
  }

  private extendTime(): void {
    this.timer.extend();
    this.timeoutAnnouncement = '';
  }

  /** Keeps the inactivity timer matched to what is on screen: a visit, a notice, or someone's settings on the welcome screen. */
  private rearm(): void {
    const pristine =
      !this.view && !this.statusPage && !this.timedOut && !this.overlay && this.helpCall === 'idle' && !this.helpComing && isDefault(this.settings);
    const key = pristine
      ? 'off'
      : [this.view?.screen === 'confirmation' ? 'confirmation' : 'visit', this.view?.idleSeconds ?? '', this.settings.voiceMode, this.timing.idleSeconds].join(
          '|',
        );
    if (key === this.armedFor) return;
    this.armedFor = key;
    if (pristine) this.timer.disarm();
    else {
      this.timer.arm(
        timeoutPlan(this.timing, {
          ...(this.view?.idleSeconds && { screenIdleSeconds: this.view.idleSeconds }),
          confirmation: this.view?.screen === 'confirmation',
          voiceMode: this.settings.voiceMode,
        }),
      );
    }
  }

  protected override async updated(): Promise<void> {
    document.documentElement.lang = this.language;
    this.rearm();
    // Screens are child elements that draw themselves after this one: wait for them before reading their heading.
    const container = this.querySelector<HTMLElement>(this.overlay ? '.overlay' : '.screen');
    await (container?.firstElementChild as LightElement | null)?.updateComplete;
    const heading = container?.querySelector<HTMLElement>('.page-heading');
    const view = this.view;
    const hasErrors =
      !this.overlay && (view ? 'errors' in view && view.errors.length > 0 : this.statusPage?.kind === 'form' && this.statusPage.errors.length > 0);
    document.title = `${hasErrors ? `${t(this.language, 'errorPrefix')} ` : ''}${heading?.textContent?.replace(/\s+/g, ' ').trim() ?? ''} — ${t(this.language, 'appName')}`;
    const request = this.focusRequest;
    if (!request || this.timeout.kind === 'warning') return;
    this.focusRequest = undefined;
    this.announcingScreen = true;
    try {
      // A new screen starts at its top, whatever was scrolled to on the one before (its header is above the heading).
      if (!(request instanceof HTMLElement)) window.scrollTo({ top: 0 });
      if (request instanceof HTMLElement && request.isConnected && !request.closest('[hidden]')) request.focus();
      else (hasErrors ? this.querySelector<HTMLElement>('#error-summary') : heading)?.focus();
    } finally {
      this.announcingScreen = false;
    }
    if (container) this.announce(container);
  }

  private renderOverlay() {
    const lang = this.language;
    const close = () => this.closeOverlay();
    switch (this.overlay) {
      case 'help': {
        const local: LocalScreen | undefined = this.view ? undefined : this.timedOut ? 'timed-out' : this.statusPage ? 'status' : 'welcome';
        const screenTitle = this.querySelector('.screen .page-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return html`<vk-help-screen
          .language=${lang}
          .screenTitle=${screenTitle}
          .help=${screenHelp(lang, this.view, local)}
          .focusedItem=${this.helpItem}
          .call=${this.helpCall}
          @vk-call-staff=${() => void this.callStaff()}
          @vk-close=${close}
        ></vk-help-screen>`;
      }
      case 'display':
        return html`<vk-display-screen
          .language=${lang}
          .textSize=${this.settings.textSize}
          .theme=${this.settings.theme}
          @vk-display-change=${(e: CustomEvent<DisplayChange>) => this.changeDisplay(e.detail)}
          @vk-close=${close}
        ></vk-display-screen>`;
      case 'voice':
        return html`<vk-voice-screen
          .language=${lang}
          .on=${this.settings.voiceMode}
          .unavailable=${!this.voices[lang]}
          @vk-voice-on=${(e: CustomEvent<boolean>) => this.voiceOn(e.detail)}
          @vk-voice-off=${() => this.voiceOff()}
          @vk-close=${close}
        ></vk-voice-screen>`;
      case 'assist':
        return html`<vk-assist-consent-screen
          .language=${lang}
          @vk-assist-consent=${(e: CustomEvent<boolean>) => void this.answerAssist(e.detail)}
        ></vk-assist-consent-screen>`;
      case 'leave':
        return html`<vk-leave-screen .language=${lang} @vk-leave=${() => void this.endVisit('finished')} @vk-close=${close}></vk-leave-screen>`;
      default:
        return nothing;
    }
  }

  private renderScreen() {
    const { view, language: lang } = this;
    if (this.resuming) return nothing;
    if (!view && this.timedOut)
      return html`<vk-timed-out-screen
        .language=${lang}
        @vk-start-over=${() => {
          this.timedOut = false;
          this.focusRequest = 'heading';
        }}
      ></vk-timed-out-screen>`;
    if (!view && this.statusPage)
      return html`<vk-status-screen
        .page=${this.statusPage}
        .language=${lang}
        .voice=${this.settings.voiceMode}
        .busy=${this.busy}
        @vk-status-lookup=${(e: CustomEvent<string>) => void this.lookupStatus(e.detail)}
        @vk-status-another=${() => this.openStatus()}
        @vk-status-done=${() => this.closeStatus()}
      ></vk-status-screen>`;
    if (!view)
      return html`<vk-welcome-screen
        @vk-status=${() => this.openStatus()}
        @vk-start=${(e: CustomEvent<Language>) => void this.start(e.detail)}
        @vk-display=${() => this.openOverlay('display', document.activeElement)}
        @vk-voice=${() => this.openOverlay('voice', document.activeElement)}
      ></vk-welcome-screen>`;
    const back = () => this.onBack();
    switch (view.screen) {
      case 'services':
        return html`<vk-services-screen
          .view=${view}
          .language=${lang}
          .voice=${this.settings.voiceMode}
          @vk-choose-services=${(e: CustomEvent<string[]>) => this.send('services:choose', { serviceIds: e.detail })}
          @vk-info=${(e: CustomEvent<string>) => this.send('services:info', { serviceId: e.detail })}
          @vk-back=${back}
        ></vk-services-screen>`;
      case 'info':
        return html`<vk-info-screen
          .view=${view}
          .language=${lang}
          .checklist=${this.checklist}
          @vk-print-checklist=${(e: CustomEvent<string>) => void this.printChecklist(e.detail)}
          @vk-back=${back}
        ></vk-info-screen>`;
      case 'suggest':
        return html`<vk-suggest-screen
          .view=${view}
          .language=${lang}
          @vk-suggested=${(e: CustomEvent<string[]>) => this.send('services:suggested', { accepted: e.detail })}
          @vk-back=${back}
        ></vk-suggest-screen>`;
      case 'question':
        return html`<vk-question-screen
          .view=${view}
          .language=${lang}
          .voice=${this.settings.voiceMode}
          @vk-answer=${(e: CustomEvent<AnswerDetail>) => this.send('step:answer', { stepId: e.detail.stepId, values: e.detail.values })}
          @vk-back=${back}
        ></vk-question-screen>`;
      case 'group':
        return html`<vk-group-screen
          .view=${view}
          .language=${lang}
          @vk-group-add=${() => this.send('group:add', { stepId: view.stepId })}
          @vk-group-edit=${(e: CustomEvent<number>) => this.send('group:edit', { stepId: view.stepId, index: e.detail })}
          @vk-group-remove=${(e: CustomEvent<number>) => this.send('group:remove', { stepId: view.stepId, index: e.detail })}
          @vk-group-continue=${() => this.send('step:answer', { stepId: view.stepId, values: {} })}
          @vk-back=${back}
        ></vk-group-screen>`;
      case 'confirm-remove':
        return html`<vk-confirm-remove-screen
          .view=${view}
          .language=${lang}
          @vk-confirm-remove=${(e: CustomEvent<boolean>) => this.send('group:confirm-remove', { remove: e.detail })}
        ></vk-confirm-remove-screen>`;
      case 'check-answers':
        return html`<vk-check-answers-screen
          .view=${view}
          .language=${lang}
          .busy=${this.busy}
          @vk-change=${(e: CustomEvent<ChangeDetail>) => this.send('step:change', e.detail)}
          @vk-submit=${() => this.send('application:submit', {})}
          @vk-back=${back}
        ></vk-check-answers-screen>`;
      case 'confirmation':
        return html`<vk-confirmation-screen
          .view=${view}
          .language=${lang}
          @vk-large-print=${() => void this.printLarge()}
          @vk-restart=${() => void this.endVisit('finished')}
        ></vk-confirmation-screen>`;
    }
  }

  protected override render() {
    const lang = this.language;
    return html`
      <vk-kiosk-header
        .language=${lang}
        .inVisit=${!!this.view}
        .languageSwitch=${!!this.statusPage}
        .current=${this.overlay}
        @vk-help=${() => this.openOverlay('help', document.activeElement)}
        @vk-display=${() => this.openOverlay('display', document.activeElement)}
        @vk-switch-language=${() => void this.switchLanguage()}
        @vk-start-again=${() => this.onStartAgain()}
      ></vk-kiosk-header>
      <main class="kiosk-main" aria-busy=${this.busy ? 'true' : 'false'}>
        ${this.connected ? nothing : html`<p class="banner banner-warning" role="alert">${t(lang, 'connectionLost')}</p>`}
        ${this.notice ? html`<p class="banner banner-error" role="alert">${this.notice}</p>` : nothing}
        ${
          this.helpComing
            ? html`<p class="banner banner-info" role="status">${t(lang, 'helpComing')}</p>`
            : this.helpCall === 'called' && this.overlay !== 'help'
              ? html`<p class="banner banner-info">${t(lang, 'staffCalled')}</p>`
              : nothing
        }
        ${
          this.staffMessage
            ? html`<section class="banner banner-info staff-message" role="alert" aria-labelledby="staff-message-heading">
              <h2 id="staff-message-heading">${t(lang, 'staffMessageHeading')}</h2>
              <p lang="uk">${this.staffMessage}</p>
              <button class="button button-secondary" type="button" @click=${() => this.dismissStaffMessage()}>${t(lang, 'staffMessageOk')}</button>
            </section>`
            : nothing
        }
        ${
          this.assisted
            ? html`<section class="banner banner-warning assist-banner" aria-label=${t(lang, 'assistActive')}>
              <p>${t(lang, 'assistActive')}</p>
              <button class="button button-warning" type="button" @click=${() => void this.endAssist()}>${t(lang, 'assistEnd')}</button>
            </section>`
            : nothing
        }
        <p class="keypad-status" role="status">${this.keypadStatus}</p>
        ${this.settings.voiceMode || this.staffCaption ? html`<p class="speech-caption" aria-hidden="true" data-speaking=${this.speaking ? 'true' : 'false'}>${this.caption}</p>` : nothing}
        ${this.overlay ? html`<div class="overlay">${this.renderOverlay()}</div>` : nothing}
        <div class="screen" ?hidden=${!!this.overlay}>${this.renderScreen()}</div>
        <vk-scroll-buttons .language=${lang}></vk-scroll-buttons>
      </main>
      ${
        this.timeout.kind === 'warning'
          ? html`<vk-timeout-dialog
            .language=${lang}
            .secondsLeft=${this.timeout.secondsLeft}
            .announcement=${this.timeoutAnnouncement}
            .confirmation=${this.view?.screen === 'confirmation'}
            @vk-extend=${() => this.extendTime()}
          ></vk-timeout-dialog>`
          : nothing
      }
      ${this.blank ? html`<div class="screen-blank" aria-hidden="true"></div>` : nothing}
    `;
  }
}
