import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { emit, LightElement } from '../components/light-element.ts';
import { UI_TEXT } from '../i18n.ts';

/** The first screen: both languages side by side, so anyone can read how to begin; bigger text is offered before anything else. */
@customElement('vk-welcome-screen')
export class WelcomeScreenElement extends LightElement {
  protected override render() {
    return html`
      <section class="welcome">
        <h1 class="page-heading" tabindex="-1">
          ${UI_TEXT.welcomeHeading.uk}
          <span class="heading-translation" lang="en">${UI_TEXT.welcomeHeading.en}</span>
        </h1>
        <p class="lead">${UI_TEXT.welcomeIntro.uk}</p>
        <p class="lead" lang="en">${UI_TEXT.welcomeIntro.en}</p>
        <h2 class="section-heading">${UI_TEXT.chooseLanguage.uk} <span lang="en">/ ${UI_TEXT.chooseLanguage.en}</span></h2>
        <div class="language-buttons">
          <button class="button button-primary button-large" type="button" lang="uk" @click=${() => emit(this, 'vk-start', 'uk')}>Українська</button>
          <button class="button button-primary button-large" type="button" lang="en" @click=${() => emit(this, 'vk-start', 'en')}>English</button>
        </div>
        <div class="button-row">
          <button class="button button-secondary" type="button" @click=${() => emit(this, 'vk-voice')}>
            ${UI_TEXT.voiceGuidance.uk} <span class="button-translation" lang="en">${UI_TEXT.voiceGuidance.en}</span>
          </button>
          <button class="button button-secondary" type="button" @click=${() => emit(this, 'vk-display')}>
            ${UI_TEXT.displayOffer.uk} <span class="button-translation" lang="en">${UI_TEXT.displayOffer.en}</span>
          </button>
        </div>
        <h2 class="section-heading">${UI_TEXT.alreadyApplied.uk} <span lang="en">/ ${UI_TEXT.alreadyApplied.en}</span></h2>
        <div class="button-row">
          <button class="button button-secondary" type="button" @click=${() => emit(this, 'vk-status')}>
            ${UI_TEXT.checkStatus.uk} <span class="button-translation" lang="en">${UI_TEXT.checkStatus.en}</span>
          </button>
        </div>
      </section>
    `;
  }
}
