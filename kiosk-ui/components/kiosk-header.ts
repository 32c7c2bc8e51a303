// The header: the same buttons in the same place on every screen (WCAG 3.2.6 consistent help).
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { t, UI_TEXT } from '../i18n.ts';
import { emit, LightElement } from './light-element.ts';

@customElement('vk-kiosk-header')
export class KioskHeaderElement extends LightElement {
  @property() accessor language: Language = 'uk';
  @property({ type: Boolean }) accessor inVisit = false;
  /** The language can be switched without a visit too (on the status check). */
  @property({ type: Boolean }) accessor languageSwitch = false;
  /** The overlay page open now, marked as the current one. */
  @property() accessor current: 'help' | 'display' | 'leave' | undefined;

  /** Before a language is chosen, the header speaks both. */
  private label(key: 'help' | 'display') {
    return this.inVisit ? t(this.language, key) : html`${UI_TEXT[key].uk} <span class="button-translation" lang="en">${UI_TEXT[key].en}</span>`;
  }

  protected override render() {
    const lang = this.language;
    const button = (event: string, text: unknown, current = false, buttonLang?: Language) => html`
      <button
        class="button button-secondary header-button"
        type="button"
        lang=${buttonLang ?? nothing}
        aria-current=${current ? 'page' : 'false'}
        @click=${() => emit(this, event)}
      >
        ${text}
      </button>
    `;
    return html`
      <header class="kiosk-header">
        <span class="brand" lang="uk">Вікно</span>
        <div class="toolbar" role="group" aria-label=${t(lang, 'toolbar')}>
          ${button('vk-help', this.label('help'), this.current === 'help')} ${button('vk-display', this.label('display'), this.current === 'display')}
          ${this.inVisit || this.languageSwitch ? button('vk-switch-language', t(lang, 'switchLanguage'), false, lang === 'uk' ? 'en' : 'uk') : nothing}
          ${this.inVisit ? button('vk-start-again', t(lang, 'startAgain')) : nothing}
        </div>
      </header>
    `;
  }
}
