// Applications of a day and search by number: status and forwarding for everyone logged in; the answers only on an
// explicit "Показати особові дані", which the server writes to the audit log first. Receipts reprint at the kiosk or desk.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApplicationSummary, PersonalDataView } from '../../protocol/staff-api.ts';
import { formatDate } from '../../content/validators/dates.ts';
import { LightElement } from '../components/light-element.ts';
import { STATUS_TEXT } from '../screens/status-text.ts';
import { ApiError, apiGet } from './staff-api-client.ts';
import { ask, type StaffSocket } from './staff-console.ts';
import { kyivToday } from '../../content/kyiv-time.ts';
import { FORWARDING_NAMES, dateTime } from './staff-text.ts';

@customElement('staff-applications')
export class StaffApplicationsElement extends LightElement {
  @property({ attribute: false }) accessor socket!: StaffSocket;
  @state() accessor day = kyivToday();
  @state() accessor list: ApplicationSummary[] | undefined;
  @state() accessor listTitle = '';
  @state() accessor selected: ApplicationSummary | undefined;
  @state() accessor personal: PersonalDataView | undefined;
  @state() accessor message = '';
  @state() accessor searchError = '';
  @state() accessor listError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadDay(this.day);
  }

  private async loadDay(day: string): Promise<void> {
    this.selected = undefined;
    this.personal = undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      this.searchError = '';
      this.listError = 'Виберіть день, наприклад сьогоднішній';
      return;
    }
    this.day = day;
    this.listError = '';
    try {
      this.list = await apiGet<ApplicationSummary[]>(`/applications?day=${encodeURIComponent(day)}`);
      this.listTitle = day === kyivToday() ? 'Заяви за сьогодні' : `Заяви за ${formatDate(day)}`;
    } catch {
      this.listError = 'Не вдалося отримати заяви. Перевірте звʼязок і натисніть «Показати» ще раз';
    }
  }

  private async search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const number = String(new FormData(event.target as HTMLFormElement).get('number') ?? '')
      .trim()
      .toUpperCase();
    // Whatever was open (and any personal data shown) goes before the next search.
    this.selected = undefined;
    this.personal = undefined;
    if (!number) {
      this.searchError = 'Введіть номер заяви, наприклад K01-2026-000123';
      return;
    }
    this.searchError = '';
    let found: ApplicationSummary[];
    try {
      found = await apiGet<ApplicationSummary[]>(`/applications?number=${encodeURIComponent(number)}`);
    } catch {
      this.searchError = 'Не вдалося знайти: сервер не відповів. Спробуйте ще раз';
      return;
    }
    this.list = found;
    this.listTitle = `Пошук: ${number}`;
    if (found[0]) await this.open(found[0]);
    else this.searchError = 'Заяви з таким номером немає. Перевірте номер на квитанції, наприклад K01-2026-000123';
  }

  private async open(application: ApplicationSummary): Promise<void> {
    this.selected = application;
    this.personal = undefined;
    this.message = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('#application-heading')?.focus();
  }

  private async showPersonalData(): Promise<void> {
    const asked = this.selected;
    if (!asked) return;
    try {
      const personal = await apiGet<PersonalDataView>(`/applications/${asked.number}/personal-data`);
      // Another application was opened meanwhile: these answers are not shown under it.
      if (this.selected !== asked) return;
      this.personal = personal;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#personal-heading')?.focus();
    } catch (error) {
      this.message =
        error instanceof ApiError && error.status === 410 ? 'Особові дані видалено після строку зберігання.' : 'Не вдалося отримати дані. Спробуйте ще раз.';
    }
  }

  private hidePersonalData(): void {
    this.personal = undefined;
    this.querySelector<HTMLElement>('#application-heading')?.focus();
  }

  private async reprint(printer: 'kiosk' | 'desk'): Promise<void> {
    if (!this.selected) return;
    const ack = await ask(this.socket, 'receipt:reprint', { applicationNumber: this.selected.number, printer });
    this.message = ack.ok
      ? printer === 'desk'
        ? 'Квитанцію надруковано на принтері працівника.'
        : 'Квитанцію поставлено в чергу на принтер кіоску.'
      : ack.error.message.uk;
  }

  private renderDetail(a: ApplicationSummary) {
    return html`
      <section class="panel" aria-labelledby="application-heading">
        <h2 id="application-heading" tabindex="-1">Заява ${a.number}</h2>
        <dl class="answers">
          <div><dt>Послуга</dt><dd>${a.serviceTitle.uk}</dd></div>
          <div><dt>Кіоск</dt><dd>${a.kioskId}</dd></div>
          <div><dt>Подано</dt><dd>${dateTime(a.submittedAt)}</dd></div>
          <div><dt>Стан</dt><dd>${STATUS_TEXT[a.status].title.uk}${a.statusReason ? `. ${a.statusReason.uk}` : ''}</dd></div>
          <div>
            <dt>Передача</dt>
            <dd>
              ${FORWARDING_NAMES[a.forwarding.state]}${a.forwarding.forwardedAt ? ` ${dateTime(a.forwarding.forwardedAt)}` : ''}
              ${a.forwarding.attempts ? `, спроб: ${a.forwarding.attempts}` : ''}${a.forwarding.lastError ? `; остання помилка: ${a.forwarding.lastError}` : ''}
            </dd>
          </div>
        </dl>
        <p class="feedback" role="status">${this.message}</p>
        <div class="button-row">
          <button class="button button-secondary" type="button" @click=${() => void this.reprint('kiosk')}>Друкувати квитанцію на кіоску ${a.kioskId}</button>
          <button class="button button-secondary" type="button" @click=${() => void this.reprint('desk')}>Друкувати квитанцію на столі працівника</button>
        </div>
        ${
          a.personalDataDeleted
            ? html`<p>Особові дані цієї заяви видалено після строку зберігання.</p>`
            : this.personal
              ? html`<h3 id="personal-heading" tabindex="-1">Особові дані</h3>
                <button class="button button-secondary" type="button" @click=${() => this.hidePersonalData()}>Приховати особові дані</button>
                ${this.personal.sections.map(
                  (section) => html`<h4>${section.title.uk}</h4>
                    <dl class="answers">${section.rows.map((row) => html`<div><dt>${row.label.uk}</dt><dd>${row.value.uk}</dd></div>`)}</dl>`,
                )}`
              : html`<p>Перегляд особових даних записується в журнал доступу: хто, коли, яка заява.</p>
                <button class="button button-primary" type="button" @click=${() => void this.showPersonalData()}>Показати особові дані</button>`
        }
      </section>
    `;
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">Заяви</h1>
      <div class="filters">
        <form @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.loadDay(String(new FormData(e.target as HTMLFormElement).get('day'))))}>
          <div class="field">
            <label for="day">День</label>
            <input id="day" name="day" type="date" .value=${this.day} max=${kyivToday()} />
          </div>
          <button class="button button-secondary" type="submit">Показати</button>
        </form>
        <form @submit=${(e: SubmitEvent) => void this.search(e)} novalidate>
          <div class="field">
            <label for="number">Номер заяви</label>
            ${this.searchError ? html`<p class="field-error" id="number-error">${this.searchError}</p>` : nothing}
            <input id="number" name="number" autocapitalize="characters" spellcheck="false" aria-describedby=${this.searchError ? 'number-error' : nothing} />
          </div>
          <button class="button button-secondary" type="submit">Знайти</button>
        </form>
      </div>
      ${this.listError ? html`<p class="notice notice-error" role="alert">${this.listError}</p>` : nothing}
      ${this.selected ? this.renderDetail(this.selected) : nothing}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">${this.listTitle}</h2>
        ${
          !this.list
            ? html`<p>Завантаження…</p>`
            : this.list.length
              ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="list-heading">
                <table>
                  <thead>
                    <tr><th scope="col">Номер</th><th scope="col">Кіоск</th><th scope="col">Послуга</th><th scope="col">Подано</th><th scope="col">Стан</th><th scope="col">Передача</th></tr>
                  </thead>
                  <tbody>
                    ${this.list.map(
                      (a) => html`<tr>
                        <th scope="row"><button class="link-button" type="button" @click=${() => void this.open(a)}>${a.number}</button></th>
                        <td>${a.kioskId}</td>
                        <td>${a.serviceTitle.uk}</td>
                        <td>${dateTime(a.submittedAt)}</td>
                        <td>${STATUS_TEXT[a.status].title.uk}</td>
                        <td>${FORWARDING_NAMES[a.forwarding.state]}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
              : html`<p>Заяв немає.</p>`
        }
      </section>
    `;
  }
}
