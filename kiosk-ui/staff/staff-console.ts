// The staff console (/staff): the login form, then the live dashboard, applications, statistics and (for admins) the
// audit log. Live news comes over the /staff namespace, which accepts only a logged-in session's cookie.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { io } from 'socket.io-client';
import type { AcceptanceQueueState } from '../../protocol/acceptance.ts';
import type { KioskState, StaffMe } from '../../protocol/staff-api.ts';
import {
  STAFF_NAMESPACE,
  type BackupState,
  type ForwardingAlert,
  type ForwardingState,
  type HelpCall,
  type PrintFailure,
  type StorageState,
} from '../../protocol/staff-events.ts';
import { LightElement } from '../components/light-element.ts';
import { ApiError, apiGet, apiPost, LOGGED_OUT_EVENT } from './staff-api-client.ts';
import { ring } from './ring.ts';
import type { AssistSession, StaffSocket } from './staff-socket.ts';
import { say, WORDS } from './staff-text.ts';
import './dashboard-page.ts';
import './acceptance-page.ts';
import './applications-page.ts';
import './stats-page.ts';
import './audit-page.ts';
import './services-page.ts';
import './pairing-page.ts';

type Page = 'dashboard' | 'acceptance' | 'applications' | 'stats' | 'services' | 'pairing' | 'audit';

const PAGE_TITLES: Record<Page, string> = {
  dashboard: say(WORDS.console.pages.dashboard),
  acceptance: say(WORDS.console.pages.acceptance),
  applications: say(WORDS.console.pages.applications),
  stats: say(WORDS.console.pages.stats),
  services: say(WORDS.console.pages.services),
  pairing: say(WORDS.console.pages.pairing),
  audit: say(WORDS.console.pages.audit),
};

const ASSIST_ENDED: Record<string, string> = Object.fromEntries(Object.entries(WORDS.assist.ended).map(([reason, words]) => [reason, say(words)]));

/** "виклик", "виклики", "викликів": Ukrainian plural by the number. */
function callsWord(count: number): string {
  const rule = new Intl.PluralRules('uk').select(count);
  return say(rule === 'one' ? WORDS.console.calls.one : rule === 'few' ? WORDS.console.calls.few : WORDS.console.calls.many);
}

@customElement('staff-console')
export class StaffConsoleElement extends LightElement {
  /** undefined while asking the server whether this browser is logged in. */
  @state() accessor me: StaffMe | null | undefined;
  @state() accessor page: Page = 'dashboard';
  @state() accessor loginError = '';
  /** Why the login page is shown again (logged out, session ended): a notice, not an error. */
  @state() accessor loginNotice = '';
  /** Which box the login error is about, for the error summary's link. */
  @state() accessor loginErrorField: 'login' | 'password' | undefined;
  @state() accessor busy = false;
  @state() accessor connected = false;
  @state() accessor kiosks: KioskState[] = [];
  @state() accessor calls: HelpCall[] = [];
  @state() accessor forwarding: ForwardingState | undefined;
  /** Visits waiting for acceptance at the desk, as the socket last said. */
  @state() accessor acceptanceQueue: AcceptanceQueueState | undefined;
  @state() accessor failing: ForwardingAlert['applications'] = [];
  @state() accessor printFailures: PrintFailure[] = [];
  @state() accessor backup: BackupState | undefined;
  @state() accessor storage: StorageState | undefined;
  @state() accessor assist: AssistSession | undefined;
  /** Said by screen readers: a new help call, an answer from the kiosk. */
  @state() accessor announcement = '';

  private socket: StaffSocket | undefined;
  private focusHeading = true;
  private readonly onLoggedOut = () => {
    if (this.me) this.loggedOut(say(WORDS.console.sessionEnded));
    else this.me = null;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(LOGGED_OUT_EVENT, this.onLoggedOut);
    void apiGet<StaffMe>('/me').then(
      (me) => this.loggedIn(me),
      () => (this.me = null),
    );
  }

  override disconnectedCallback(): void {
    window.removeEventListener(LOGGED_OUT_EVENT, this.onLoggedOut);
    this.socket?.disconnect();
    super.disconnectedCallback();
  }

  private loggedIn(me: StaffMe): void {
    this.me = me;
    this.loginError = '';
    this.loginNotice = '';
    this.page = 'dashboard';
    this.focusHeading = true;
    this.connect();
  }

  /** Back to the login page with nothing of the session left on screen. */
  private loggedOut(notice = ''): void {
    this.socket?.disconnect();
    this.socket = undefined;
    this.me = null;
    this.loginError = '';
    this.loginNotice = notice;
    this.kiosks = [];
    this.calls = [];
    this.failing = [];
    this.forwarding = undefined;
    this.acceptanceQueue = undefined;
    this.printFailures = [];
    this.backup = undefined;
    this.storage = undefined;
    this.assist = undefined;
    this.announcement = '';
    this.page = 'dashboard';
    this.focusHeading = true;
  }

