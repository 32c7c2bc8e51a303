// The audit log (admins only): who looked at or acted on what, newest first. Read-only: the app has no way to change it.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AuditRowView } from '../../protocol/staff-api.ts';
import { LightElement } from '../components/light-element.ts';
import { apiGet } from './staff-api-client.ts';
import { AUDIT_ACTION_NAMES, dateTime, say, WORDS } from './staff-text.ts';
import { columnHeads } from './table.ts';

const PAGE = 100;

@customElement('staff-audit')
export class StaffAuditElement extends LightElement {
  @state() accessor rows: AuditRowView[] = [];
  @state() accessor more = false;
  @state() accessor filter = '';
  @state() accessor error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(before?: number): Promise<void> {
    const query = new URLSearchParams();
    if (this.filter) query.set('application', this.filter);
    if (before) query.set('before', String(before));
    try {
      const rows = await apiGet<AuditRowView[]>(`/audit?${query}`);
      this.rows = before ? [...this.rows, ...rows] : rows;
      this.more = rows.length === PAGE;
      this.error = '';
    } catch {
      this.error = say(WORDS.audit.readFailed);
    }
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">${say(WORDS.console.pages.audit)}</h1>
      <p>${say(WORDS.audit.intro)}</p>
      <form
        class="filters"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          this.filter = String(new FormData(e.target as HTMLFormElement).get('application') ?? '')
            .trim()
            .toUpperCase();
          void this.load();
        }}
      >
        <div class="field"><label for="audit-application">${say(WORDS.common.applicationNumber)}</label><input id="audit-application" name="application" .value=${this.filter} /></div>
        <button class="button button-secondary" type="submit">${say(WORDS.common.show)}</button>
      </form>
      ${this.error ? html`<p class="notice notice-error" role="alert">${this.error}</p>` : nothing}
      <div class="table-scroll" tabindex="0" role="region" aria-label=${say(WORDS.audit.entries)}>
        <table>
          ${columnHeads([say(WORDS.audit.columns.when), say(WORDS.audit.columns.who), say(WORDS.audit.columns.action), say(WORDS.audit.columns.application), say(WORDS.audit.columns.kiosk), say(WORDS.audit.columns.details)])}
          <tbody>
            ${this.rows.length ? nothing : html`<tr><td colspan="6">${say(WORDS.audit.none)}</td></tr>`}
            ${this.rows.map(
              (row) => html`<tr>
                <td>${dateTime(row.at)}</td>
                <td>${row.staffLogin}</td>
                <td>${AUDIT_ACTION_NAMES[row.action] ?? row.action}</td>
                <td>${row.applicationNumber ?? '—'}</td>
                <td>${row.kioskId ?? '—'}</td>
                <td>${row.detail ?? ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.more ? html`<button class="button button-secondary" type="button" @click=${() => void this.load(this.rows.at(-1)?.id)}>${say(WORDS.audit.more)}</button>` : nothing}
    `;
  }
}
