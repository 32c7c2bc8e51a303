import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { SuggestScreen } from '../../protocol/views.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { pick, t } from '../i18n.ts';

/** Related services offered once, after the person chose theirs (IDP registration → the IDP living allowance). */
@customElement('vk-suggest-screen')
export class SuggestScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: SuggestScreen;
  @property() accessor language: Language = 'uk';

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const accepted = [...form.querySelectorAll<HTMLInputElement>('input[name="suggested"]:checked')].map((i) => i.value);
    emit(this, 'vk-suggested', accepted);
  }

  protected override render() {
    const { language: lang, view } = this;
    return html`
      <form novalidate @submit=${this.onSubmit}>
        <fieldset class="fieldset" aria-describedby="suggest-hint">
          <legend class="legend-heading"><h1 class="page-heading" tabindex="-1">${t(lang, 'suggestHeading')}</h1></legend>
          <p class="hint" id="suggest-hint">${t(lang, 'suggestHint')}</p>
          ${view.suggestions.map(
            (s) => html`
              <div class="checkbox service-choice">
                <input class="checkbox-input" type="checkbox" id="suggest-${s.id}" name="suggested" value=${s.id} aria-describedby="suggest-${s.id}-reason" />
                <label class="checkbox-label service-title" for="suggest-${s.id}">${t(lang, 'addAlso')}: ${pick(lang, s.title)}</label>
                <p class="hint service-summary" id="suggest-${s.id}-reason">${pick(lang, s.reason)}</p>
              </div>
            `,
          )}
        </fieldset>
        ${navRow({ label: t(lang, 'back'), onClick: () => emit(this, 'vk-back') }, { label: t(lang, 'continue') })}
      </form>
    `;
  }
}
