import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { InfoScreen } from '../../protocol/views.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { pick, t } from '../i18n.ts';

export type ChecklistState = 'idle' | 'printing' | 'printed' | 'failed';

/** "What do I need?": who can get the service, what is asked, what to bring, how long it takes — and a printed checklist. */
@customElement('vk-info-screen')
export class InfoScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: InfoScreen;
  @property() accessor language: Language = 'uk';
  @property() accessor checklist: ChecklistState = 'idle';

  protected override render() {
    const { language: lang, view } = this;
    return html`
      <section>
        <p class="caption">${t(lang, 'whatDoINeed')}</p>
        <h1 class="page-heading" tabindex="-1">${pick(lang, view.title)}</h1>
        <p class="lead">${pick(lang, view.summary)}</p>
        <h2 class="section-heading">${t(lang, 'whoCan')}</h2>
        <p>${pick(lang, view.eligibility)}</p>
        <dl class="facts">
          <div><dt>${t(lang, 'decisionTime')}</dt><dd>${pick(lang, view.decisionTime)}</dd></div>
          <div><dt>${t(lang, 'decidingBody')}</dt><dd>${pick(lang, view.decidingBody)}</dd></div>
        </dl>
        <h2 class="section-heading">${t(lang, 'documents')}</h2>
        <ul class="bullets">
          ${view.documents.map(
            (d) => html`<li>${pick(lang, d.title)}${d.whenText ? html` <span class="muted">— ${pick(lang, d.whenText)}</span>` : nothing}</li>`,
          )}
        </ul>
        <h2 class="section-heading">${t(lang, 'whatIsAsked')}</h2>
        ${view.sections.map(
          (section) => html`
            <h3 class="subsection-heading">${pick(lang, section.title)}</h3>
            <ul class="bullets">
              ${section.questions.map((q) => html`<li>${pick(lang, q)}</li>`)}
            </ul>
          `,
        )}
        <p class="receipt-status ${this.checklist === 'failed' ? 'receipt-failed' : ''}" role="status">
          ${this.checklist === 'printed' ? t(lang, 'checklistPrinted') : this.checklist === 'failed' ? t(lang, 'checklistFailed') : nothing}
        </p>
        <p>
          <button class="button button-secondary" type="button" ?disabled=${this.checklist === 'printing'} @click=${() => emit(this, 'vk-print-checklist', view.serviceId)}>
            ${t(lang, 'printChecklist')}
          </button>
        </p>
        ${navRow(
          { label: t(lang, 'backToServices'), onClick: () => emit(this, 'vk-back') },
          { label: t(lang, 'applyForThis'), onClick: () => emit(this, 'vk-apply', view.serviceId) },
        )}
      </section>
    `;
  }
}
