import { LitElement } from 'lit';

/**
 * Kiosk screens render into the page, not a shadow root: labels, error-summary links and aria-describedby must reach
 * their inputs, and ARIA references cannot cross shadow roots. One stylesheet (kiosk.css, joined from styles/) styles them all.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}

/** Tells the app what the person did; the app sends it to the server. */
export function emit<T>(from: HTMLElement, name: string, detail?: T): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
