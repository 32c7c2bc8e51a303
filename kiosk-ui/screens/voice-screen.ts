import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { t } from '../i18n.ts';

/** Voice guidance: asks whether the person listens in headphones (private data is read only then), or turns it off. */
@customElement('vk-voice-screen')
export class VoiceScreenElement extends LightElement {
  @property() accessor language: Language = 'uk';
  @property({ type: Boolean }) accessor on = false;
  /** No engine can speak this language here. */
  @property({ type: Boolean }) accessor unavailable = false;

  protected override render() {
    const lang = this.language;
    if (this.unavailable) {
      return html`
        <section>
          <h1 class="page-heading" tabindex="-1">${t(lang, 'voiceGuidance')}</h1>
          <p class="lead" role="alert">${t(lang, 'voiceUnavailable')}</p>
          ${navRow({ label: t(lang, 'helpBack'), onClick: () => emit(this, 'vk-close') })}
        </section>
      `;
    }
    return html`
      <section>
        <h1 class="page-heading" tabindex="-1">${t(lang, 'voiceGuidance')}</h1>
        <p class="lead">${t(lang, 'voiceQuestion')}</p>
        <div class="language-buttons">
          <button class="button button-primary button-large" type="button" @click=${() => emit(this, 'vk-voice-on', true)}>${t(lang, 'voiceHeadphones')}</button>
          <button class="button button-primary button-large" type="button" @click=${() => emit(this, 'vk-voice-on', false)}>${t(lang, 'voiceSpeaker')}</button>
        </div>
        ${navRow(
          { label: t(lang, 'helpBack'), onClick: () => emit(this, 'vk-close') },
          this.on
            ? html`<button class="button button-secondary" type="button" @click=${() => emit(this, 'vk-voice-off')}>${t(lang, 'voiceTurnOff')}</button>`
            : nothing,
        )}
      </section>
    `;
  }
}
