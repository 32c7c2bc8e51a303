// The Back / Continue row at the foot of a screen: the keypad's back and continue keys press the marked buttons.
import { html, nothing, type TemplateResult } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';

export interface NavButton {
  label: string;
  /** Without one, Continue submits the screen's form. */
  onClick?: () => void;
  disabled?: boolean;
}

type Slot = NavButton | TemplateResult | typeof nothing | undefined;

const isTemplate = (slot: Slot): slot is TemplateResult | typeof nothing => slot === nothing || isTemplateResult(slot);

function backButton(back: NavButton): TemplateResult {
  return html`<button class="button button-secondary" type="button" data-keypad="back" @click=${back.onClick}>${back.label}</button>`;
}

function continueButton(next: NavButton): TemplateResult {
  return next.onClick
    ? html`<button class="button button-primary" type="button" data-keypad="continue" ?disabled=${next.disabled} @click=${next.onClick}>${next.label}</button>`
    : html`<button class="button button-primary" type="submit" data-keypad="continue" ?disabled=${next.disabled}>${next.label}</button>`;
}

/** Back (secondary) then Continue (primary); either side may be a screen's own button instead. */
export function navRow(back: Slot, next?: Slot): TemplateResult {
  const first = back === undefined || isTemplate(back) ? (back ?? nothing) : backButton(back);
  const second = next === undefined || isTemplate(next) ? (next ?? nothing) : continueButton(next);
  return html`<div class="button-row">
    ${first}
    ${second}
  </div>`;
}
