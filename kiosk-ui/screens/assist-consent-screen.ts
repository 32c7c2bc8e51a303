import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { t } from '../i18n.ts';

/**
 * Staff ask to help remotely: the person says yes or no. Nothing of the visit reaches staff before a yes; "no" is the
 * keypad's Back, so leaving the page never allows anything.
 */
@customElement('vk-assist-consent-screen')
export class AssistConsentScreenElement extends LightElement {
  @property() accessor language: Language = 'uk';

  protected override render() {
    const lang = this.language;
    return html`
      <section>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'assistHeading')}</h1>
        <p class="lead">${t(lang, 'assistBody')} <strong>${t(lang, 'assistQuestion')}</strong></p>
        <div class="button-row">
          <button class="button button-primary" type="button" @click=${() => emit(this, 'vk-assist-consent', true)}>${t(lang, 'assistYes')}</button>
          <button class="button button-secondary" type="button" data-keypad="back" @click=${() => emit(this, 'vk-assist-consent', false)}>${t(lang, 'assistNo')}</button>
        </div>
      </section>
    `;
  }
}
