import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { ConfirmRemoveScreen } from '../../protocol/views.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { pick, t } from '../i18n.ts';

/** Removing someone from a list is asked once more: a wrong tap must not lose what was typed. */
@customElement('vk-confirm-remove-screen')
export class ConfirmRemoveScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: ConfirmRemoveScreen;
  @property() accessor language: Language = 'uk';

  protected override render() {
    const { language: lang, view } = this;
    return html`
      <section>
        <p class="caption">${pick(lang, view.itemName)}</p>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'removeQuestion')}</h1>
        <p class="lead">${pick(lang, view.summary)}</p>
        <div class="button-row">
          <button class="button button-secondary" type="button" data-keypad="back" @click=${() => emit(this, 'vk-confirm-remove', false)}>${t(lang, 'removeNo')}</button>
          <button class="button button-warning" type="button" @click=${() => emit(this, 'vk-confirm-remove', true)}>${t(lang, 'removeYes')}</button>
        </div>
      </section>
    `;
  }
}
