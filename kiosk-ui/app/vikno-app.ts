// The kiosk app: renders the screen the server sent and sends back what the person did. It decides nothing itself.
// Each job is a controller; everything of one person's visit is one object, `visit`, replaced whole when it ends.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LightElement } from '../components/light-element.ts';
import '../components/kiosk-header.ts';
import '../components/scroll-buttons.ts';
import '../components/timeout-dialog.ts';
import { t } from '../i18n.ts';
import { installKeypad } from '../keypad/keypad.ts';
import { PairingController } from '../pairing/pairing-controller.ts';
import '../screens/not-paired-screen.ts';
import { startWakeWord } from '../wake-word/start-wake-word.ts';
import type { WakeWordEngine } from '../wake-word/wake-word-engine.ts';
import { FirstScreen } from './first-screen.ts';
import { InactivityController } from './inactivity-controller.ts';
import { KioskConnection } from './kiosk-connection.ts';
import { OverlayFocus } from './overlay-focus.ts';
import { renderOverlay } from './render-overlay.ts';
import { renderScreen } from './render-screen.ts';
import { SettingsController } from './settings-controller.ts';
import { StaffNews } from './staff-news.ts';
import { tabStorage } from './tab-storage.ts';
import { VisitSession } from './visit-session.ts';
import { restoredVisit, type Overlay, type VisitHost, type VisitState } from './visit-state.ts';
import { VoiceGuide } from './voice-guide.ts';

const focused = () => document.activeElement;

/** What this tab keeps over a reload (its name tells the page's early script whether there is any). */
const keptInTab = tabStorage(sessionStorage);

@customElement('vikno-app')
export class ViknoApp extends LightElement implements VisitHost {
  /** The person's visit: replaced whole when it ends, so the next person sees nothing of it. */
  @state() accessor visit: VisitState = restoredVisit(keptInTab);

  private readonly connection = new KioskConnection();
  private uninstallKeypad: (() => void) | undefined;
  private wakeWord: WakeWordEngine | undefined;
  /** The welcome screen the page was painted with, until this app draws its own. */
  private readonly firstScreen = new FirstScreen(this);

  readonly overlays: OverlayFocus = new OverlayFocus(this, {
    root: this,
    focusQuietly: (move) => this.voice.focusQuietly(move),
    announce: (container, focusedNow) => this.voice.announce(container, focusedNow),
    dialogOpen: () => this.visit.timeout.kind === 'warning',
  });

  readonly settings: SettingsController = new SettingsController(this, {
    connection: this.connection,
    storage: keptInTab,
    speak: (text) => this.voice.speak(text),
  });

  readonly voice: VoiceGuide = new VoiceGuide(this, {
    root: this,
    changeSettings: (settings) => this.settings.change(settings),
    openOverlay: (overlay, from) => this.overlays.open(overlay, from),
    closeOverlay: () => this.overlays.close(),
  });

  readonly session: VisitSession = new VisitSession(this, {
    connection: this.connection,
    storage: keptInTab,
    forgotten: (before) => {
      this.voice.player.reset();
      this.settings.settled(before);
    },
    reportSettings: () => this.settings.report(),
    hello: ({ timing, voices }) => {
      this.voice.voices = voices;
      this.inactivity.setTiming(timing);
      this.firstScreen.serverReady();
    },
    sayAfter: (text) => {
      if (this.visit.settings.voiceMode) this.voice.player.sayAfter([this.voice.utterance(text)]);
    },
    speak: (text) => this.voice.speak(text),
    activity: () => this.inactivity.activity(),
    connectionChanged: (connected) => this.voice.connectionChanged(connected),
  });

  /** A screen on another machine must be paired before it can start visits. */
  readonly pairing: PairingController = new PairingController(this, {
    connection: this.connection,
    storage: localStorage,
    forgetVisit: () => this.session.forget(),
  });

  readonly inactivity: InactivityController = new InactivityController(this, {
    endVisit: (reason) => void this.session.end(reason),
    forgetVisit: () => this.session.forget(),
    speak: (text) => this.voice.speak(text),
  });

