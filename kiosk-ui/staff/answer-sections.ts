import { html } from 'lit';
import type { AnswerSectionView } from '../../protocol/views.ts';

/** A person's answers as the console shows them: each part of the flow under an h4, its rows as a description list. */
export function answerSections(sections: readonly AnswerSectionView[]) {
  return sections.map(
    (section) => html`<h4>${section.title.uk}</h4>
      <dl class="answers">
        ${section.rows.map((row) => html`<div><dt>${row.label.uk}</dt><dd>${row.value.uk}</dd></div>`)}
      </dl>`,
  );
}
