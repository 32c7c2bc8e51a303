import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { CheckAnswersScreen } from '../../protocol/views.ts';
import { documentList } from '../components/document-list.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { pick, t } from '../i18n.ts';

export interface ChangeDetail {
  stepId: string;
  itemIndex?: number;
}

/** Check answers (GOV.UK): every answer by section with a Change button that comes back here, then one submit. */
@customElement('vk-check-answers-screen')
export class CheckAnswersScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: CheckAnswersScreen;
  @property() accessor language: Language = 'uk';
  @property({ type: Boolean }) accessor busy = false;

  protected override render() {
    const { language: lang, view } = this;
    return html`
      <section>
        <p class="caption">${view.serviceTitles.map((title) => pick(lang, title)).join(' · ')}</p>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'checkHeading')}</h1>
        <p class="hint">${t(lang, 'checkHint')}</p>
        ${view.sections.map(
          (section) => html`
            <h2 class="section-heading">${pick(lang, section.title)}</h2>
            <dl class="summary-list">
              ${section.rows.map(
                (row) => html`
                  <div class="summary-row">
                    <dt class="summary-key">${pick(lang, row.label)}</dt>
                    <dd class="summary-value">${pick(lang, row.value)}</dd>
                    <dd class="summary-action">
                      <button
                        class="link-button"
                        type="button"
                        @click=${() => emit<ChangeDetail>(this, 'vk-change', { stepId: row.stepId, ...(row.itemIndex !== undefined && { itemIndex: row.itemIndex }) })}
                      >
                        ${t(lang, 'change')}<span class="visually-hidden"> ${pick(lang, row.label)}</span>
                      </button>
                    </dd>
                  </div>
                `,
              )}
            </dl>
          `,
        )}
        ${view.documents.map((group) =>
          documentList(
            lang,
            view.documents.length > 1 ? `${t(lang, 'documentsToBring')}: ${pick(lang, group.serviceTitle)}` : t(lang, 'documentsToBring'),
            group.documents,
          ),
        )}
        ${navRow(
          { label: t(lang, 'back'), onClick: () => emit(this, 'vk-back') },
          html`<button class="button button-primary" type="button" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => emit(this, 'vk-submit')}>
            ${this.busy ? t(lang, 'submitting') : t(lang, 'submit')}
          </button>`,
        )}
      </section>
    `;
  }
}
