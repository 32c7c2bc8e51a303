// The one text box of a screen that asks for a single thing outside a service's questions (an application number, a
// pairing code): its error, the box, and the on-screen keyboard that types into it. The screen gives the label and hint,
// which it places itself (as the page heading, or under a lead paragraph).
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KeyboardKind } from '../../content/keyboard-layouts.ts';
import type { Language, Localized } from '../../content/localized.ts';
import '../keyboard/onscreen-keyboard.ts';
import { errorIdFor, inputIdFor } from './field-ids.ts';
import { fieldError } from './fields.ts';

export interface OneBoxField {
  lang: Language;
  voice: boolean;
  /** The field's id: the box is `inputIdFor(fieldId)`, and the error summary links there. */
  fieldId: string;
  /** The label's words, which the on-screen keyboard also says. */
  label: string;
  /** The id of the hint the screen placed, read with the box. */
  hintId: string;
  error: Localized | undefined;
  keyboard: KeyboardKind;
  inputClass: string;
  /** What the box is drawn with; set again only when this changes, so what the person typed stays over a re-render. */
  value?: string;
  inputmode?: 'numeric';
  autocapitalize?: 'characters';
  maxlength?: number;
}

export function oneBoxField(f: OneBoxField) {
  const id = inputIdFor(f.fieldId);
  const errorId = errorIdFor(f.fieldId);
  return html`
    ${fieldError(f.lang, errorId, f.error)}
    <input
      class="input ${f.inputClass}"
      id=${id}
      name=${f.fieldId}
      type="text"
      inputmode=${ifDefined(f.inputmode)}
      autocomplete="off"
      autocapitalize=${ifDefined(f.autocapitalize)}
      spellcheck="false"
      maxlength=${ifDefined(f.maxlength)}
      .value=${f.value ?? ''}
      aria-describedby=${f.error ? `${f.hintId} ${errorId}` : f.hintId}
      aria-invalid=${f.error ? 'true' : 'false'}
    />
    <vk-onscreen-keyboard .targetId=${id} .fieldType=${f.keyboard} .label=${f.label} .language=${f.lang} .voice=${f.voice}></vk-onscreen-keyboard>
  `;
}
