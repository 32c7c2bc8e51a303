import { html } from 'lit';

/** A table's head row: one column header per label, in order. */
export function columnHeads(labels: readonly string[]) {
  return html`<thead>
    <tr>
      ${labels.map((label) => html`<th scope="col">${label}</th>`)}
    </tr>
  </thead>`;
}
