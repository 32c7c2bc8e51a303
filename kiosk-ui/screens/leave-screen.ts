import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { t } from '../i18n.ts';

/** "Почати спочатку" in the middle of a visit deletes the answers: asked once more, keeping them is the first choice. */
@customElement('vk-leave-screen')
export class LeaveScreenElement extends LightElement {
  @property() accessor language: Language = 'uk';

  protected override render() {
    const lang = this.language;
    return html`
      <section>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'leaveHeading')}</h1>
        <p class="lead">${t(lang, 'leaveBody')}</p>
        <div class="button-row">
          <button class="button button-primary" type="button" data-keypad="back" @click=${() => emit(this, 'vk-close')}>${t(lang, 'leaveNo')}</button>
          <button class="button button-warning" type="button" @click=${() => emit(this, 'vk-leave')}>${t(lang, 'leaveYes')}</button>
        </div>
      </section>
    `;
  }
}
