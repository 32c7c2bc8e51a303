// The voice guide: says each new screen and the item focus moves to, what is typed, the read and spell keys, and turns
// itself on and off. What it says is drawn from the page; the player renders it on the server and plays it.
import type { ReactiveController } from 'lit';
import type { Language } from '../../content/localized.ts';
import type { ReadTextDetail } from '../keyboard/onscreen-keyboard.ts';
import type { PersonalSettings } from '../settings/personal-settings.ts';
import { SpeechPlayer, type Utterance } from '../voice/speech-player.ts';
import { isDigitBox, spokenConfirmation, spokenItem, spokenScreen, spokenStatus } from '../voice/spoken.ts';
import { VOICE_TEXT } from '../../content/text/voice.ts';
import { UI_TEXT } from '../i18n.ts';
import type { Overlay, VisitHost } from './visit-state.ts';

/** The part of SpeechPlayer the guide uses (a fake in unit tests). */
export type Player = Pick<SpeechPlayer, 'say' | 'sayAfter' | 'repeat' | 'stop' | 'reset' | 'keep'>;

export interface VoiceGuideDeps {
  changeSettings(settings: PersonalSettings): void;
  openOverlay(overlay: Overlay, focused: Element | null): void;
  closeOverlay(): void;
  /** The document whose focus and typing are followed. */
  doc?: Document;
  /** Where the on-screen keyboard's read and spell keys are heard (the app element). */
  root: EventTarget;
  player?: Player;
}

const isTextBox = (el: unknown): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

export class VoiceGuide implements ReactiveController {
  readonly player: Player;
  /** Which languages this kiosk has a voice for (the server says, on connect). */
  voices: Record<Language, boolean> = { uk: true, en: true };
  /** Set while a new screen is being announced, so the focus moving to its heading is not announced on its own. */
  private announcingScreen = false;

  constructor(
    private readonly host: VisitHost,
    private readonly deps: VoiceGuideDeps,
  ) {
    this.player =
      deps.player ??
      new SpeechPlayer(
        () => this.host.visit.settings,
        (caption) => this.host.patch({ caption }),
        (speaking) => this.host.patch({ speaking }),
      );
    host.addController(this);
  }

  private get settings(): PersonalSettings {
    return this.host.visit.settings;
  }

  private get language(): Language {
    return this.host.visit.language;
  }

  hostConnected(): void {
    const doc = this.deps.doc ?? document;
    doc.addEventListener('focusin', this.onFocusIn);
    doc.addEventListener('input', this.onInput);
    this.deps.root.addEventListener('vk-read-text', this.onReadText);
    this.deps.root.addEventListener('vk-say-item', this.onSayItem);
  }

