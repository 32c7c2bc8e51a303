import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { pick, t } from '../i18n.ts';
import { TEXT_SIZES, THEMES, type TextSizeId, type ThemeId } from '../settings/display.ts';

export type DisplayChange = { textSize: TextSizeId } | { theme: ThemeId };

/** Text size and colours, chosen by a single tap each and shown at once; "Done" goes back to where the person was. */
@customElement('vk-display-screen')
export class DisplayScreenElement extends LightElement {
  @property() accessor language: Language = 'uk';
  @property() accessor textSize!: TextSizeId;
  @property() accessor theme!: ThemeId;

  protected override render() {
    const lang = this.language;
    return html`
      <section class="display-settings">
        <h1 class="page-heading" tabindex="-1">${t(lang, 'displayHeading')}</h1>
        <p class="hint">${t(lang, 'displayNote')}</p>
        <fieldset class="fieldset form-group">
          <legend class="legend">${t(lang, 'textSizeLegend')}</legend>
          <div class="radios">
            ${TEXT_SIZES.map(
              (size) => html`
                <div class="radio">
                  <input
                    class="radio-input"
                    id="text-size-${size.id}"
                    name="text-size"
                    type="radio"
                    .checked=${this.textSize === size.id}
                    @change=${() => emit<DisplayChange>(this, 'vk-display-change', { textSize: size.id })}
                  />
                  <label class="radio-label" for="text-size-${size.id}">
                    ${pick(lang, size.label)} <span class="size-sample size-sample-${size.id}" aria-hidden="true">Аа</span>
                  </label>
                </div>
              `,
            )}
          </div>
        </fieldset>
        <fieldset class="fieldset form-group">
          <legend class="legend">${t(lang, 'themeLegend')}</legend>
          <div class="radios">
            ${THEMES.map(
              (theme) => html`
                <div class="radio">
                  <input
                    class="radio-input"
                    id="theme-${theme.id}"
                    name="theme"
                    type="radio"
                    .checked=${this.theme === theme.id}
                    @change=${() => emit<DisplayChange>(this, 'vk-display-change', { theme: theme.id })}
                  />
                  <label class="radio-label" for="theme-${theme.id}">
                    <span class="theme-swatch theme-swatch-${theme.id}" aria-hidden="true">Аа</span> ${pick(lang, theme.label)}
                  </label>
                </div>
              `,
            )}
          </div>
        </fieldset>
        ${navRow(undefined, { label: t(lang, 'done'), onClick: () => emit(this, 'vk-close') })}
      </section>
    `;
  }
}
