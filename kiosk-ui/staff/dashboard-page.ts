// The live dashboard: help calls first (they ring), then every kiosk, printer alerts, the forwarding queue and the
// backups. A kiosk's row says where the person is (the heading only), never what they answered.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AcceptanceQueueState } from '../../protocol/acceptance.ts';
import type { KioskState } from '../../protocol/staff-api.ts';
import {
  STAFF_MESSAGE_MAX,
  type BackupState,
  type ForwardingAlert,
  type ForwardingState,
  type HelpCall,
  type PrintFailure,
  type StorageState,
} from '../../protocol/staff-events.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { ask, type AssistSession, type StaffSocket } from './staff-socket.ts';
import { PRINTER_NAMES, SCREEN_NAMES, TEXT_SIZE_NAMES, dateTime, say, time, WORDS } from './staff-text.ts';
import { columnHeads } from './table.ts';
import { waited, WaitClock } from './waited.ts';
import './assist-panel.ts';
import './backup-panel.ts';

@customElement('staff-dashboard')
export class StaffDashboardElement extends LightElement {
  @property({ attribute: false }) accessor socket!: StaffSocket;
  @property({ attribute: false }) accessor kiosks: KioskState[] = [];
  @property({ attribute: false }) accessor calls: HelpCall[] = [];
  @property({ attribute: false }) accessor forwarding: ForwardingState | undefined;
  /** Visits waiting for acceptance at the desk. */
  @property({ attribute: false }) accessor acceptance: AcceptanceQueueState | undefined;
  /** Applications failing now, with their last error. */
  @property({ attribute: false }) accessor failing: ForwardingAlert['applications'] = [];
  @property({ attribute: false }) accessor printFailures: PrintFailure[] = [];
  @property({ attribute: false }) accessor backup: BackupState | undefined;
  /** The kiosk's disk does not take writes: applications cannot be saved. */
  @property({ attribute: false }) accessor storage: StorageState | undefined;
  @property({ attribute: false }) accessor assist: AssistSession | undefined;
  @property({ type: Boolean }) accessor connected = false;
  /** The kiosk whose message form is open. */
  @state() accessor messageFor: string | undefined;
  @state() accessor feedback = '';
  @state() accessor messageError = '';

  constructor() {
    super();
    new WaitClock(this);
  }

