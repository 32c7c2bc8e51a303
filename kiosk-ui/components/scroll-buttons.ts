// Big "▲ Вище / ▼ Нижче" buttons whenever the page is taller than the screen: scrolling needs no swipe
// (issue 4: "no gesture other than a single tap"; WCAG 2.5.1). They sit in a bar the page leaves room for.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { t } from '../i18n.ts';
import { LightElement } from './light-element.ts';

/** How much of the screen one tap scrolls: the last lines stay in view, so the person does not lose their place. */
const SCROLL_SHARE = 0.7;

@customElement('vk-scroll-buttons')
export class ScrollButtonsElement extends LightElement {
  @property() accessor language: Language = 'uk';
  @state() accessor canScrollUp = false;
  @state() accessor canScrollDown = false;

  private readonly measure = () => {
    const root = document.documentElement;
    this.canScrollUp = window.scrollY > 1;
    this.canScrollDown = window.scrollY + window.innerHeight < root.scrollHeight - 1;
    root.classList.toggle('has-scroll-bar', this.canScrollUp || this.canScrollDown);
  };
  private readonly observer = new ResizeObserver(this.measure);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('scroll', this.measure, { passive: true });
    window.addEventListener('resize', this.measure);
    this.observer.observe(document.body);
    this.measure();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('scroll', this.measure);
    window.removeEventListener('resize', this.measure);
    this.observer.disconnect();
    super.disconnectedCallback();
  }

  private scrollPage(direction: 1 | -1): void {
    window.scrollBy({ top: direction * window.innerHeight * SCROLL_SHARE, behavior: 'instant' });
    this.measure();
  }

  protected override render() {
    if (!this.canScrollUp && !this.canScrollDown) return nothing;
    const lang = this.language;
    // Keypad users move by item (focus scrolls the page), so these are for touch only: data-keypad-skip.
    return html`
      <div class="scroll-bar" role="group" aria-label=${t(lang, 'scrollBar')} data-keypad-skip>
        <button class="button button-secondary scroll-button" type="button" ?disabled=${!this.canScrollUp} @click=${() => this.scrollPage(-1)}>
          ${t(lang, 'scrollUp')}
        </button>
        <button class="button button-secondary scroll-button" type="button" ?disabled=${!this.canScrollDown} @click=${() => this.scrollPage(1)}>
          ${t(lang, 'scrollDown')}
        </button>
      </div>
    `;
  }
}
