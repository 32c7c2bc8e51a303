// The live dashboard: help calls first (they ring), then every kiosk, the forwarding queue and printer alerts. A kiosk's
// row says where the person is (the heading only), never what they answered.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { KioskState } from '../../protocol/staff-api.ts';
import { STAFF_MESSAGE_MAX, type ForwardingAlert, type ForwardingState, type HelpCall, type PrintFailure } from '../../protocol/staff-events.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { ask, type AssistSession, type StaffSocket } from './staff-console.ts';
import { PRINTER_NAMES, SCREEN_NAMES, TEXT_SIZE_NAMES, dateTime, time } from './staff-text.ts';
import './assist-panel.ts';

@customElement('staff-dashboard')
export class StaffDashboardElement extends LightElement {
  @property({ attribute: false }) accessor socket!: StaffSocket;
  @property({ attribute: false }) accessor kiosks: KioskState[] = [];
  @property({ attribute: false }) accessor calls: HelpCall[] = [];
  @property({ attribute: false }) accessor forwarding: ForwardingState | undefined;
  /** Applications failing now, with their last error. */
  @property({ attribute: false }) accessor failing: ForwardingAlert['applications'] = [];
  @property({ attribute: false }) accessor printFailures: PrintFailure[] = [];
  @property({ attribute: false }) accessor assist: AssistSession | undefined;
  @property({ type: Boolean }) accessor connected = false;
  /** The kiosk whose message form is open. */
  @state() accessor messageFor: string | undefined;
  @state() accessor feedback = '';
  @state() accessor messageError = '';

