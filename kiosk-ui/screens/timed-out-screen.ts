import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { t } from '../i18n.ts';

/** After a timeout: says what happened and that the answers are gone (GOV.UK timeout pattern). Holds nothing of the visit. */
@customElement('vk-timed-out-screen')
export class TimedOutScreenElement extends LightElement {
  @property() accessor language: Language = 'uk';

  protected override render() {
    const lang = this.language;
    return html`
      <section>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'timedOutHeading')}</h1>
        <p class="lead">${t(lang, 'timedOutBody')}</p>
        <div class="button-row">
          <button class="button button-primary button-large" type="button" data-keypad="continue" @click=${() => emit(this, 'vk-start-over')}>
            ${t(lang, 'startOver')}
          </button>
        </div>
      </section>
    `;
  }
}