  readonly staff: StaffNews = new StaffNews(this, {
    connection: this.connection,
    openOverlay: (overlay, from) => this.overlays.open(overlay, from),
    closeOverlay: () => this.overlays.close(),
    sayStaffNews: (text) => this.voice.sayStaffNews(text),
    // Staff write in Ukrainian; what they type is never kept in the speech cache.
    sayStaffMessage: (text) => this.voice.player.say([{ lang: 'uk', parts: [{ text }], private: true }]),
    speak: (text) => this.voice.speak(text),
    activity: () => this.inactivity.activity(),
    show: (view) => this.session.show(view),
    focused,
  });

  patch(change: Partial<VisitState>): void {
    this.visit = { ...this.visit, ...change };
  }

  protected override createRenderRoot(): HTMLElement {
    this.firstScreen.takeOver();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.uninstallKeypad = installKeypad({
      anyKey: () => this.voice.player.stop(),
      help: (from) => this.overlays.open('help', from),
      volume: (step) => this.settings.changeVolume(step),
      rate: (step) => this.settings.changeRate(step),
      voice: () => this.voice.toggle(focused()),
      repeat: () => this.voice.player.repeat(),
      blank: () => this.voice.toggleBlank(),
      spell: (from) => this.voice.spell(from),
    });
    void startWakeWord(() => this.onWake()).then(({ state, engine }) => {
      this.wakeWord = engine;
      document.documentElement.dataset['wakeWord'] = state;
    });
  }

  override disconnectedCallback(): void {
    this.uninstallKeypad?.();
    void this.wakeWord?.stop();
    super.disconnectedCallback();
  }

  /** The wake word was heard: as if the voice key was pressed, unless the voice guide is already on. */
  private onWake(): void {
    this.inactivity.activity();
    if (!this.visit.settings.voiceMode) this.voice.toggle(focused());
  }

  private openOverlay(overlay: Overlay): void {
    this.overlays.open(overlay, focused());
  }

  private onBack(): void {
    if (this.visit.view?.screen === 'services') void this.session.end('finished');
    else this.session.send('step:back', {});
  }

  /** "Почати спочатку" from the header: asked once more unless there is nothing left to lose. */
  private onStartAgain(): void {
    if (this.visit.view?.screen === 'confirmation') void this.session.end('finished');
    else this.openOverlay('leave');
  }

  protected override async updated(): Promise<void> {
    this.inactivity.rearm();
    await this.overlays.afterRender();
    this.firstScreen.drawn();
  }

  private renderBanners() {
    const { language: lang, helpComing, helpCall, overlay, staffMessage, assisted } = this.visit;
    return html`
      ${this.session.connected ? nothing : html`<p class="banner banner-warning" role="alert">${t(lang, 'connectionLost')}</p>`}
      ${this.visit.notice && !this.visit.noticeCallsStaff ? html`<p class="banner banner-error" role="alert">${this.visit.notice}</p>` : nothing}
      ${
        this.visit.notice && this.visit.noticeCallsStaff
          ? html`<div class="banner banner-error">
              <p role="alert">${this.visit.notice}</p>
              <button class="button button-secondary" type="button" @click=${() => void this.staff.callStaff()}>${t(lang, 'callStaff')}</button>
            </div>`
          : nothing
      }
      ${
        helpComing
          ? html`<p class="banner banner-info" role="status">${t(lang, 'helpComing')}</p>`
          : helpCall === 'called' && overlay !== 'help'
            ? html`<p class="banner banner-info">${t(lang, 'staffCalled')}</p>`
            : nothing
      }
      ${
        staffMessage
          ? html`<section class="banner banner-info staff-message" role="alert" aria-labelledby="staff-message-heading">
              <h2 id="staff-message-heading">${t(lang, 'staffMessageHeading')}</h2>
              <p lang="uk">${staffMessage}</p>
              <button class="button button-secondary" type="button" @click=${() => this.staff.dismissMessage()}>${t(lang, 'staffMessageOk')}</button>
            </section>`
          : nothing
      }
      ${
        assisted
          ? html`<section class="banner banner-warning assist-banner" aria-label=${t(lang, 'assistActive')}>
              <p>${t(lang, 'assistActive')}</p>
              <button class="button button-warning" type="button" @click=${() => void this.staff.endAssist()}>${t(lang, 'assistEnd')}</button>
            </section>`
          : nothing
      }
    `;
  }