  private async answerCall(call: HelpCall): Promise<void> {
    const ack = await ask(this.socket, 'help:answer', { callId: call.id });
    this.feedback = ack.ok ? `Кіоск ${call.kioskId}: людині сказано, що ви йдете.` : ack.error.message.uk;
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
      this.messageError = 'Введіть текст повідомлення';
      await this.updateComplete;
      this.querySelector<HTMLElement>('#message-text')?.focus();
      return;
    }
    const ack = await ask(this.socket, 'kiosk:message', { kioskId, text });
    if (!ack.ok) {
      this.messageError = ack.error.message.uk;
      return;
    }
    this.feedback = `Повідомлення показано і озвучено на кіоску ${kioskId}.`;
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
    this.feedback = ack.ok ? `Повторна передача: ${ack.data.due} заяв(и) надсилаються зараз.` : ack.error.message.uk;
  }

  private renderCalls() {
    return html`
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading" tabindex="-1">Виклики працівника ${this.calls.length ? html`<span class="count">(${this.calls.length})</span>` : nothing}</h2>
        ${
          this.calls.length
            ? html`<ul class="call-list">
              ${repeat(
                this.calls,
                (call) => call.id,
                (call) => html`<li class="call">
                  <p><strong>Кіоск ${call.kioskId}</strong> о ${time(call.calledAt)}: ${call.stepTitle ? call.stepTitle.uk : (SCREEN_NAMES[call.screen] ?? call.screen)}</p>
                  <button class="button button-primary" type="button" @click=${() => void this.answerCall(call)}>
                    Іду<span class="visually-hidden"> до кіоску ${call.kioskId}</span>
                  </button>
                </li>`,
              )}
            </ul>`
            : html`<p>Зараз ніхто не кличе.</p>`
        }
      </section>
    `;
  }

  private renderKiosk(kiosk: KioskState) {
    const where = kiosk.inVisit ? `${SCREEN_NAMES[kiosk.screen] ?? kiosk.screen}${kiosk.stepTitle ? `: ${kiosk.stepTitle.uk}` : ''}` : 'вільний';
    return html`<tr>
      <th scope="row">${kiosk.kioskId}</th>
      <td>${kiosk.online ? 'на звʼязку' : html`<strong>не на звʼязку</strong>${kiosk.lastSeen ? ` з ${time(kiosk.lastSeen)}` : ''}`}</td>
      <td>${where}</td>
      <td>${kiosk.voiceMode ? 'так' : 'ні'}</td>
      <td>${TEXT_SIZE_NAMES[kiosk.textSize] ?? kiosk.textSize}</td>
      <td>${kiosk.printer ? PRINTER_NAMES[kiosk.printer] : 'невідомо'}</td>
      <td>${kiosk.assistance ? `${kiosk.assistance.staffLogin}${kiosk.assistance.state === 'asked' ? ' (чекає згоди)' : ''}` : '—'}</td>
      <td>
        <div class="actions">
          <button class="button button-secondary" type="button" ?disabled=${!kiosk.online || !kiosk.inVisit} @click=${() => void this.openMessage(kiosk.kioskId)}>
            Повідомлення<span class="visually-hidden"> на кіоск ${kiosk.kioskId}</span>
          </button>
          <button class="button button-secondary" type="button" ?disabled=${!kiosk.inVisit || (!!this.assist && this.assist.state !== 'ended')} @click=${() => void this.offerHelp(kiosk.kioskId)}>
            Допомогти дистанційно<span class="visually-hidden"> на кіоску ${kiosk.kioskId}</span>
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
        <h2 id="message-heading">Повідомлення на кіоск ${kioskId}</h2>
        <div class="field">
          <label for="message-text">Текст (кіоск покаже його і прочитає вголос; без особових даних)</label>
          ${this.messageError ? html`<p class="field-error" id="message-error">${this.messageError}</p>` : nothing}
          <textarea id="message-text" name="message" rows="3" maxlength=${STAFF_MESSAGE_MAX} aria-describedby=${this.messageError ? 'message-error' : nothing}></textarea>
        </div>
        <div class="button-row">
          <button class="button button-primary" type="submit">Надіслати повідомлення</button>
          <button class="button button-secondary" type="button" @click=${() => void this.closeMessage()}>Скасувати</button>
        </div>
      </form>
    `,
    );
  }

  private renderForwarding() {
    const f = this.forwarding;
    return html`
      <section aria-labelledby="forwarding-heading">
        <h2 id="forwarding-heading">Передача заяв до центральної системи</h2>
        ${
          f
            ? html`<dl class="figures">
              <div><dt>Чекають</dt><dd>${f.pending}</dd></div>
              <div><dt>Не передаються</dt><dd>${f.failing}</dd></div>
              <div><dt>Передано</dt><dd>${f.forwarded}</dd></div>
              <div><dt>Найстаріша в черзі</dt><dd>${f.oldestPendingSince ? dateTime(f.oldestPendingSince) : '—'}</dd></div>
            </dl>
            ${f.staffError ? html`<p class="notice notice-error">Помилка налаштування (${f.staffError.kind}) з ${dateTime(f.staffError.at)}: ${f.staffError.message}</p>` : nothing}`
            : html`<p>Завантаження…</p>`
        }
        ${
          this.failing.length
            ? html`<table>
              <caption>Заяви, які зараз не передаються</caption>
              <thead><tr><th scope="col">Номер</th><th scope="col">З</th><th scope="col">Спроб</th><th scope="col">Остання помилка</th></tr></thead>
              <tbody>
                ${this.failing.map((a) => html`<tr><th scope="row">${a.applicationNumber}</th><td>${dateTime(a.failingSince)}</td><td>${a.attempts}</td><td>${a.lastError}</td></tr>`)}
              </tbody>
            </table>`
            : nothing
        }
        <button class="button button-secondary" type="button" ?disabled=${!f?.failing} @click=${() => void this.retryForwarding()}>Надіслати повторно зараз</button>
      </section>
    `;
  }

  private renderPrinterAlerts() {
    if (!this.printFailures.length) return nothing;
    return html`
      <section aria-labelledby="printer-heading">
        <h2 id="printer-heading">Квитанції, що не надрукувалися</h2>
        <ul>
          ${this.printFailures.map(
            (f) =>
              html`<li>Кіоск ${f.kioskId}, принтер: ${PRINTER_NAMES[f.printerStatus]}. Заяви ${f.applicationNumbers.join(', ')} подано; надрукуйте квитанцію повторно в розділі «Заяви».</li>`,
          )}
        </ul>
      </section>
    `;
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">Кіоски</h1>
      <p class="feedback" role="status">${this.feedback}</p>
      ${this.renderCalls()}
      ${this.assist ? html`<staff-assist-panel .socket=${this.socket} .assist=${this.assist}></staff-assist-panel>` : nothing}
      <section aria-labelledby="kiosks-heading">
        <h2 id="kiosks-heading" tabindex="-1">Кіоски центру</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="kiosks-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">Кіоск</th>
                <th scope="col">Звʼязок</th>
                <th scope="col">Де людина</th>
                <th scope="col">Голос</th>
                <th scope="col">Текст</th>
                <th scope="col">Принтер</th>
                <th scope="col">Допомога</th>
                <th scope="col">Дії</th>
              </tr>
            </thead>
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
    `;
  }
}
