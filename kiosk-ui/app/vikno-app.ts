// The kiosk app: renders the screen the server sent and sends back what the person did. It decides nothing itself.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { Ack, ClientToServerEvents, Payload } from '../../protocol/events.ts';
import type { KioskView } from '../../protocol/views.ts';
import { LightElement } from '../components/light-element.ts';
import { pick, t } from '../i18n.ts';
import type { ChangeDetail } from '../screens/check-answers-screen.ts';
import type { ChecklistState } from '../screens/info-screen.ts';
import type { AnswerDetail } from '../screens/question-screen.ts';
import '../screens/check-answers-screen.ts';
import '../screens/confirm-remove-screen.ts';
import '../screens/confirmation-screen.ts';
import '../screens/group-screen.ts';
import '../screens/info-screen.ts';
import '../screens/question-screen.ts';
import '../screens/services-screen.ts';
import '../screens/suggest-screen.ts';
import '../screens/welcome-screen.ts';
import { KioskConnection } from './kiosk-connection.ts';

/** Survives a page reload (so the person resumes where they were) and is removed when the visit ends. */
const SESSION_KEY = 'vikno.session';

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
    socket.on('receipt:status', ({ applicationNumbers, state: receipt }) => {
      if (this.view?.screen === 'confirmation' && this.view.applications[0]?.applicationNumber === applicationNumbers[0]) {
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
    this.moveFocus = true;
  }

  /** Leaves nothing of the visit in the page or in browser storage. */
  private forgetVisit(): void {
    sessionStorage.removeItem(SESSION_KEY);
    this.sessionId = undefined;
    this.view = undefined;
    this.language = 'uk';
    this.busy = false;
    this.checklist = 'idle';
    this.moveFocus = true;
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

  private async printChecklist(serviceId: string): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId || this.checklist === 'printing') return;
    this.checklist = 'printing';
    const ack = await this.connection.request('checklist:print', { sessionId, serviceId });
    this.checklist = ack.ok && ack.data.printed ? 'printed' : 'failed';
  }

  private onBack(): void {
    if (this.view?.screen === 'services') void this.restart();
    else this.send('step:back', {});
  }

  protected override async updated(): Promise<void> {
    document.documentElement.lang = this.language;
    // The screen is a child element that draws itself after this one: wait for it before reading its heading.
    const screen = this.querySelector<LightElement>('.kiosk-main > :last-child');
    await screen?.updateComplete;
    const heading = this.querySelector<HTMLElement>('.page-heading');
    const view = this.view;
    const hasErrors = !!view && 'errors' in view && view.errors.length > 0;
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
    const back = () => this.onBack();
    switch (view.screen) {
      case 'services':
        return html`<vk-services-screen
          .view=${view}
          .language=${lang}
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
