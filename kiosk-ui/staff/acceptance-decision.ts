// The end of «Прийом заяви»: who signed the forms, then «Прийняти», «Відмовити в прийнятті» (why, and a note) or
// «Закрити без рішення». What went wrong goes up to the visit page's alert; what was decided, in words, to the page.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { REFUSAL_REASONS } from '../../protocol/application-status.ts';
import {
  DESK_REFUSALS,
  type AcceptRequestBody,
  type DeskRefusal,
  type DeskVisitView,
  type DocumentMark,
  type IdentityCheck,
  type SignatureRecord,
} from '../../protocol/acceptance.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { deskFailure, deskPost, type DeskFailure } from './desk-api.ts';
import { say, WORDS } from './staff-text.ts';

const W = WORDS.desk.page;
/** The server's shortest signer's name. */
const SIGNER_MIN = 3;

@customElement('staff-desk-decision')
export class StaffDeskDecisionElement extends LightElement {
  @property({ attribute: false }) accessor view!: DeskVisitView;
  @property({ attribute: false }) accessor checked: readonly IdentityCheck[] = [];
  @property({ attribute: false }) accessor marks: Record<string, Record<string, DocumentMark>> = {};
  @state() accessor signature: SignatureRecord['kind'] | undefined;
  @state() accessor refusing = false;
  @state() accessor refusal: DeskRefusal | undefined;
  @state() accessor busy = false;

  private get numbers(): string {
    return this.view.applications.map((a) => a.number).join(', ');
  }

  private fail(failure: DeskFailure & { target?: string }): void {
    emit(this, 'staff-desk-error', failure);
  }

  /** Runs one decision; a refusal of the server's goes to the page's alert. */
  private async decide(run: () => Promise<string>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      emit(this, 'staff-desk-decided', await run());
    } catch (error) {
      this.fail(deskFailure(error));
    } finally {
      this.busy = false;
    }
  }

  private accept(): void {
    const signer = this.querySelector<HTMLInputElement>('#signer-name')?.value.trim() ?? '';
    if (!this.signature) return this.fail({ text: say(W.chooseSignature), target: 'signed-applicant' });
    if (this.signature === 'on_behalf' && signer.length < SIGNER_MIN) return this.fail({ text: say(W.enterSigner), target: 'signer-name' });
    const body: AcceptRequestBody = {
      identity: [...this.checked],
      documents: this.marks,
      signature: this.signature === 'applicant' ? { kind: 'applicant' } : { kind: 'on_behalf', signerName: signer },
    };
    void this.decide(async () => {
      const { accepted } = await deskPost<{ accepted: string[] }>(`/${this.view.visitId}/accept`, body);
      return say(accepted.length > 1 ? W.acceptedMany : W.acceptedOne, { numbers: accepted.join(', ') });
    });
  }

  private async openRefusal(): Promise<void> {
    this.refusing = true;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#refuse-heading')?.focus();
  }

  private async closeRefusal(): Promise<void> {
    this.refusing = false;
    this.refusal = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#refuse-button')?.focus();
  }

  private refuse(event: SubmitEvent): void {
    event.preventDefault();
    const reason = this.refusal;
    if (!reason) return this.fail({ text: say(W.chooseRefusal), target: `refusal-${DESK_REFUSALS[0]}` });
    const note = String(new FormData(event.target as HTMLFormElement).get('note') ?? '').trim();
    void this.decide(async () => {
      await deskPost(`/${this.view.visitId}/refuse`, { reason, ...(note && { note }) });
      return say(W.refused, { reason: REFUSAL_REASONS[reason].uk });
    });
  }

  private release(): void {
    void this.decide(async () => {
      await deskPost(`/${this.view.visitId}/release`);
      return say(W.released, { numbers: this.numbers });
    });
  }

  private renderRefusal() {
    return html`<form class="panel" aria-labelledby="refuse-heading" @submit=${(e: SubmitEvent) => this.refuse(e)} novalidate>
      <h2 id="refuse-heading" tabindex="-1">${say(W.refuseHeading)}</h2>
      <fieldset class="choices">
        <legend>${say(W.refuseLegend)}</legend>
        ${DESK_REFUSALS.map(
          (reason) => html`<div class="choice">
            <input type="radio" id="refusal-${reason}" name="reason" value=${reason} .checked=${this.refusal === reason} @change=${() => (this.refusal = reason)} />
            <label for="refusal-${reason}">${say(WORDS.desk.refusals[reason])}</label>
          </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="refuse-note">${say(W.note)}</label>
        <textarea id="refuse-note" name="note" rows="2" maxlength="300"></textarea>
      </div>
      <div class="button-row">
        <button class="button button-primary" type="submit" ?disabled=${this.busy}>${say(W.confirmRefuse)}</button>
        <button class="button button-secondary" type="button" @click=${() => void this.closeRefusal()}>${say(W.cancel)}</button>
      </div>
    </form>`;
  }

  protected override render() {
    const signed = (kind: SignatureRecord['kind'], id: string, label: string) =>
      html`<div class="choice">
        <input type="radio" id=${id} name="signature" value=${kind} .checked=${this.signature === kind} @change=${() => (this.signature = kind)} />
        <label for=${id}>${label}</label>
      </div>`;
    return html`
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">${say(W.decisionHeading)}</h2>
        <fieldset class="choices">
          <legend>${say(W.signatureLegend)}</legend>
          ${signed('applicant', 'signed-applicant', say(W.signedByApplicant))} ${signed('on_behalf', 'signed-on-behalf', say(W.signedOnBehalf))}
          ${
            this.signature === 'on_behalf'
              ? html`<div class="field signer">
                <label for="signer-name">${say(W.signerName)}</label>
                <input id="signer-name" name="signer" maxlength="120" autocomplete="off" required />
              </div>`
              : nothing
          }
        </fieldset>
        <div class="button-row">
          <button class="button button-primary" type="button" ?disabled=${this.busy} @click=${() => this.accept()}>${say(W.accept)}</button>
          <button
            class="button button-secondary"
            id="refuse-button"
            type="button"
            aria-expanded=${this.refusing ? 'true' : 'false'}
            @click=${() => void (this.refusing ? this.closeRefusal() : this.openRefusal())}
          >
            ${say(W.refuse)}
          </button>
          <button class="button button-secondary" type="button" ?disabled=${this.busy} @click=${() => this.release()}>${say(W.release)}</button>
        </div>
        ${this.refusing ? this.renderRefusal() : nothing}
      </section>
    `;
  }
}
