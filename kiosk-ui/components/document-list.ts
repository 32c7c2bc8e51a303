import { html, nothing } from 'lit';
import type { Language, Localized } from '../../content/localized.ts';
import { pick } from '../i18n.ts';

/** The documents a person must bring, under a heading; nothing when there are none. */
export function documentList(lang: Language, heading: string, documents: Localized[], level: 'h2' | 'h3' = 'h2') {
  if (!documents.length) return nothing;
  const title = level === 'h2' ? html`<h2 class="section-heading">${heading}</h2>` : html`<h3 class="subsection-heading">${heading}</h3>`;
  return html`${title}
    <ul class="bullets">
      ${documents.map((d) => html`<li>${pick(lang, d)}</li>`)}
    </ul>`;
}
