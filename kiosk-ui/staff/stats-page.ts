// Anonymous statistics of the centre as tables with bars (a chart a screen reader can read), and a CSV download.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CentreStats } from '../../protocol/staff-api.ts';
import { formatDate } from '../../content/validators/dates.ts';
import { LightElement } from '../components/light-element.ts';
import { ApiError, apiGet, staffFetch } from './staff-api-client.ts';
import { kyivToday } from '../../content/kyiv-time.ts';
import { say, WORDS } from './staff-text.ts';

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const minutes = (seconds: number) => say(WORDS.stats.duration, { minutes: Math.floor(seconds / 60), seconds: String(seconds % 60).padStart(2, '0') });

/** What became of each service's applications at the desk: a plain table, one column per outcome. */
function acceptanceTable(rows: CentreStats['acceptance']) {
  const outcomes = ['submitted', 'accepted', 'waiting', 'refused', 'expired'] as const;
  return html`<table>
    <caption>${say(WORDS.stats.byAcceptance)}</caption>
    <thead>
      <tr>
        <th scope="col">${say(WORDS.common.service)}</th>
        ${outcomes.map((outcome) => html`<th scope="col">${say(WORDS.stats[outcome])}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => html`<tr><th scope="row">${row.title.uk}</th>${outcomes.map((outcome) => html`<td>${row[outcome]}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

function bars<T>(caption: string, columns: [string, string], rows: T[], label: (row: T) => string, value: (row: T) => number, extra?: (row: T) => string) {
  const max = Math.max(1, ...rows.map(value));
  return html`<table class="bar-table">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${columns[0]}</th><th scope="col">${columns[1]}</th>${extra ? html`<th scope="col">${say(WORDS.stats.medianTime)}</th>` : nothing}</tr></thead>
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
      this.error = say(error instanceof ApiError && error.status === 400 ? WORDS.stats.datesWrong : WORDS.stats.failed);
    }
  }

  /** The CSV through the API (with its header), saved by the browser as a file. */
  private async download(): Promise<void> {
    const response = await staffFetch(`/stats.csv?from=${this.from}&to=${this.to}`).catch(() => undefined);
    if (!response?.ok) {
      this.error = say(WORDS.stats.csvFailed);
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
      <h1 tabindex="-1">${say(WORDS.console.pages.stats)}</h1>
      <p>${say(WORDS.stats.intro)}</p>
      <form class="filters" @submit=${(e: SubmitEvent) => this.submit(e)}>
        <div class="field"><label for="from">${say(WORDS.stats.from)}</label><input id="from" name="from" type="date" .value=${this.from} /></div>
        <div class="field"><label for="to">${say(WORDS.stats.to)}</label><input id="to" name="to" type="date" .value=${this.to} /></div>
        <button class="button button-secondary" type="submit">${say(WORDS.common.show)}</button>
        <button class="button button-secondary" type="button" @click=${() => void this.download()}>${say(WORDS.stats.download)}</button>
      </form>
      ${this.error ? html`<p class="notice notice-error" role="alert">${this.error}</p>` : nothing}
      ${
        s
          ? html`
            <dl class="figures">
              <div><dt>${say(WORDS.stats.visits)}</dt><dd>${s.visits}</dd></div>
              <div><dt>${say(WORDS.stats.endedInApplication)}</dt><dd>${s.submittedVisits} (${Math.round(s.completionRate * 100)} %)</dd></div>
              <div><dt>${say(WORDS.stats.withVoice)}</dt><dd>${s.voiceModeVisits} (${percent(s.voiceModeVisits, s.visits)} %)</dd></div>
              <div><dt>${say(WORDS.stats.withLargeText)}</dt><dd>${s.largeTextVisits} (${percent(s.largeTextVisits, s.visits)} %)</dd></div>
            </dl>
            ${
              s.services.length
                ? bars(
                    say(WORDS.stats.byService),
                    [say(WORDS.common.service), say(WORDS.stats.applications)],
                    s.services,
                    (r) => r.title.uk,
                    (r) => r.applications,
                    (r) => minutes(r.medianSeconds),
                  )
                : html`<p>${say(WORDS.stats.noApplications)}</p>`
            }
            ${s.acceptance.length ? acceptanceTable(s.acceptance) : nothing}
            ${
              s.leftAt.length
                ? bars(
                    say(WORDS.stats.leftAt),
                    [say(WORDS.stats.step), say(WORDS.stats.visits)],
                    s.leftAt,
                    (r) => r.title.uk,
                    (r) => r.visits,
                  )
                : nothing
            }
            ${
              s.days.length
                ? bars(
                    say(WORDS.stats.byDay),
                    [say(WORDS.common.day), say(WORDS.stats.visits)],
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
