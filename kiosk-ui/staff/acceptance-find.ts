// «Прийом заяви», finding the visit: the receipt's QR code scanned (a burst of keys ending in Enter, wherever focus is),
// the number typed, or a visit picked from those waiting, oldest first. Opening one is audited by the server.
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AcceptanceQueueState, DeskVisitView, WaitingVisit } from '../../protocol/acceptance.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { listenForScanner } from '../components/scanner.ts';
import { deskFailure, deskGet, deskPost } from './desk-api.ts';
import { say, WORDS } from './staff-text.ts';
import { columnHeads } from './table.ts';
import { waited, WaitClock } from './waited.ts';

const W = WORDS.desk.page;

@customElement('staff-acceptance-find')
export class StaffAcceptanceFindElement extends LightElement {
  /** The queue as the socket last told it: the list is asked for again whenever it changes. */
  @property({ attribute: false }) accessor queue: AcceptanceQueueState | undefined;
  @state() accessor waiting: WaitingVisit[] | undefined;
  @state() accessor listError = '';
  @state() accessor error = '';
  @state() accessor busy = false;
  private stopScanner: (() => void) | undefined;
  /** Answers to older requests for the list are dropped. */
  private listRequest = 0;

  constructor() {
    super();
    new WaitClock(this);
  }

  private get box(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('#desk-code');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadWaiting();
    this.stopScanner = listenForScanner({
      box: () => this.box,
      onScan: (text) => {
        const box = this.box;
        if (box) box.value = text;
        void this.open(() => deskPost<DeskVisitView>('/open', { code: text }));
      },
    });
  }

  override disconnectedCallback(): void {
    this.stopScanner?.();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('queue') && this.hasUpdated) void this.loadWaiting();
  }

  private async loadWaiting(): Promise<void> {
    const request = ++this.listRequest;
    try {
      const waiting = await deskGet<WaitingVisit[]>('/waiting');
      if (request !== this.listRequest) return;
      this.waiting = waiting;
      this.listError = '';
    } catch {
      if (request === this.listRequest) this.listError = say(W.listFailed);
    }
  }

  private async showError(text: string): Promise<void> {
    this.error = text;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#find-error')?.focus();
  }

  private async open(request: () => Promise<DeskVisitView>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const view = await request();
      this.error = '';
      emit(this, 'staff-desk-open', view);
    } catch (error) {
      await this.showError(deskFailure(error).text);
      // Someone else has it, or it is gone: the list says so too.
      void this.loadWaiting();
    } finally {
      this.busy = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const code = this.box?.value.trim() ?? '';
    if (!code) {
      void this.showError(say(W.enterCode));
      return;
    }
    void this.open(() => deskPost<DeskVisitView>('/open', { code }));
  }

  private renderRow(visit: WaitingVisit) {
    const numbers = visit.applicationNumbers.join(', ');
    return html`<tr>
      <th scope="row">${visit.applicationNumbers.map((n, i) => html`${i ? html`<br />` : nothing}${n}`)}</th>
      <td>${visit.serviceTitles.map((title, i) => html`${i ? html`<br />` : nothing}${title.uk}`)}</td>
      <td>${visit.kioskId}</td>
      <td>${waited(visit.submittedAt)}</td>
      <td>
        <div class="actions">
          ${visit.heldBy ? html`<span>${say(W.heldBy, { login: visit.heldBy })}</span>` : nothing}
          <button class="button button-secondary" type="button" ?disabled=${this.busy} @click=${() => void this.open(() => deskPost<DeskVisitView>(`/${visit.visitId}/open`))}>
            ${say(W.open)}<span class="visually-hidden"> ${numbers}</span>
          </button>
        </div>
      </td>
    </tr>`;
  }

  protected override render() {
    const waiting = this.waiting;
    return html`
      <p>${say(W.intro)}</p>
      ${this.error ? html`<p class="notice notice-error" id="find-error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
      <form class="filters" @submit=${(e: SubmitEvent) => this.submit(e)} novalidate>
        <div class="field">
          <label for="desk-code">${say(W.codeLabel)}</label>
          <p class="hint" id="desk-code-hint">${say(W.codeHint)}</p>
          <input
            id="desk-code"
            name="code"
            class="input-code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${this.error ? 'desk-code-hint find-error' : 'desk-code-hint'}
            aria-invalid=${this.error ? 'true' : 'false'}
          />
        </div>
        <button class="button button-primary" type="submit" ?disabled=${this.busy}>${say(W.open)}</button>
      </form>
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">${say(W.waitingHeading)}${waiting?.length ? html` <span class="count">(${waiting.length})</span>` : nothing}</h2>
        ${this.listError ? html`<p class="notice notice-error" role="alert">${this.listError}</p>` : nothing}
        ${
          !waiting
            ? html`<p>${say(WORDS.common.loading)}</p>`
            : waiting.length
              ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="waiting-heading">
                <table>
                  ${columnHeads([say(W.numbersColumn), say(W.servicesColumn), say(WORDS.common.kiosk), say(W.waitedColumn), say(W.actionsColumn)])}
                  <tbody>
                    ${waiting.map((visit) => this.renderRow(visit))}
                  </tbody>
                </table>
              </div>`
              : html`<p>${say(W.noneWaiting)}</p>`
        }
      </section>
    `;
  }
}
