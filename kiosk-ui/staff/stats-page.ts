// Anonymous statistics of the centre as tables with bars (a chart a screen reader can read), and a CSV download.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CentreStats } from '../../protocol/staff-api.ts';
import { formatDate } from '../../content/validators/dates.ts';
import { LightElement } from '../components/light-element.ts';
import { ApiError, apiGet, staffFetch } from './staff-api-client.ts';
import { kyivToday } from '../../content/kyiv-time.ts';

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const minutes = (seconds: number) => `${Math.floor(seconds / 60)} хв ${String(seconds % 60).padStart(2, '0')} с`;

function bars<T>(caption: string, columns: [string, string], rows: T[], label: (row: T) => string, value: (row: T) => number, extra?: (row: T) => string) {
  const max = Math.max(1, ...rows.map(value));
  return html`<table class="bar-table">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${columns[0]}</th><th scope="col">${columns[1]}</th>${extra ? html`<th scope="col">Медіана часу</th>` : nothing}</tr></thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          <th scope="row">${label(row)}</th>
          <td><span class="bar" style="width: ${(value(row) / max) * 100}%" aria-hidden="true"></span> ${value(row)}</td>
          ${extra ? html`<td>${extra(row)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

@customElement('staff-stats')
export class StaffStatsElement extends LightElement {
  @state() accessor from = `${kyivToday().slice(0, 8)}01`;
  @state() accessor to = kyivToday();
  @state() accessor stats: CentreStats | undefined;
  @state() accessor error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.stats = await apiGet<CentreStats>(`/stats?from=${this.from}&to=${this.to}`);
      this.error = '';
    } catch (error) {
      this.stats = undefined;
      this.error =
        error instanceof ApiError && error.status === 400 ? 'Перевірте дати: «з» не пізніше за «по», не більше року' : 'Не вдалося отримати статистику';
    }
  }

  /** The CSV through the API (with its header), saved by the browser as a file. */
  private async download(): Promise<void> {
    const response = await staffFetch(`/stats.csv?from=${this.from}&to=${this.to}`).catch(() => undefined);
    if (!response?.ok) {
      this.error = 'Не вдалося завантажити CSV. Перевірте дати і спробуйте ще раз';
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: `vikno-stats-${this.from}-${this.to}.csv` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.from = String(data.get('from'));
    this.to = String(data.get('to'));
    void this.load();
  }

  protected override render() {
    const s = this.stats;
    return html`
      <h1 tabindex="-1">Статистика</h1>
      <p>Без особових даних: лише кількість візитів, послуги, тривалість і налаштування.</p>
      <form class="filters" @submit=${(e: SubmitEvent) => this.submit(e)}>
        <div class="field"><label for="from">З</label><input id="from" name="from" type="date" .value=${this.from} /></div>
        <div class="field"><label for="to">По</label><input id="to" name="to" type="date" .value=${this.to} /></div>
        <button class="button button-secondary" type="submit">Показати</button>
        <button class="button button-secondary" type="button" @click=${() => void this.download()}>Завантажити CSV</button>
      </form>
      ${this.error ? html`<p class="notice notice-error" role="alert">${this.error}</p>` : nothing}
      ${
        s
          ? html`
            <dl class="figures">
              <div><dt>Візитів</dt><dd>${s.visits}</dd></div>
              <div><dt>Закінчилися заявою</dt><dd>${s.submittedVisits} (${Math.round(s.completionRate * 100)} %)</dd></div>
              <div><dt>З голосовим супроводом</dt><dd>${s.voiceModeVisits} (${percent(s.voiceModeVisits, s.visits)} %)</dd></div>
              <div><dt>З великим текстом</dt><dd>${s.largeTextVisits} (${percent(s.largeTextVisits, s.visits)} %)</dd></div>
            </dl>
            ${
              s.services.length
                ? bars(
                    'Заяви за послугами',
                    ['Послуга', 'Заяв'],
                    s.services,
                    (r) => r.title.uk,
                    (r) => r.applications,
                    (r) => minutes(r.medianSeconds),
                  )
                : html`<p>Заяв за цей час немає.</p>`
            }
            ${
              s.leftAt.length
                ? bars(
                    'Де люди припиняють, не подавши заяву',
                    ['Крок', 'Візитів'],
                    s.leftAt,
                    (r) => r.title.uk,
                    (r) => r.visits,
                  )
                : nothing
            }
            ${
              s.days.length
                ? bars(
                    'Візити за днями',
                    ['День', 'Візитів'],
                    s.days,
                    (r) => formatDate(r.day),
                    (r) => r.visits,
                  )
                : nothing
            }
          `
          : nothing
      }
    `;
  }
}