  /** A screen on another machine not paired yet: this page only, until a code pairs it. */
  private renderNotPaired() {
    const { visit, pairing } = this;
    return html`<vk-not-paired-screen
      .language=${visit.language}
      .voice=${visit.settings.voiceMode}
      .busy=${pairing.busy}
      .error=${pairing.error}
      .visitCut=${pairing.visitCut}
      @vk-pair=${(e: CustomEvent<string>) => void pairing.pair(e.detail)}
    ></vk-not-paired-screen>`;
  }

  private renderPages() {
    const { visit } = this;
    const overlay = renderOverlay({
      visit,
      notPaired: this.pairing.notPaired,
      voices: this.voice.voices,
      screenTitle: () => this.overlays.screenTitle(),
      close: () => this.overlays.close(),
      callStaff: () => void this.staff.callStaff(),
      answerAssist: (allow) => void this.staff.answerAssist(allow),
      changeDisplay: (change) => this.settings.changeDisplay(change),
      voiceOn: (headphones) => this.voice.on(headphones),
      voiceOff: () => this.voice.off(),
      leave: () => void this.session.end('finished'),
    });
    const screen = renderScreen({
      visit,
      resuming: this.session.resuming,
      session: this.session,
      back: () => this.onBack(),
      startOver: () => this.patch({ timedOut: false, focusRequest: 'heading' }),
      openOverlay: (page) => this.openOverlay(page),
      openVoicePage: () => this.voice.openPage(focused()),
    });
    return html`
      ${visit.overlay ? html`<div class="overlay">${overlay}</div>` : nothing}
      <div class="screen" ?hidden=${!!visit.overlay}>${this.pairing.notPaired ? this.renderNotPaired() : screen}</div>
    `;
  }

  protected override render() {
    const { visit } = this;
    const lang = visit.language;
    const { timeout } = visit;
    return html`
      <vk-kiosk-header
        .language=${lang}
        .inVisit=${!!visit.view}
        .languageSwitch=${!!visit.statusPage}
        .current=${visit.overlay}
        @vk-help=${() => this.openOverlay('help')}
        @vk-display=${() => this.openOverlay('display')}
        @vk-switch-language=${() => void this.session.switchLanguage()}
        @vk-start-again=${() => this.onStartAgain()}
      ></vk-kiosk-header>
      <main class="kiosk-main" aria-busy=${visit.busy ? 'true' : 'false'}>
        ${this.renderBanners()}
        <p class="keypad-status" role="status">${visit.keypadStatus}</p>
        ${
          visit.settings.voiceMode || visit.staffCaption
            ? html`<p class="speech-caption" aria-hidden="true" data-speaking=${visit.speaking ? 'true' : 'false'}>${visit.caption}</p>`
            : nothing
        }
        ${this.renderPages()}
        <vk-scroll-buttons .language=${lang}></vk-scroll-buttons>
      </main>
      ${
        timeout.kind === 'warning'
          ? html`<vk-timeout-dialog
              .language=${lang}
              .secondsLeft=${timeout.secondsLeft}
              .announcement=${visit.timeoutAnnouncement}
              .confirmation=${visit.view?.screen === 'confirmation'}
              @vk-extend=${() => this.inactivity.extend()}
            ></vk-timeout-dialog>`
          : nothing
      }
      ${visit.blank ? html`<div class="screen-blank" aria-hidden="true"></div>` : nothing}
    `;
  }
}
