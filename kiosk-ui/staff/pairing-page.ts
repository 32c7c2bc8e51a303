// «Підключення кіосків»: «Підключити кіоск» gives a one-time code for a kiosk id (typed once on the new screen, valid
// 10 minutes), and the screens paired so far, each with «Відключити» (the screen goes back to the not-connected page).
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { PairedScreenView, PairingCodeView, PairingOverview } from '../../protocol/pairing.ts';
import { LightElement } from '../components/light-element.ts';
import { apiGet, apiPost } from './staff-api-client.ts';
import { clockTime, dateTime, say, WORDS } from './staff-text.ts';
import { columnHeads } from './table.ts';

const T = WORDS.pairing;

@customElement('staff-pairing')
export class StaffPairingElement extends LightElement {
  @state() accessor kioskIds: string[] = [];
  @state() accessor screens: PairedScreenView[] = [];
  @state() accessor code: PairingCodeView | undefined;
  @state() accessor notice = '';
  @state() accessor error = '';
  /** A code is on its way: «Підключити кіоск» waits for it. */
  @state() accessor issuing = false;
  /** An unpairing is on its way: a second «Так, відключити» would unpair nothing and tell a failure. */
  private unpairing = false;
  /** The screen «Відключити» was pressed for: asked once more, since a visit on it would be cut short. */
  @state() accessor confirming: PairedScreenView | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const overview = await apiGet<PairingOverview>('/pairing');
      this.kioskIds = overview.kioskIds;
      this.screens = overview.screens;
    } catch {
      this.error = say(T.readFailed);
    }
  }

  private async issue(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const kioskId = String(new FormData(event.target as HTMLFormElement).get('kioskId') ?? '');
    this.issuing = true;
    this.notice = '';
    try {
      this.code = await apiPost<PairingCodeView>('/pairing/codes', { kioskId });
      this.error = '';
    } catch {
      this.code = undefined;
      this.error = say(T.codeFailed);
    } finally {
      this.issuing = false;
    }
  }

  private async ask(screen: PairedScreenView): Promise<void> {
    this.confirming = screen;
    this.notice = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('#pairing-confirm-heading')?.focus();
  }

  private async cancel(): Promise<void> {
    const screen = this.confirming;
    this.confirming = undefined;
    await this.updateComplete;
    if (screen) this.querySelector<HTMLElement>(`[data-screen="${screen.id}"]`)?.focus();
  }

  private async unpair(screen: PairedScreenView): Promise<void> {
    // Its own flag, not the code's: «Так, відключити» works while a code is being issued.
    if (this.unpairing) return;
    this.unpairing = true;
    let done = false;
    try {
      await apiPost(`/pairing/screens/${screen.id}/unpair`);
      this.notice = say(T.unpaired, { id: screen.id, kioskId: screen.kioskId });
      this.error = '';
      done = true;
    } catch {
      this.error = say(T.unpairFailed);
    } finally {
      this.unpairing = false;
    }
    this.confirming = undefined;
    await this.load();
    await this.updateComplete;
    // The focused button went with the question: to the page's heading (the screen's row is gone too), or back to the
    // row's «Відключити» to try again.
    (done ? this.querySelector<HTMLElement>('h1') : this.querySelector<HTMLElement>(`[data-screen="${screen.id}"]`))?.focus();
  }

  private renderConfirm(screen: PairedScreenView) {
    const names = { id: screen.id, kioskId: screen.kioskId };
    return html`<section class="panel pairing-confirm" aria-labelledby="pairing-confirm-heading">
      <h2 id="pairing-confirm-heading" tabindex="-1">${say(T.confirmHeading, names)}</h2>
      <p>${say(T.confirmBody)}</p>
      ${screen.online ? html`<p class="notice notice-warning">${say(T.confirmOnline)}</p>` : nothing}
      <div class="actions">
        <button class="button button-primary" type="button" @click=${() => void this.unpair(screen)}>${say(T.confirmYes)}</button>
        <button class="button button-secondary" type="button" @click=${() => void this.cancel()}>${say(T.confirmNo)}</button>
      </div>
    </section>`;
  }

  private renderCode(code: PairingCodeView) {
    return html`<section class="panel pairing-code" aria-labelledby="pairing-code-heading">
      <h2 id="pairing-code-heading">${say(T.codeHeading, { kioskId: code.kioskId })}</h2>
      <p class="pairing-code-digits">${code.code}</p>
      <p>${say(T.codeUse, { time: clockTime(code.expiresAt) })}</p>
    </section>`;
  }

  protected override render() {
    const { columns } = T;
    return html`
      <h1 tabindex="-1">${say(WORDS.console.pages.pairing)}</h1>
      <p>${say(T.intro)}</p>
      <form class="filters" @submit=${(e: SubmitEvent) => void this.issue(e)}>
        <div class="field">
          <label for="pairing-kiosk">${say(T.kioskLabel)}</label>
          <select id="pairing-kiosk" name="kioskId">
            ${this.kioskIds.map((id) => html`<option value=${id}>${id}</option>`)}
          </select>
        </div>
        <button class="button button-primary" type="submit" ?disabled=${this.issuing || !this.kioskIds.length}>${say(T.connect)}</button>
      </form>
      <div role="status">${this.code ? this.renderCode(this.code) : nothing}${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}</div>
      ${this.error ? html`<p class="notice notice-error" role="alert">${this.error}</p>` : nothing}
      ${this.confirming ? this.renderConfirm(this.confirming) : nothing}
      <h2>${say(T.screensHeading)}</h2>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${say(T.screensTable)}>
        <table>
          ${columnHeads([say(columns.kiosk), say(columns.screen), say(columns.pairedAt), say(columns.pairedBy), say(columns.lastSeen), say(columns.online), say(columns.action)])}
          <tbody>
            ${this.screens.length ? nothing : html`<tr><td colspan="7">${say(T.none)}</td></tr>`}
            ${this.screens.map(
              (screen) => html`<tr>
                <td>${screen.kioskId}</td>
                <td>${screen.id}</td>
                <td>${dateTime(screen.pairedAt)}</td>
                <td>${screen.pairedBy}</td>
                <td>${screen.lastSeenAt ? dateTime(screen.lastSeenAt) : '—'}</td>
                <td>${say(screen.online ? T.onlineNow : T.offlineNow)}</td>
                <td>
                  <button
                    class="button button-secondary"
                    type="button"
                    data-screen=${screen.id}
                    aria-label=${say(T.unpairLabel, { id: screen.id, kioskId: screen.kioskId })}
                    @click=${() => void this.ask(screen)}
                  >
                    ${say(T.unpair)}
                  </button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
