// A screen on another machine that is not paired with the server: it says so, and takes the one-time code staff give
// (typed on the touch screen, the on-screen keyboard or the keypad). Nothing else can be done here.
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language, Localized } from '../../content/localized.ts';
import { errorSummary } from '../components/error-summary.ts';
import { hintIdFor, inputIdFor } from '../components/field-ids.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { oneBoxField } from '../components/one-box-field.ts';
import { t } from '../i18n.ts';

/** The code's one field (its error names it). */
export const PAIRING_CODE_FIELD = 'pairing-code';

@customElement('vk-not-paired-screen')
export class NotPairedScreenElement extends LightElement {
  @property() accessor language: Language = 'uk';
  @property({ type: Boolean }) accessor voice = false;
  @property({ type: Boolean }) accessor busy = false;
  /** Why the last code did not pair (wrong, too many, or not a code). */
  @property({ attribute: false }) accessor error: Localized | undefined;
  /** Staff unpaired the screen in the middle of this person's visit: said first (the voice guide reads the first lead). */
  @property({ type: Boolean }) accessor visitCut = false;

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const box = this.querySelector<HTMLInputElement>(`#${inputIdFor(PAIRING_CODE_FIELD)}`);
    if (!this.busy) emit(this, 'vk-pair', box?.value ?? '');
  }

  protected override render() {
    const lang = this.language;
    const id = inputIdFor(PAIRING_CODE_FIELD);
    const { error } = this;
    return html`
      <form class="question" novalidate @submit=${this.onSubmit}>
        ${errorSummary(lang, error ? [{ fieldId: PAIRING_CODE_FIELD, message: error }] : [])}
        <h1 class="page-heading" tabindex="-1">${t(lang, 'notPairedHeading')}</h1>
        ${this.visitCut ? html`<p class="lead banner banner-warning">${t(lang, 'pairingVisitCut')}</p>` : nothing}
        <p class="lead">${t(lang, 'notPairedBody')}</p>
        <div class="form-group ${error ? 'form-group-error' : ''}">
          <label class="label" for=${id}>${t(lang, 'pairingCodeLabel')}</label>
          <p class="hint" id=${hintIdFor(PAIRING_CODE_FIELD)}>${t(lang, 'pairingCodeHint')}</p>
          ${oneBoxField({
            lang,
            voice: this.voice,
            fieldId: PAIRING_CODE_FIELD,
            label: t(lang, 'pairingCodeLabel'),
            hintId: hintIdFor(PAIRING_CODE_FIELD),
            error,
            keyboard: 'pairingCode',
            inputClass: 'input-pairing-code',
            inputmode: 'numeric',
            maxlength: 20,
          })}
        </div>
        ${navRow(undefined, { label: t(lang, 'pairingConnect'), disabled: this.busy })}
      </form>
    `;
  }
}