  private async answerCall(call: HelpCall): Promise<void> {
    const ack = await ask(this.socket, 'help:answer', { callId: call.id });
    this.feedback = ack.ok ? say(WORDS.dashboard.answered, { kioskId: call.kioskId }) : ack.error.message.uk;
    // The call's row is gone: focus goes to the list's heading, never to another call's «Іду».
    await this.focusLater('#calls-heading');
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  private async openMessage(kioskId: string): Promise<void> {
    this.messageFor = kioskId;
    this.messageError = '';
    await this.focusLater('#message-text');
  }

  private async closeMessage(): Promise<void> {
    this.messageFor = undefined;
    this.messageError = '';
    await this.focusLater('#kiosks-heading');
  }

  private async sendMessage(event: SubmitEvent, kioskId: string): Promise<void> {
    event.preventDefault();
    const text = String(new FormData(event.target as HTMLFormElement).get('message') ?? '').trim();
    if (!text) {
      this.messageError = say(WORDS.dashboard.enterMessage);
      await this.updateComplete;
      this.querySelector<HTMLElement>('#message-text')?.focus();
      return;
    }
    const ack = await ask(this.socket, 'kiosk:message', { kioskId, text });
    if (!ack.ok) {
      this.messageError = ack.error.message.uk;
      return;
    }
    this.feedback = say(WORDS.dashboard.messageSent, { kioskId });
    await this.closeMessage();
  }

  private async offerHelp(kioskId: string): Promise<void> {
    const ack = await ask(this.socket, 'assist:request', { kioskId });
    if (!ack.ok) {
      this.feedback = ack.error.message.uk;
      return;
    }
    emit<AssistSession>(this, 'staff-assist', { kioskId, state: 'asked' });
    await this.focusLater('#assist-heading');
  }

  private async retryForwarding(): Promise<void> {
    const ack = await ask(this.socket, 'forwarding:retry', {});
    this.feedback = ack.ok ? say(WORDS.dashboard.retried, { due: ack.data.due }) : ack.error.message.uk;
  }

  private renderCalls() {
    return html`
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading" tabindex="-1">${say(WORDS.dashboard.callsHeading)} ${this.calls.length ? html`<span class="count">(${this.calls.length})</span>` : nothing}</h2>
        ${
          this.calls.length
            ? html`<ul class="call-list">
              ${repeat(
                this.calls,
                (call) => call.id,
                (call) => html`<li class="call">
                  <p><strong>${say(WORDS.dashboard.kioskNamed, { kioskId: call.kioskId })}</strong> ${say(WORDS.dashboard.calledAt, { time: time(call.calledAt) })}: ${call.stepTitle ? call.stepTitle.uk : (SCREEN_NAMES[call.screen] ?? call.screen)}</p>
                  <button class="button button-primary" type="button" @click=${() => void this.answerCall(call)}>
                    ${say(WORDS.dashboard.goingTo)}<span class="visually-hidden"> ${say(WORDS.dashboard.toKiosk, { kioskId: call.kioskId })}</span>
                  </button>
                </li>`,
              )}
            </ul>`
            : html`<p>${say(WORDS.dashboard.noCalls)}</p>`
        }
      </section>
    `;
  }

  private renderAcceptance() {
    const queue = this.acceptance;
    const words = WORDS.desk.page;
    return html`
      <section aria-labelledby="acceptance-heading">
        <h2 id="acceptance-heading">${say(words.queueHeading)}</h2>
        <p>
          ${
            !queue
              ? say(WORDS.common.loading)
              : queue.waiting && queue.oldestSubmittedAt
                ? say(words.queueCount, { count: queue.waiting, waited: waited(queue.oldestSubmittedAt) })
                : say(words.queueEmpty)
          }
        </p>
        <a class="button button-secondary" href="#acceptance" @click=${(e: Event) => (e.preventDefault(), emit(this, 'staff-go', 'acceptance'))}>${say(words.toAcceptance)}</a>
      </section>
    `;
  }

  private renderKiosk(kiosk: KioskState) {
    const where = kiosk.inVisit
      ? `${SCREEN_NAMES[kiosk.screen] ?? kiosk.screen}${kiosk.stepTitle ? `: ${kiosk.stepTitle.uk}` : ''}`
      : say(WORDS.dashboard.free);
    return html`<tr>
      <th scope="row">${kiosk.kioskId}</th>
      <td>${kiosk.online ? say(WORDS.dashboard.online) : html`<strong>${say(WORDS.dashboard.offline)}</strong>${kiosk.lastSeen ? ` ${say(WORDS.dashboard.offlineSince, { time: time(kiosk.lastSeen) })}` : ''}`}</td>
      <td>${where}</td>
      <td>${say(kiosk.voiceMode ? WORDS.dashboard.yes : WORDS.dashboard.no)}</td>
      <td>${TEXT_SIZE_NAMES[kiosk.textSize] ?? kiosk.textSize}</td>
      <td>${kiosk.printer ? PRINTER_NAMES[kiosk.printer] : say(WORDS.dashboard.unknown)}</td>
      <td>${kiosk.assistance ? `${kiosk.assistance.staffLogin}${kiosk.assistance.state === 'asked' ? ` ${say(WORDS.dashboard.waitingConsent)}` : ''}` : '—'}</td>
      <td>
        <div class="actions">
          <button class="button button-secondary" type="button" ?disabled=${!kiosk.online || !kiosk.inVisit} @click=${() => void this.openMessage(kiosk.kioskId)}>
            ${say(WORDS.dashboard.message)}<span class="visually-hidden"> ${say(WORDS.dashboard.messageToKiosk, { kioskId: kiosk.kioskId })}</span>
          </button>
          <button class="button button-secondary" type="button" ?disabled=${!kiosk.inVisit || (!!this.assist && this.assist.state !== 'ended')} @click=${() => void this.offerHelp(kiosk.kioskId)}>
            ${say(WORDS.dashboard.offerHelp)}<span class="visually-hidden"> ${say(WORDS.dashboard.atKiosk, { kioskId: kiosk.kioskId })}</span>
          </button>
        </div>
      </td>
    </tr>`;
  }

  private renderMessageForm(kioskId: string) {
    // Keyed by kiosk: text typed for one kiosk never goes to another.
    return keyed(
      kioskId,
      html`
      <form class="panel" aria-labelledby="message-heading" @submit=${(e: SubmitEvent) => void this.sendMessage(e, kioskId)} novalidate>
        <h2 id="message-heading">${say(WORDS.dashboard.messageHeading, { kioskId })}</h2>
        <div class="field">
          <label for="message-text">${say(WORDS.dashboard.messageLabel)}</label>
          ${this.messageError ? html`<p class="field-error" id="message-error">${this.messageError}</p>` : nothing}
          <textarea id="message-text" name="message" rows="3" maxlength=${STAFF_MESSAGE_MAX} aria-describedby=${this.messageError ? 'message-error' : nothing}></textarea>
        </div>
        <div class="button-row">
          <button class="button button-primary" type="submit">${say(WORDS.dashboard.send)}</button>
          <button class="button button-secondary" type="button" @click=${() => void this.closeMessage()}>${say(WORDS.dashboard.cancel)}</button>
        </div>
      </form>
    `,
    );
  }

  private renderForwarding() {
    const f = this.forwarding;
    return html`
      <section aria-labelledby="forwarding-heading">
        <h2 id="forwarding-heading">${say(WORDS.dashboard.forwardingHeading)}</h2>
        ${
          f
            ? html`<dl class="figures">
              <div><dt>${say(WORDS.dashboard.pending)}</dt><dd>${f.pending}</dd></div>
              <div><dt>${say(WORDS.dashboard.failing)}</dt><dd>${f.failing}</dd></div>
              <div><dt>${say(WORDS.dashboard.forwarded)}</dt><dd>${f.forwarded}</dd></div>
              <div><dt>${say(WORDS.dashboard.oldestPending)}</dt><dd>${f.oldestPendingSince ? dateTime(f.oldestPendingSince) : '—'}</dd></div>
            </dl>
            ${f.staffError ? html`<p class="notice notice-error">${say(WORDS.dashboard.setupError, { kind: f.staffError.kind, since: dateTime(f.staffError.at), message: f.staffError.message })}</p>` : nothing}`
            : html`<p>${say(WORDS.common.loading)}</p>`
        }
        ${
          this.failing.length
            ? html`<table>
              <caption>${say(WORDS.dashboard.failingCaption)}</caption>
              ${columnHeads([say(WORDS.common.number), say(WORDS.dashboard.failingSince), say(WORDS.dashboard.attempts), say(WORDS.dashboard.lastError)])}
              <tbody>
                ${this.failing.map((a) => html`<tr><th scope="row">${a.applicationNumber}</th><td>${dateTime(a.failingSince)}</td><td>${a.attempts}</td><td>${a.lastError}</td></tr>`)}
              </tbody>
            </table>`
            : nothing
        }
        <button class="button button-secondary" type="button" ?disabled=${!f?.failing} @click=${() => void this.retryForwarding()}>${say(WORDS.dashboard.retry)}</button>
      </section>
    `;
  }

  private renderStorageAlert() {
    const failing = this.storage?.failing;
    if (!failing) return nothing;
    return html`
      <section aria-labelledby="storage-heading" role="alert">
        <h2 id="storage-heading">${say(WORDS.dashboard.storageHeading)}</h2>
        <p>${say(WORDS.dashboard.storageFailing, { kioskId: this.storage!.kioskId, code: failing.code, since: time(failing.since) })}</p>
      </section>
    `;
  }

  private renderPrinterAlerts() {
    if (!this.printFailures.length) return nothing;
    return html`
      <section aria-labelledby="printer-heading">
        <h2 id="printer-heading">${say(WORDS.dashboard.printerHeading)}</h2>
        <ul>
          ${this.printFailures.map(
            (f) =>
              html`<li>${say(WORDS.dashboard.printFailed, { kioskId: f.kioskId, printer: PRINTER_NAMES[f.printerStatus], numbers: f.applicationNumbers.join(', ') })}</li>`,
          )}
        </ul>
      </section>
    `;
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">${say(WORDS.console.pages.dashboard)}</h1>
      <p class="feedback" role="status">${this.feedback}</p>
      ${this.renderStorageAlert()}
      ${this.renderCalls()}
      ${this.renderAcceptance()}
      ${this.assist ? html`<staff-assist-panel .socket=${this.socket} .assist=${this.assist}></staff-assist-panel>` : nothing}
      <section aria-labelledby="kiosks-heading">
        <h2 id="kiosks-heading" tabindex="-1">${say(WORDS.dashboard.kiosksHeading)}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="kiosks-heading">
          <table>
            ${columnHeads([say(WORDS.dashboard.columns.kiosk), say(WORDS.dashboard.columns.connection), say(WORDS.dashboard.columns.where), say(WORDS.dashboard.columns.voice), say(WORDS.dashboard.columns.text), say(WORDS.dashboard.columns.printer), say(WORDS.dashboard.columns.help), say(WORDS.dashboard.columns.actions)])}
            <tbody>
              ${repeat(
                this.kiosks,
                (kiosk) => kiosk.kioskId,
                (kiosk) => this.renderKiosk(kiosk),
              )}
            </tbody>
          </table>
        </div>
      </section>
      ${this.messageFor ? this.renderMessageForm(this.messageFor) : nothing}
      ${this.renderPrinterAlerts()}
      ${this.renderForwarding()}
      <staff-backup .state=${this.backup}></staff-backup>
    `;
  }
}