  /** Says something to screen readers, even when it is the same words as last time. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private connect(): void {
    const socket: StaffSocket = io(STAFF_NAMESPACE, { transports: ['websocket'] });
    this.socket = socket;
    socket.on('connect', () => (this.connected = true));
    socket.on('disconnect', (reason) => {
      this.connected = false;
      // The server ends help when this screen goes: nothing of the person's answers stays on it.
      if (this.assist && this.assist.state !== 'ended') this.assist = { kioskId: this.assist.kioskId, state: 'ended', ended: say(WORDS.assist.connectionLost) };
      // The server closed it: the session ended (logged out elsewhere, expired). /me says so, and the login page shows.
      if (reason === 'io server disconnect') void apiGet<StaffMe>('/me').catch(() => undefined);
    });
    socket.on('connect_error', () => {
      // Refused: the session is over (logged out elsewhere, or expired).
      void apiGet<StaffMe>('/me').catch(() => undefined);
    });
    socket.on('kiosks:state', (kiosks) => (this.kiosks = kiosks));
    socket.on('help:open', (calls) => (this.calls = calls));
    socket.on('help:called', (call) => {
      this.calls = [...this.calls.filter((c) => c.id !== call.id), call];
      this.announce(say(WORDS.console.announceCall, { kioskId: call.kioskId }));
      ring();
    });
    socket.on('help:answered', ({ callId, kioskId, staffLogin }) => {
      this.calls = this.calls.filter((c) => c.id !== callId);
      // Your own answer is confirmed on the dashboard; a colleague's is said here.
      if (staffLogin !== this.me?.login) this.announce(say(WORDS.console.announceAnswered, { kioskId, login: staffLogin }));
    });
    // The queue's counts come live; the failing applications and their last errors are asked for when they change.
    socket.on('forwarding:status', (state) => {
      this.forwarding = state;
      if (state.failing || this.failing.length) void this.loadFailing();
    });
    socket.on('forwarding:alert', () => void this.loadFailing());
    socket.on('acceptance:queue', (state) => (this.acceptanceQueue = state));
    socket.on('printer:status', (state) => {
      if (state.status === 'ready') this.printFailures = [];
    });
    socket.on('backup:status', (state) => {
      // Said once when backups start failing, not at every failed try.
      if (state.state === 'failing' && this.backup?.state !== 'failing') this.announce(say(WORDS.backup.announceFailing));
      this.backup = state;
    });
    socket.on('storage:status', (state) => (this.storage = state));
    socket.on('print:failed', (failure) => (this.printFailures = [...this.printFailures, failure]));
    socket.on('assist:view', (view) => {
      const first = this.assist?.state !== 'active';
      this.assist = { kioskId: view.kioskId, state: 'active', view };
      if (first) this.announce(say(WORDS.console.announceAssist, { kioskId: view.kioskId }));
    });
    socket.on('assist:ended', ({ kioskId, reason }) => {
      if (this.assist?.kioskId !== kioskId) return;
      // Said by the assistance panel's own status line.
      this.assist = { kioskId, state: 'ended', ended: ASSIST_ENDED[reason] ?? say(WORDS.assist.endedOtherwise) };
    });
  }

  private async loadFailing(): Promise<void> {
    this.failing = await apiGet<ForwardingAlert['applications']>('/forwarding/failing').catch(() => this.failing);
  }

  private async login(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const login = String(data.get('login') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!login || !password) {
      this.loginError = say(!login ? WORDS.login.enterLogin : WORDS.login.enterPassword);
      this.loginErrorField = !login ? 'login' : 'password';
      this.loginNotice = '';
      this.focusHeading = false;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#login-error')?.focus();
      return;
    }
    this.loginErrorField = undefined;
    this.busy = true;
    try {
      this.loggedIn(await apiPost<StaffMe>('/login', { login, password }));
    } catch (error) {
      const locked = error instanceof ApiError && error.lockedUntil;
      this.loginError = locked
        ? say(WORDS.login.locked, { time: new Date(error.lockedUntil!).toLocaleTimeString('uk-UA', { hour: '2-digit', minute: '2-digit' }) })
        : say(
            error instanceof ApiError && error.status === 401
              ? WORDS.login.wrong
              : error instanceof ApiError && error.status === 429
                ? WORDS.login.tooMany
                : WORDS.login.noServer,
          );
      const password = form.querySelector<HTMLInputElement>('#password');
      if (password) password.value = '';
      this.loginNotice = '';
      this.loginErrorField = 'password';
      await this.updateComplete;
      this.querySelector<HTMLElement>('#login-error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  /** The error summary's link puts focus in its box. */
  private focusField(event: Event): void {
    event.preventDefault();
    this.querySelector<HTMLElement>(`#${this.loginErrorField}`)?.focus();
  }

  private async logout(): Promise<void> {
    await apiPost('/logout').catch(() => undefined);
    this.loggedOut(say(WORDS.console.loggedOut));
  }