  hostDisconnected(): void {
    const doc = this.deps.doc ?? document;
    doc.removeEventListener('focusin', this.onFocusIn);
    doc.removeEventListener('input', this.onInput);
    this.deps.root.removeEventListener('vk-read-text', this.onReadText);
    this.deps.root.removeEventListener('vk-say-item', this.onSayItem);
    this.player.reset();
  }

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
    if (!isTextBox(target) || target.type === 'radio' || target.type === 'checkbox') return;
    const lang = this.language;
    if (event.inputType.startsWith('delete')) this.player.say([this.utterance(VOICE_TEXT.deleted[lang])]);
    else if (event.data && this.settings.headphones) this.player.say([{ lang, parts: [{ text: event.data, reading: 'spell' }], private: true }]);
    else if (event.data) this.player.say([this.utterance(VOICE_TEXT.character[lang])]);
  };

  utterance(text: string): Utterance {
    return { lang: this.language, parts: [{ text }], private: false };
  }

  /** Says something at once, when the voice guide is on. */
  speak(text: string): void {
    if (this.settings.voiceMode) this.player.say([this.utterance(text)]);
  }

  /** What staff do is said even with the voice guide off (the person may not be looking), and captioned. */
  sayStaffNews(text: string): void {
    this.host.patch({ staffCaption: true });
    this.player.say([this.utterance(text)]);
  }

  /**
   * The server went away or came back. That it went is said from a clip kept in memory (the server renders speech, so
   * nothing else could be said then); that it is back, as anything else is.
   */
  connectionChanged(connected: boolean): void {
    if (!this.settings.voiceMode) return;
    if (connected) this.player.sayAfter([this.utterance(UI_TEXT.connectionBack[this.language])]);
    else this.player.say([this.utterance(UI_TEXT.connectionLost[this.language])]);
  }

  /** What must be said without the server, rendered now (at the person's rate) while it can be: the connection lost. */
  private keepForOffline(): void {
    void this.player.keep((['uk', 'en'] as const).map((lang) => ({ lang, parts: [{ text: UI_TEXT.connectionLost[lang] }], private: false })));
  }

  /** Moves focus without the focus itself being said (the screen is announced as a whole after it). */
  focusQuietly(move: () => void): void {
    this.announcingScreen = true;
    try {
      move();
    } finally {
      this.announcingScreen = false;
    }
  }

  /** A new screen (or page over it): its heading, where the person is, its hint, then the item focus is on. */
  announce(container: Element, focused: Element | null): void {
    if (!this.settings.voiceMode) return;
    this.keepForOffline();
    const { view, overlay, statusPage, voiceIntro } = this.host.visit;
    const intro = voiceIntro ? [this.utterance(VOICE_TEXT.voiceOn[this.language])] : [];
    // Not drawn, so changed in place: no second render.
    this.host.visit.voiceIntro = false;
    if (view?.screen === 'confirmation' && !overlay) {
      this.player.say([...intro, ...spokenConfirmation(container, this.language)]);
      return;
    }
    if (!view && statusPage?.kind === 'result' && !overlay) {
      this.player.say([...intro, ...spokenStatus(container, this.language)]);
      return;
    }
    const onItem = focused && focused !== focused.ownerDocument.body && !focused.closest('h1, #error-summary');
    this.player.say([...intro, ...spokenScreen(container, this.language), ...(onItem ? spokenItem(focused, this.language, this.settings.headphones) : [])]);
  }

  /** The voice key: on asks about headphones first (speech starts only now, on the person's own key press); off is at once. */
  toggle(focused: Element | null): void {
    const { overlay } = this.host.visit;
    // Staff's question is open: it is answered first (the voice page would skip it, and its headphones question).
    if (overlay === 'assist') return;
    if (this.settings.voiceMode && overlay !== 'voice') {
      this.speak(VOICE_TEXT.voiceOff[this.language]);
      this.deps.changeSettings({ ...this.settings, voiceMode: false, headphones: false });
      return;
    }
    // With no voice on this kiosk, the page says so (and asks staff for help) without switching anything on.
    if (this.voices[this.language]) this.deps.changeSettings({ ...this.settings, voiceMode: true });
    this.deps.openOverlay('voice', focused);
  }

  /**
   * The «Голосовий супровід» button: the voice page, spoken at once as the voice key does — the person who finds that
   * button may not see the page (EN 301 549 5.1.3.1: closed functionality is operable without vision).
   */
  openPage(focused: Element | null): void {
    if (this.host.visit.overlay === 'assist') return;
    if (!this.settings.voiceMode && this.voices[this.language]) this.deps.changeSettings({ ...this.settings, voiceMode: true });
    this.deps.openOverlay('voice', focused);
  }

  on(headphones: boolean): void {
    this.deps.changeSettings({ ...this.settings, voiceMode: true, headphones });
    this.host.patch({ voiceIntro: true });
    this.deps.closeOverlay();
  }

  off(): void {
    this.deps.changeSettings({ ...this.settings, voiceMode: false, headphones: false });
    this.player.reset();
    this.deps.closeOverlay();
  }

  toggleBlank(): void {
    const blank = !this.host.visit.blank;
    this.host.patch({ blank });
    this.speak(VOICE_TEXT[blank ? 'screenOff' : 'screenOn'][this.language]);
  }

  /** Reads the whole text of a box; the person asked, so it is said even on the speaker. */
  readText(box: HTMLInputElement | HTMLTextAreaElement): void {
    if (!this.settings.voiceMode) return;
    const parts = box.value
      ? [{ text: box.value, reading: isDigitBox(box) ? ('digits' as const) : ('text' as const) }]
      : [{ text: VOICE_TEXT.empty[this.language] }];
    this.player.say([{ lang: this.language, parts, private: true }]);
  }

  /** Spells what is in the text box the keypad is on; the person asked, so it is said even on the speaker. */
  spell(focused: Element | null): void {
    if (!this.settings.voiceMode) return;
    if (isTextBox(focused)) {
      const text = focused.value || VOICE_TEXT.empty[this.language];
      this.player.say([{ lang: this.language, parts: [{ text, reading: focused.value ? 'spell' : 'text' }], private: true }]);
    } else if (focused) {
      this.player.say(spokenItem(focused, this.language, this.settings.headphones));
    }
  }
}
