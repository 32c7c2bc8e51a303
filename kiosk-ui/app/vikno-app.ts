// The kiosk app: renders the screen the server sent and sends back what the person did. It decides nothing itself.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { Ack } from '../../protocol/events.ts';
import type { KioskView } from '../../protocol/views.ts';
import { LightElement } from '../components/light-element.ts';
import { pick, t } from '../i18n.ts';
import type { AnswerDetail } from '../screens/question-screen.ts';
import '../screens/check-answers-screen.ts';
import '../screens/confirmation-screen.ts';
import '../screens/question-screen.ts';
import '../screens/services-screen.ts';
import '../screens/welcome-screen.ts';
import { KioskConnection } from './kiosk-connection.ts';

/** Survives a page reload (so the person resumes where they were) and is removed when the visit ends. */
const SESSION_KEY = 'vikno.session';

@customElement('vikno-app')
export class ViknoApp extends LightElement {
  @state() accessor language: Language = 'uk';
  @state() accessor view: KioskView | undefined;
  @state() accessor busy = false;
  @state() accessor notice = '';
  @state() accessor connected = true;
  /** After a reload, nothing is drawn until the server says where the visit was (no flash of the welcome screen). */
  @state() accessor resuming = false;

  private readonly connection = new KioskConnection();
  private sessionId: string | undefined = sessionStorage.getItem(SESSION_KEY) ?? undefined;
  /** Set when a new screen arrives, so focus moves to its heading (or error summary) once it is drawn. */
  private moveFocus = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resuming = this.sessionId !== undefined;
    const { socket } = this.connection;
    socket.on('connect', () => {
      this.connected = true;
      if (this.sessionId) void this.resume(this.sessionId);
    });
    socket.on('disconnect', () => {
      this.connected = false;
    });
    socket.on('receipt:status', ({ applicationNumber, state: receipt }) => {
      if (this.view?.screen === 'confirmation' && this.view.applicationNumber === applicationNumber) {
        this.view = { ...this.view, receipt };
      }
    });
  }

  private async resume(sessionId: string): Promise<void> {
    const ack = await this.connection.request('visit:resume', { sessionId });
    this.resuming = false;
    if (ack.ok) {
      this.language = ack.data.lang;
      this.show(ack.data.view);
    } else this.forgetVisit();
  }

  private show(view: KioskView): void {
    this.view = view;
    this.notice = '';
    this.moveFocus = true;
  }

  /** Leaves nothing of the visit in the page or in browser storage. */
  private forgetVisit(): void {
    sessionStorage.removeItem(SESSION_KEY);
    this.sessionId = undefined;
    this.view = undefined;
    this.language = 'uk';
    this.busy = false;
    this.moveFocus = true;
  }

  /** Runs one request at a time: a second tap while the first is on its way does nothing. */
  private async perform(work: () => Promise<Ack<KioskView>>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const ack = await work();
      if (ack.ok) this.show(ack.data);
      else await this.handleError(ack.error);
    } finally {
      this.busy = false;
    }
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

  private async restart(): Promise<void> {
    const sessionId = this.sessionId;
    this.forgetVisit();
    this.notice = '';
    if (sessionId) await this.connection.request('visit:end', { sessionId });
  }

  private async switchLanguage(): Promise<void> {
    const lang: Language = this.language === 'uk' ? 'en' : 'uk';
    const sessionId = this.sessionId;
    this.language = lang;
    this.moveFocus = true;
    if (sessionId) await this.connection.request('visit:language', { sessionId, lang });
  }

  private withSession(work: (sessionId: string) => Promise<Ack<KioskView>>) {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    void this.perform(() => work(sessionId));
  }

  private onBack(): void {
    if (this.view?.screen === 'services') {
      void this.restart();
      return;
    }
    this.withSession((sessionId) => this.connection.request('step:back', { sessionId }));
  }

  protected override async updated(): Promise<void> {
    document.documentElement.lang = this.language;
    // The screen is a child element that draws itself after this one: wait for it before reading its heading.
    const screen = this.querySelector<LightElement>('.kiosk-main > :last-child');
    await screen?.updateComplete;
    const heading = this.querySelector<HTMLElement>('.page-heading');
    const hasErrors = this.view?.screen === 'question' && this.view.errors.length > 0;
    document.title = `${hasErrors ? `${t(this.language, 'errorPrefix')} ` : ''}${heading?.textContent?.replace(/\s+/g, ' ').trim() ?? ''} — ${t(this.language, 'appName')}`;
    if (!this.moveFocus) return;
    this.moveFocus = false;
    const target = hasErrors ? this.querySelector<HTMLElement>('#error-summary') : heading;
    target?.focus();
  }

  private renderScreen() {
    const { view, language: lang } = this;
    if (this.resuming) return nothing;
    if (!view) return html`<vk-welcome-screen @vk-start=${(e: CustomEvent<Language>) => void this.start(e.detail)}></vk-welcome-screen>`;
    switch (view.screen) {
      case 'services':
        return html`<vk-services-screen
          .view=${view}
          .language=${lang}
          @vk-choose-service=${(e: CustomEvent<string>) => this.withSession((sessionId) => this.connection.request('service:choose', { sessionId, serviceId: e.detail }))}
          @vk-back=${() => this.onBack()}
        ></vk-services-screen>`;
      case 'question':
        return html`<vk-question-screen
          .view=${view}
          .language=${lang}
          @vk-answer=${(e: CustomEvent<AnswerDetail>) =>
            this.withSession((sessionId) => this.connection.request('step:answer', { sessionId, stepId: e.detail.stepId, values: e.detail.values }))}
          @vk-back=${() => this.onBack()}
        ></vk-question-screen>`;
      case 'check-answers':
        return html`<vk-check-answers-screen
          .view=${view}
          .language=${lang}
          .busy=${this.busy}
          @vk-change=${(e: CustomEvent<string>) => this.withSession((sessionId) => this.connection.request('step:change', { sessionId, stepId: e.detail }))}
          @vk-submit=${() => this.withSession((sessionId) => this.connection.request('application:submit', { sessionId }))}
          @vk-back=${() => this.onBack()}
        ></vk-check-answers-screen>`;
      case 'confirmation':
        return html`<vk-confirmation-screen .view=${view} .language=${lang} @vk-restart=${() => void this.restart()}></vk-confirmation-screen>`;
    }
  }

  protected override render() {
    return html`
      <header class="kiosk-header">
        <span class="brand" lang="uk">Вікно</span>
        ${this.view
          ? html`<button class="button button-secondary header-button" type="button" lang=${this.language === 'uk' ? 'en' : 'uk'} @click=${() => void this.switchLanguage()}>
              ${t(this.language, 'switchLanguage')}
            </button>`
          : nothing}
      </header>
      <main class="kiosk-main" aria-busy=${this.busy ? 'true' : 'false'}>
        ${this.connected ? nothing : html`<p class="banner banner-warning" role="alert">${t(this.language, 'connectionLost')}</p>`}
        ${this.notice ? html`<p class="banner banner-error" role="alert">${this.notice}</p>` : nothing} ${this.renderScreen()}
      </main>
    `;
  }
}