  private go(page: Page): void {
    this.page = page;
    this.focusHeading = true;
  }

  protected override updated(): void {
    const title = this.me ? PAGE_TITLES[this.page] : say(WORDS.login.pageTitle);
    const calls = this.me && this.calls.length ? `(${this.calls.length}) ` : '';
    document.title = `${calls}${!this.me && this.loginError ? `${say(WORDS.console.errorPrefix)} ` : ''}${say(WORDS.console.documentTitle, { title })}`;
    if (this.focusHeading && this.me !== undefined) {
      this.focusHeading = false;
      this.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  private loginField(id: 'login' | 'password', label: string, type: string, autocomplete: string) {
    const wrong = this.loginErrorField === id;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${id}
        type=${type}
        autocomplete=${autocomplete}
        autocapitalize="none"
        spellcheck="false"
        required
        aria-invalid=${wrong ? 'true' : 'false'}
        aria-describedby=${wrong ? 'login-error' : nothing}
      />
    </div>`;
  }

  private renderLogin() {
    return html`
      <main class="staff-main staff-login">
        <h1 tabindex="-1">${say(WORDS.login.heading)}</h1>
        ${this.loginNotice ? html`<p class="notice" role="status">${this.loginNotice}</p>` : nothing}
        ${
          this.loginError
            ? html`<div class="error-summary" id="login-error" role="alert" tabindex="-1">
              <h2>${say(WORDS.login.failed)}</h2>
              <p>${this.loginErrorField ? html`<a href="#${this.loginErrorField}" @click=${(e: Event) => this.focusField(e)}>${this.loginError}</a>` : this.loginError}</p>
            </div>`
            : nothing
        }
        <form @submit=${(e: SubmitEvent) => void this.login(e)} novalidate>
          ${this.loginField('login', say(WORDS.login.login), 'text', 'username')} ${this.loginField('password', say(WORDS.login.password), 'password', 'current-password')}
          <button class="button button-primary" type="submit" ?disabled=${this.busy}>${say(WORDS.login.submit)}</button>
        </form>
      </main>
    `;
  }

  private renderPage() {
    const socket = this.socket!;
    switch (this.page) {
      case 'dashboard':
        return html`<staff-dashboard
          .socket=${socket}
          .kiosks=${this.kiosks}
          .calls=${this.calls}
          .forwarding=${this.forwarding}
          .acceptance=${this.acceptanceQueue}
          .failing=${this.failing}
          .printFailures=${this.printFailures}
          .backup=${this.backup}
          .storage=${this.storage}
          .assist=${this.assist}
          .connected=${this.connected}
          @staff-assist=${(e: CustomEvent<AssistSession | undefined>) => (this.assist = e.detail)}
          @staff-go=${(e: CustomEvent<Page>) => this.go(e.detail)}
        ></staff-dashboard>`;
      case 'acceptance':
        return html`<staff-acceptance .queue=${this.acceptanceQueue}></staff-acceptance>`;
      case 'applications':
        return html`<staff-applications .socket=${socket}></staff-applications>`;
      case 'stats':
        return html`<staff-stats></staff-stats>`;
      case 'services':
        return html`<staff-services></staff-services>`;
      case 'pairing':
        return html`<staff-pairing></staff-pairing>`;
      case 'audit':
        return html`<staff-audit></staff-audit>`;
    }
  }

  protected override render() {
    if (this.me === undefined) return html`<main class="staff-main"><p>${say(WORDS.common.loading)}</p></main>`;
    if (!this.me) return this.renderLogin();
    const pages: Page[] =
      this.me.role === 'admin'
        ? ['dashboard', 'acceptance', 'applications', 'stats', 'services', 'pairing', 'audit']
        : ['dashboard', 'acceptance', 'applications', 'stats', 'services', 'pairing'];
    return html`
      <header class="staff-header">
        <p class="staff-brand">${say(WORDS.console.brand)}</p>
        <nav aria-label=${say(WORDS.console.sections)}>
          <ul>
            ${pages.map(
              (page) => html`<li>
                <a href="#${page}" aria-current=${this.page === page ? 'page' : 'false'} @click=${(e: Event) => (e.preventDefault(), this.go(page))}
                  >${PAGE_TITLES[page]}${page === 'dashboard' && this.calls.length ? html` <span class="badge">${this.calls.length} ${callsWord(this.calls.length)}</span>` : nothing}</a
                >
              </li>`,
            )}
          </ul>
        </nav>
        <p class="staff-user">${this.me.login} (${say(this.me.role === 'admin' ? WORDS.console.roles.admin : WORDS.console.roles.staff)})</p>
        <button class="button button-secondary" type="button" @click=${() => void this.logout()}>${say(WORDS.console.logout)}</button>
      </header>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.connected ? nothing : html`<p class="notice notice-warning" role="status">${say(WORDS.console.noConnection)}</p>`}
      <main class="staff-main">${this.renderPage()}</main>
    `;
  }
}
