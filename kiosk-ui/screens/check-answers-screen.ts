import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { AnswerRowView, CheckAnswersScreen } from '../../protocol/views.ts';
import { documentList } from '../components/document-list.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { pick, t } from '../i18n.ts';

function valueText(lang: Language, value: AnswerRowView['value']): string {
  return 'text' in value ? value.text : pick(lang, value);
}

/** Check answers (GOV.UK): every answer with a Change button that comes back here, then a button that names the action. */
@customElement('vk-check-answers-screen')
export class CheckAnswersScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: CheckAnswersScreen;
  @property() accessor language: Language = 'uk';
  @property({ type: Boolean }) accessor busy = false;

  protected override render() {
    const { language: lang, view } = this;
    return html`
      <section>
        <p class="caption">${pick(lang, view.serviceTitle)}</p>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'checkHeading')}</h1>
        <p class="hint">${t(lang, 'checkHint')}</p>
        <dl class="summary-list">
          ${view.rows.map(
            (row) => html`
              <div class="summary-row">
                <dt class="summary-key">${pick(lang, row.label)}</dt>
                <dd class="summary-value">${valueText(lang, row.value)}</dd>
                <dd class="summary-action">
                  <button class="link-button" type="button" @click=${() => emit(this, 'vk-change', row.stepId)}>
                    ${t(lang, 'change')}<span class="visually-hidden"> ${pick(lang, row.label)}</span>
                  </button>
                </dd>
              </div>
            `,
          )}
        </dl>
        ${documentList(lang, t(lang, 'documentsToBring'), view.documents)}
        <div class="button-row">
          <button class="button button-secondary" type="button" @click=${() => emit(this, 'vk-back')}>${t(lang, 'back')}</button>
          <button class="button button-primary" type="button" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => emit(this, 'vk-submit')}>
            ${this.busy ? t(lang, 'submitting') : t(lang, 'submit')}
          </button>
        </div>
      </section>
    `;
  }
}
