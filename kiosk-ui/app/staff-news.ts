// What staff do for this visit: "help is coming", a message, asking to help remotely and helping, and answering a
// question for the person. Also the person's side of it: calling staff and answering or ending assistance.
import type { ReactiveController } from 'lit';
import type { KioskView } from '../../protocol/views.ts';
import { t } from '../i18n.ts';
import type { KioskConnection } from './kiosk-connection.ts';
import type { Overlay, VisitHost } from './visit-state.ts';

export interface StaffNewsDeps {
  connection: Pick<KioskConnection, 'request' | 'socket'>;
  openOverlay(overlay: Overlay, focused: Element | null): void;
  closeOverlay(): void;
  /** Said and captioned even with the voice guide off. */
  sayStaffNews(text: string): void;
  /** Staff's own words: said in Ukrainian, never cached. */
  sayStaffMessage(text: string): void;
  speak(text: string): void;
  activity(): void;
  show(view: KioskView): void;
  /** Where focus is now (document.activeElement). */
  focused(): Element | null;
}

export class StaffNews implements ReactiveController {
  constructor(
    private readonly host: VisitHost,
    private readonly deps: StaffNewsDeps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const { socket } = this.deps.connection;
    socket.on('help:coming', ({ sessionId }) => this.helpComing(sessionId));
    socket.on('staff:message', ({ sessionId, text }) => this.staffMessage(sessionId, text));
    socket.on('assist:asked', ({ sessionId }) => this.assistAsked(sessionId));
    socket.on('assist:state', ({ sessionId, active }) => this.assistState(sessionId, active));
    socket.on('visit:view', ({ sessionId, view }) => this.visitView(sessionId, view));
  }

  /** Staff news is for the visit it names: a page that has moved on (or back to the start) drops it. */
  private forThisVisit(sessionId: string | null): boolean {
    return (sessionId ?? undefined) === this.host.visit.sessionId;
  }

  helpComing(sessionId: string | null): void {
    // A call from the welcome screen (no visit) is answered to this page only if it is still waiting for it.
    if (!this.forThisVisit(sessionId) || (sessionId === null && this.host.visit.helpCall !== 'called')) return;
    this.host.patch({ helpComing: true });
    this.deps.sayStaffNews(t(this.host.visit.language, 'helpComing'));
  }

  staffMessage(sessionId: string | null, text: string): void {
    if (!this.forThisVisit(sessionId)) return;
    this.host.patch({ staffMessage: text, staffCaption: true });
    this.deps.sayStaffMessage(`${t('uk', 'staffMessageHeading')}. ${text}`);
  }

  assistAsked(sessionId: string | null): void {
    if (!this.forThisVisit(sessionId)) return;
    this.deps.activity();
    this.deps.openOverlay('assist', this.deps.focused());
    const { settings, language: lang } = this.host.visit;
    // With the voice guide on, the page is announced as any other; without it, the question is still said.
    if (!settings.voiceMode) this.deps.sayStaffNews(`${t(lang, 'assistHeading')}. ${t(lang, 'assistBody')} ${t(lang, 'assistQuestion')}`);
  }

  assistState(sessionId: string | null, active: boolean): void {
    if (!this.forThisVisit(sessionId)) return;
    const { overlay, assisted, language: lang } = this.host.visit;
    if (!active && overlay === 'assist') {
      // Staff withdrew the request before the person answered.
      this.deps.closeOverlay();
      this.deps.sayStaffNews(t(lang, 'assistWithdrawn'));
      return;
    }
    if (assisted === active) return;
    // The banner's button goes with it: focus to the heading rather than lost.
    if (!active && this.deps.focused()?.closest('.assist-banner')) this.host.patch({ focusRequest: 'heading' });
    this.host.patch({ assisted: active });
    this.deps.sayStaffNews(active ? `${t(lang, 'assistActive')} ${t(lang, 'assistEndWhere')}` : t(lang, 'assistEnded'));
  }

  /**
   * Staff answered a question for the person: the kiosk shows where that led (their answer, or its error). A page the
   * person has open over it (help, display) stays open; the new screen is underneath.
   */
  visitView(sessionId: string | null, view: KioskView): void {
    if (!this.forThisVisit(sessionId)) return;
    this.deps.activity();
    if (this.host.visit.overlay) this.host.patch({ view });
    else this.deps.show(view);
  }

  async callStaff(): Promise<void> {
    if (this.host.visit.helpCall === 'calling') return;
    this.host.patch({ helpCall: 'calling' });
    const { sessionId } = this.host.visit;
    const ack = await this.deps.connection.request('help:call', sessionId ? { sessionId } : {});
    this.host.patch({ helpCall: ack.ok ? 'called' : 'failed' });
    this.deps.speak(t(this.host.visit.language, ack.ok ? 'staffCalled' : 'staffCallFailed'));
  }

  /** The person's answer to staff asking to help. */
  async answerAssist(allow: boolean): Promise<void> {
    const { sessionId } = this.host.visit;
    this.deps.closeOverlay();
    if (!sessionId) return;
    const ack = await this.deps.connection.request('assist:consent', { sessionId, allow });
    // The request was withdrawn meanwhile: say so, so nobody believes staff can see the answers.
    if (!ack.ok && allow) {
      const notice = t(this.host.visit.language, 'assistWithdrawn');
      this.host.patch({ notice });
      this.deps.sayStaffNews(notice);
    }
  }

  async endAssist(): Promise<void> {
    const { sessionId } = this.host.visit;
    this.host.patch({ focusRequest: 'heading' });
    if (sessionId) await this.deps.connection.request('assist:end', { sessionId });
  }

  dismissMessage(): void {
    this.host.patch({ staffMessage: '', staffCaption: false, focusRequest: 'heading' });
  }
}
