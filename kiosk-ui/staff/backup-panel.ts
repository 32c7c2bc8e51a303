// The backups on the dashboard: when the last one was made, and a failing one (or backups being off) as a notice staff
// cannot miss. The console says a new failure to screen readers.
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BackupState } from '../../protocol/staff-events.ts';
import { LightElement } from '../components/light-element.ts';
import { dateTime, say, WORDS } from './staff-text.ts';

@customElement('staff-backup')
export class StaffBackupElement extends LightElement {
  /** undefined until the server has said. */
  @property({ attribute: false }) accessor state: BackupState | undefined;

  /** Why, in the console's words; the server's own (English) words only for a failure it has no name for. */
  private reason(state: BackupState): string {
    return say(WORDS.backup.reasons[state.reason ?? 'other'], { dir: state.dir ?? '', error: state.error ?? '' });
  }

  private renderState(state: BackupState) {
    const words = WORDS.backup;
    if (state.state === 'off') return html`<p class="notice notice-warning">${say(words.off)}</p>`;
    return html`
      <p>${state.lastSuccessAt ? say(words.last, { time: dateTime(state.lastSuccessAt) }) : say(words.none)}</p>
      ${
        state.state === 'failing'
          ? html`<p class="notice notice-error">${say(words.failing, { since: state.failingSince ? dateTime(state.failingSince) : '—', reason: this.reason(state) })}</p>`
          : nothing
      }
    `;
  }

  protected override render() {
    return html`
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">${say(WORDS.backup.heading)}</h2>
        ${this.state ? this.renderState(this.state) : html`<p>${say(WORDS.common.loading)}</p>`}
      </section>
    `;
  }
}
