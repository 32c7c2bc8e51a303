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

/** «Подано» when the applications went on; «Збережено» when they wait for the administrator at the desk. */
function heading(many: boolean, awaitingDesk: boolean): UiTextKey {
  if (awaitingDesk) return many ? 'savedHeadingMany' : 'savedHeading';
  return many ? 'submittedHeadingMany' : 'submittedHeading';
}

/** Confirmation (GOV.UK): each reference number large, what happens next, what to bring, and the receipt. */
@customElement('vk-confirmation-screen')
export class ConfirmationScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: ConfirmationScreen;
  @property() accessor language: Language = 'uk';

  protected override render() {
    const { language: lang, view } = this;
    const many = view.applications.length > 1;
    return html`
      <section>
        <div class="panel">
          <h1 class="page-heading panel-title" tabindex="-1">${t(lang, heading(many, !!view.nextStep))}</h1>
          ${many ? html`<p class="panel-body">${t(lang, 'yourNumbers')}</p>` : ''}
        </div>
        ${
          view.nextStep
            ? html`<div class="next-step">
              <h2 class="section-heading">${t(lang, 'nextStepHeading')}</h2>
              <p class="next-step-text">${pick(lang, view.nextStep)}</p>
            </div>`
            : ''
        }
        <p class="receipt-status ${view.receipt === 'failed' ? 'receipt-failed' : ''}" role="status">${t(lang, RECEIPT_TEXT[view.receipt])}</p>
        ${view.applications.map(
          (application) => html`
            <article class="application">
              <h2 class="section-heading">${pick(lang, application.serviceTitle)}</h2>
              <p class="number-line">
                ${t(lang, 'yourNumber')}:<br />
                <strong class="application-number">${application.applicationNumber}</strong>
              </p>
              <h3 class="subsection-heading">${t(lang, view.nextStep ? 'whatHappensAfterAcceptance' : 'whatHappensNext')}</h3>
              <p>${pick(lang, application.whatHappensNext)}</p>
              <p>${t(lang, 'decisionTime')}: ${pick(lang, application.decisionTime)}</p>
              ${documentList(lang, t(lang, 'bringDocuments'), application.documents, 'h3')}
            </article>
          `,
        )}
        <div class="button-row">
          <button class="button button-secondary" type="button" ?disabled=${view.receipt === 'printing'} @click=${() => emit(this, 'vk-large-print')}>
            ${t(lang, 'largePrint')}
          </button>
          <button class="button button-primary" type="button" @click=${() => emit(this, 'vk-restart')}>${t(lang, 'startAgain')}</button>
        </div>
      </section>
    `;
  }
}
