import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { GroupScreen } from '../../protocol/views.ts';
import { errorSummary } from '../components/error-summary.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { pick, t } from '../i18n.ts';

/** A repeating group's list page (GOV.UK "add another"): who is on the list, with Change and Remove, and Add. */
@customElement('vk-group-screen')
export class GroupScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: GroupScreen;
  @property() accessor language: Language = 'uk';

  protected override render() {
    const { language: lang, view } = this;
    return html`
      <section>
        ${errorSummary(
          lang,
          view.errors.map((e) => ({ ...e, fieldId: `${view.stepId}-add` })),
        )}
        <p class="caption">
          <span>${pick(lang, view.sectionTitle)}</span>
          <span class="progress">${t(lang, 'question')} ${view.progress.index} ${t(lang, 'of')} ${view.progress.total}</span>
        </p>
        <h1 class="page-heading" tabindex="-1">${pick(lang, view.heading)}</h1>
        ${view.hint ? html`<p class="hint">${pick(lang, view.hint)}</p>` : nothing}
        ${
          view.items.length
            ? html`<ul class="group-list">
              ${view.items.map(
                (item) => html`
                  <li class="group-item">
                    <span class="group-item-summary">${pick(lang, item.summary)}</span>
                    <span class="group-item-actions">
                      <button class="link-button" type="button" @click=${() => emit(this, 'vk-group-edit', item.index)}>
                        ${t(lang, 'change')}<span class="visually-hidden"> ${pick(lang, item.summary)}</span>
                      </button>
                      <button class="link-button" type="button" @click=${() => emit(this, 'vk-group-remove', item.index)}>
                        ${t(lang, 'remove')}<span class="visually-hidden"> ${pick(lang, item.summary)}</span>
                      </button>
                    </span>
                  </li>
                `,
              )}
            </ul>`
            : html`<p class="empty-list">${pick(lang, view.emptyText)}</p>`
        }
        ${
          view.canAdd
            ? html`<button class="button button-secondary" id="field-${view.stepId}-add" type="button" @click=${() => emit(this, 'vk-group-add')}>
              ${pick(lang, view.addLabel)}
            </button>`
            : nothing
        }
        ${navRow({ label: t(lang, 'back'), onClick: () => emit(this, 'vk-back') }, { label: t(lang, 'continue'), onClick: () => emit(this, 'vk-group-continue') })}
      </section>
    `;
  }
}
