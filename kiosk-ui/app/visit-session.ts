// One person's visit as the server holds it: started, resumed after a reload, each action sent and its answer shown,
// errors told, and ended — on the server too — by replacing the visit whole with a clean slate.
import type { ReactiveController } from 'lit';
import type { Language } from '../../content/localized.ts';
import type { Ack, ClientToServerEvents, Payload, ServerToClientEvents } from '../../protocol/events.ts';
import type { KioskView } from '../../protocol/views.ts';
import { pick, t } from '../i18n.ts';
import { NUMBER_FIELD } from '../screens/status-field.ts';
import { forgetSettings, type PersonalSettings } from '../settings/personal-settings.ts';
import type { KioskConnection } from './kiosk-connection.ts';
import { freshVisit, SESSION_KEY, type CarriedOver, type VisitHost } from './visit-state.ts';

/** Events whose answer is the next screen. */
export type ViewEvent = {
  [E in keyof ClientToServerEvents]: Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<KioskView> ? E : never;
}[keyof ClientToServerEvents];

type KioskHello = Parameters<ServerToClientEvents['kiosk:hello']>[0];
type AckError = Extract<Ack<unknown>, { ok: false }>['error'];

export interface VisitSessionDeps {
  connection: Pick<KioskConnection, 'request' | 'socket'>;
  storage: Storage;
  /** After the visit was replaced: the player forgets, the default settings go onto the page (`before` were the person's). */
  forgotten(before: PersonalSettings): void;
  reportSettings(): void;
  hello(hello: KioskHello): void;
  /** Said after whatever is being said, when the voice guide is on. */
  sayAfter(text: string): void;
  speak(text: string): void;
  activity(): void;
  /** The server went away (false) or came back after that (true); not told of the first connection. */
  connectionChanged(connected: boolean): void;
}

export class VisitSession implements ReactiveController {
  /** Not a person's: whether the server is reachable. */
  connected = true;
  /** After a reload, nothing is drawn until the server says where the visit was (no flash of the welcome screen). */
  resuming = false;

  constructor(
    private readonly host: VisitHost,
    private readonly deps: VisitSessionDeps,
  ) {
    host.addController(this);
  }

  private patchKiosk(change: Partial<Pick<VisitSession, 'connected' | 'resuming'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.resuming = this.host.visit.sessionId !== undefined;
    const { socket } = this.deps.connection;
    socket.on('connect', () => {
      const wasLost = !this.connected;
      this.patchKiosk({ connected: true });
      if (wasLost) this.deps.connectionChanged(true);
      const { sessionId } = this.host.visit;
      if (sessionId) void this.resume(sessionId);
      this.deps.reportSettings();
    });
    socket.on('disconnect', () => {
      this.patchKiosk({ connected: false });
      this.deps.connectionChanged(false);
    });
    socket.on('kiosk:hello', (hello) => this.deps.hello(hello));
    socket.on('receipt:status', ({ applicationNumbers, state: receipt }) => {
      const { view } = this.host.visit;
      if (view?.screen === 'confirmation' && view.applications[0]?.applicationNumber === applicationNumbers[0]) {
        this.host.patch({ view: { ...view, receipt } });
        // Said too: a person who cannot see the screen must know whether to look for the receipt or ask staff.
        if (receipt !== 'printing') this.deps.sayAfter(t(this.host.visit.language, receipt === 'failed' ? 'receiptFailed' : 'receiptPrinted'));
      }
    });
  }

  async resume(sessionId: string): Promise<void> {
    const ack = await this.deps.connection.request('visit:resume', { sessionId });
    this.patchKiosk({ resuming: false });
    if (ack.ok) {
      this.host.patch({ language: ack.data.lang });
      this.show(ack.data.view);
    } else if (ack.error.code === 'session_not_found') {
      this.forget();
    } else {
      this.host.patch({ notice: pick(this.host.visit.language, ack.error.message) });
    }
  }

  show(view: KioskView): void {
    const { checklist, overlay } = this.host.visit;
    this.host.patch({ view, notice: '', noticeCallsStaff: false, checklist: view.screen === 'info' ? checklist : 'idle' });
    // Staff's question stays until the person answers it; the new screen waits underneath.
    if (overlay === 'assist') return;
    this.host.patch({ overlay: undefined, focusRequest: 'heading' });
  }

  /** Leaves nothing of the visit in the page, in browser storage or in the settings: the next person starts from nothing. */
  forget(carried: Partial<CarriedOver> = {}): void {
    const before = this.host.visit.settings;
    this.deps.storage.removeItem(SESSION_KEY);
    forgetSettings(this.deps.storage);
    this.host.visit = freshVisit(carried);
    this.deps.forgotten(before);
  }

