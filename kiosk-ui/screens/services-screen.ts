import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { ServicesScreen } from '../../protocol/views.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { pick, t } from '../i18n.ts';

@customElement('vk-services-screen')
export class ServicesScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: ServicesScreen;
  @property() accessor language: Language = 'uk';

  protected override render() {
    const { language: lang } = this;
    return html`
      <section>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'servicesHeading')}</h1>
        <p class="hint">${t(lang, 'servicesHint')}</p>
        <ul class="service-list">
          ${this.view.services.map(
            (s) => html`
              <li>
                <button class="service-button" type="button" aria-describedby="service-${s.id}-summary" @click=${() => emit(this, 'vk-choose-service', s.id)}>
                  <span class="service-title">${pick(lang, s.title)}</span>
                </button>
                <p class="service-summary" id="service-${s.id}-summary">${pick(lang, s.summary)}</p>
              </li>
            `,
          )}
        </ul>
        <div class="button-row">
          <button class="button button-secondary" type="button" @click=${() => emit(this, 'vk-back')}>${t(lang, 'back')}</button>
        </div>
      </section>
    `;
  }
}
