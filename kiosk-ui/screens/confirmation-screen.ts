import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { ConfirmationScreen } from '../../protocol/views.ts';
import { documentList } from '../components/document-list.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { pick, t, type UiTextKey } from '../i18n.ts';

const RECEIPT_TEXT: Record<ConfirmationScreen['receipt'], UiTextKey> = {
  printing: 'receiptPrinting',
  printed: 'receiptPrinted',
  failed: 'receiptFailed',
};

/** Confirmation (GOV.UK): the reference number large, what happens next, what to bring, and the receipt. */
@customElement('vk-confirmation-screen')
export class ConfirmationScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: ConfirmationScreen;
  @property() accessor language: Language = 'uk';

  protected override render() {
    const { language: lang, view } = this;
    return html`
      <section>
        <div class="panel">
          <h1 class="page-heading panel-title" tabindex="-1">${t(lang, 'submittedHeading')}</h1>
          <p class="panel-body">
            ${t(lang, 'yourNumber')}<br />
            <strong class="application-number">${view.applicationNumber}</strong>
          </p>
        </div>
        <p class="receipt-status ${view.receipt === 'failed' ? 'receipt-failed' : ''}" role="status">${t(lang, RECEIPT_TEXT[view.receipt])}</p>
        <p class="caption">${pick(lang, view.serviceTitle)}</p>
        <h2 class="section-heading">${t(lang, 'whatHappensNext')}</h2>
        <p>${pick(lang, view.whatHappensNext)}</p>
        <p>${t(lang, 'decisionTime')}: ${pick(lang, view.decisionTime)}</p>
        ${documentList(lang, t(lang, 'bringDocuments'), view.documents)}
        <div class="button-row">
          <button class="button button-primary" type="button" @click=${() => emit(this, 'vk-restart')}>${t(lang, 'startAgain')}</button>
        </div>
      </section>
    `;
  }
}