  /** Ends the visit on the server too (it forgets the answers) and clears the kiosk. */
  async end(reason: 'finished' | 'timeout'): Promise<void> {
    const { sessionId } = this.host.visit;
    this.forget({ timedOut: reason === 'timeout' });
    if (sessionId) await this.deps.connection.request('visit:end', { sessionId, reason });
  }

  /** Sends one action of the visit; a second tap while the first is on its way does nothing. */
  send<E extends ViewEvent>(event: E, payload: Omit<Payload<E>, 'sessionId'>): void {
    const { sessionId, busy } = this.host.visit;
    if (!sessionId || busy) return;
    this.host.patch({ busy: true });
    void this.deps.connection
      .request(event, { ...payload, sessionId } as Payload<E>)
      .then(async (ack) => {
        const result = ack as Ack<KioskView>;
        if (result.ok) this.show(result.data);
        else await this.handleError(result.error);
      })
      .finally(() => this.host.patch({ busy: false }));
  }

  async handleError(error: AckError): Promise<void> {
    if (error.code === 'session_not_found') {
      this.forget();
      this.host.patch({ notice: t(this.host.visit.language, 'visitEnded') });
      return;
    }
    const { sessionId } = this.host.visit;
    if (error.code === 'stale_step' && sessionId) {
      await this.resume(sessionId);
      return;
    }
    // Said too: a person who cannot see the screen must know the application was not saved, and what to do.
    const notice = pick(this.host.visit.language, error.message);
    this.host.patch({ notice, noticeCallsStaff: error.code === 'not_saved' });
    this.deps.speak(notice);
  }

  async start(lang: Language): Promise<void> {
    if (this.host.visit.busy) return;
    this.host.patch({ busy: true });
    try {
      const ack = await this.deps.connection.request('visit:start', { lang });
      if (!ack.ok) {
        this.host.patch({ notice: pick(lang, ack.error.message) });
        return;
      }
      this.deps.storage.setItem(SESSION_KEY, ack.data.sessionId);
      this.host.patch({ sessionId: ack.data.sessionId, language: lang });
      this.show(ack.data.view);
    } finally {
      this.host.patch({ busy: false });
    }
  }

  async switchLanguage(): Promise<void> {
    const { language, sessionId } = this.host.visit;
    const lang: Language = language === 'uk' ? 'en' : 'uk';
    this.host.patch({ language: lang, focusRequest: 'heading' });
    this.deps.reportSettings();
    if (sessionId) await this.deps.connection.request('visit:language', { sessionId, lang });
  }

  async printChecklist(serviceId: string): Promise<void> {
    const { sessionId, checklist } = this.host.visit;
    if (!sessionId || checklist === 'printing') return;
    this.host.patch({ checklist: 'printing' });
    const ack = await this.deps.connection.request('checklist:print', { sessionId, serviceId });
    this.host.patch({ checklist: ack.ok && ack.data.printed ? 'printed' : 'failed' });
  }

  /** The receipt once more, in large print; its status line shows it printing, then printed (or not). */
  async printLarge(): Promise<void> {
    const { sessionId, view } = this.host.visit;
    if (!sessionId || view?.screen !== 'confirmation') return;
    this.host.patch({ view: { ...view, receipt: 'printing' } });
    const ack = await this.deps.connection.request('receipt:large-print', { sessionId });
    if (!ack.ok) await this.handleError(ack.error);
  }

  openStatus(): void {
    this.host.patch({ statusPage: { kind: 'form', errors: [], text: '' }, notice: '', focusRequest: 'heading' });
  }

  /** Back to the welcome screen; the person's display and voice settings stay (they may still apply). */
  closeStatus(): void {
    this.host.patch({ statusPage: undefined, focusRequest: 'heading' });
  }

  /**
   * Looks up what was typed or scanned. A wrong number stays on the form as an error with what was entered; any other
   * failure (too many checks, the kiosk itself) is a notice, said too. An answer that comes after the person has left
   * the screen is dropped: the next person never sees it.
   */
  async lookupStatus(text: string): Promise<void> {
    const { busy, statusPage: asked } = this.host.visit;
    if (busy || !asked) return;
    this.deps.activity();
    this.host.patch({ busy: true });
    try {
      const ack = await this.deps.connection.request('status:lookup', { text });
      if (this.host.visit.statusPage !== asked) return;
      if (ack.ok) this.host.patch({ statusPage: { kind: 'result', result: ack.data } });
      else if (ack.error.code === 'invalid_number' || ack.error.code === 'unknown_application') {
        this.host.patch({ statusPage: { kind: 'form', errors: [{ fieldId: NUMBER_FIELD, message: ack.error.message }], text } });
      } else {
        const notice = pick(this.host.visit.language, ack.error.message);
        this.host.patch({ notice });
        this.deps.speak(notice);
        return;
      }
      this.host.patch({ notice: '', focusRequest: 'heading' });
    } finally {
      this.host.patch({ busy: false });
    }
  }
}
