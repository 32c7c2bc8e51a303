import { html, nothing } from 'lit';
import type { Language } from '../../content/localized.ts';
import type { FieldErrorView } from '../../protocol/views.ts';
import { pick, t } from '../i18n.ts';
import { inputIdFor } from './field-ids.ts';

function focusField(event: Event, fieldId: string): void {
  // No URL fragment: the address bar must never carry anything of a visit.
  event.preventDefault();
  document.getElementById(inputIdFor(fieldId))?.focus();
}

/** GOV.UK error summary: first on the page, takes focus, each message links to its field with the same words. */
export function errorSummary(lang: Language, errors: FieldErrorView[]) {
  if (!errors.length) return nothing;
  return html`
    <div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${t(lang, 'errorSummaryTitle')}</h2>
      <ul>
        ${errors.map((e) => html`<li><a href="#${inputIdFor(e.fieldId)}" @click=${(ev: Event) => focusField(ev, e.fieldId)}>${pick(lang, e.message)}</a></li>`)}
      </ul>
    </div>
  `;
}
