// The welcome screen as plain HTML, written into index.html at build time: painted with the page, before any script has
// loaded. It is the same markup the app draws (kiosk-header.ts and screens/welcome-screen.ts, on the welcome screen), so
// the app's copy replaces it without a jump; tests/browser/first-screen.test.ts checks the two stay alike.
import type { Localized } from '../../content/localized.ts';
import { t, UI_TEXT } from '../i18n.ts';
import { FIRST_SCREEN_ATTRIBUTE } from './early-input-queue.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Ukrainian, then English beneath it, as the app labels its buttons before a language is chosen. */
const both = (text: Localized, translationClass: string) => `${escapeHtml(text.uk)} <span class="${translationClass}" lang="en">${escapeHtml(text.en)}</span>`;

const button = (classes: string, content: string, lang?: string) =>
  `<button class="button ${classes}" type="button"${lang ? ` lang="${lang}"` : ''}>${content}</button>`;

const sectionHeading = (text: Localized) => `<h2 class="section-heading">${escapeHtml(text.uk)} <span lang="en">/ ${escapeHtml(text.en)}</span></h2>`;

/** The title the app gives the welcome screen (its heading, then the kiosk's name). */
export function firstScreenTitle(): string {
  return escapeHtml(`${UI_TEXT.welcomeHeading.uk} ${UI_TEXT.welcomeHeading.en} — ${t('uk', 'appName')}`);
}

/** The header and the welcome screen, as children of <vikno-app>. */
export function firstScreenHtml(): string {
  const header = `<header class="kiosk-header" ${FIRST_SCREEN_ATTRIBUTE}>
  <span class="brand" lang="uk">Вікно</span>
  <div class="toolbar" role="group" aria-label="${escapeHtml(t('uk', 'toolbar'))}">
    ${button('button-secondary header-button', both(UI_TEXT.help, 'button-translation'))}
    ${button('button-secondary header-button', both(UI_TEXT.display, 'button-translation'))}
  </div>
</header>`;
  const welcome = `<section class="welcome">
  <h1 class="page-heading" tabindex="-1">${both(UI_TEXT.welcomeHeading, 'heading-translation')}</h1>
  <p class="lead">${escapeHtml(UI_TEXT.welcomeIntro.uk)}</p>
  <p class="lead" lang="en">${escapeHtml(UI_TEXT.welcomeIntro.en)}</p>
  ${sectionHeading(UI_TEXT.chooseLanguage)}
  <div class="language-buttons">
    ${button('button-primary button-large', 'Українська', 'uk')}
    ${button('button-primary button-large', 'English', 'en')}
  </div>
  <div class="button-row">
    ${button('button-secondary', both(UI_TEXT.voiceGuidance, 'button-translation'))}
    ${button('button-secondary', both(UI_TEXT.displayOffer, 'button-translation'))}
  </div>
  ${sectionHeading(UI_TEXT.alreadyApplied)}
  <div class="button-row">
    ${button('button-secondary', both(UI_TEXT.checkStatus, 'button-translation'))}
  </div>
</section>`;
  return `${header}
<main class="kiosk-main" aria-busy="false" ${FIRST_SCREEN_ATTRIBUTE}>
  <div class="screen">${welcome}</div>
</main>`;
}
