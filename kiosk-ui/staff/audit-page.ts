// The audit log (admins only): who looked at or acted on what, newest first. Read-only: the app has no way to change it.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AuditRowView } from '../../protocol/staff-api.ts';
import { LightElement } from '../components/light-element.ts';
import { apiGet } from './staff-api-client.ts';
import { AUDIT_ACTION_NAMES, dateTime } from './staff-text.ts';

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
      this.error = 'Не вдалося прочитати журнал. Перевірте номер заяви (наприклад K01-2026-000123)';
    }
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">Журнал доступу</h1>
      <p>Кожен перегляд особових даних і кожна дія із заявою. Журнал лише доповнюється: змінити чи видалити запис не можна.</p>
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
        <div class="field"><label for="audit-application">Номер заяви</label><input id="audit-application" name="application" .value=${this.filter} /></div>
        <button class="button button-secondary" type="submit">Показати</button>
      </form>
      ${this.error ? html`<p class="notice notice-error" role="alert">${this.error}</p>` : nothing}
      <div class="table-scroll" tabindex="0" role="region" aria-label="Записи журналу">
        <table>
          <thead>
            <tr><th scope="col">Коли</th><th scope="col">Хто</th><th scope="col">Дія</th><th scope="col">Заява</th><th scope="col">Кіоск</th><th scope="col">Подробиці</th></tr>
          </thead>
          <tbody>
            ${this.rows.length ? nothing : html`<tr><td colspan="6">Записів немає.</td></tr>`}
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
      ${this.more ? html`<button class="button button-secondary" type="button" @click=${() => void this.load(this.rows.at(-1)?.id)}>Показати ще</button>` : nothing}
    `;
  }
}
