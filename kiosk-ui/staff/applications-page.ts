// Applications of a day and search by number: status and forwarding for everyone logged in; the answers only on an
// explicit "Показати особові дані", which the server writes to the audit log first. Receipts reprint at the kiosk or desk.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { decisionWords } from '../../protocol/decision.ts';
import type { ApplicationSummary, PersonalDataView } from '../../protocol/staff-api.ts';
import { formatDate } from '../../content/validators/dates.ts';
import { LightElement } from '../components/light-element.ts';
import { STATUS_TEXT } from '../screens/status-text.ts';
import { ApiError, apiGet } from './staff-api-client.ts';
import { answerSections } from './answer-sections.ts';
import { ask, type StaffSocket } from './staff-socket.ts';
import { kyivToday } from '../../content/kyiv-time.ts';
import { FORWARDING_NAMES, dateTime, say, WORDS } from './staff-text.ts';
import { columnHeads } from './table.ts';

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
      this.listError = say(WORDS.applications.chooseDay);
      return;
    }
    this.day = day;
    this.listError = '';
    try {
      this.list = await apiGet<ApplicationSummary[]>(`/applications?day=${encodeURIComponent(day)}`);
      this.listTitle = day === kyivToday() ? say(WORDS.applications.today) : say(WORDS.applications.ofDay, { day: formatDate(day) });
    } catch {
      this.listError = say(WORDS.applications.listFailed);
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
      this.searchError = say(WORDS.applications.enterNumber);
      return;
    }
    this.searchError = '';
    let found: ApplicationSummary[];
    try {
      found = await apiGet<ApplicationSummary[]>(`/applications?number=${encodeURIComponent(number)}`);
    } catch {
      this.searchError = say(WORDS.applications.searchFailed);
      return;
    }
    this.list = found;
    this.listTitle = say(WORDS.applications.searchTitle, { number });
    if (found[0]) await this.open(found[0]);
    else this.searchError = say(WORDS.applications.notFound);
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
      this.message = say(error instanceof ApiError && error.status === 410 ? WORDS.applications.personalGone : WORDS.applications.personalFailed);
    }
  }

  private hidePersonalData(): void {
    this.personal = undefined;
    this.querySelector<HTMLElement>('#application-heading')?.focus();
  }

  private async reprint(printer: 'kiosk' | 'desk'): Promise<void> {
    if (!this.selected) return;
    const ack = await ask(this.socket, 'receipt:reprint', { applicationNumber: this.selected.number, printer });
    this.message = ack.ok ? say(printer === 'desk' ? WORDS.applications.reprintedDesk : WORDS.applications.reprintQueued) : ack.error.message.uk;
  }

  private renderDetail(a: ApplicationSummary) {
    return html`
      <section class="panel" aria-labelledby="application-heading">
        <h2 id="application-heading" tabindex="-1">${say(WORDS.applications.heading, { number: a.number })}</h2>
        <dl class="answers">
          <div><dt>${say(WORDS.common.service)}</dt><dd>${a.serviceTitle.uk}</dd></div>
          <div><dt>${say(WORDS.common.kiosk)}</dt><dd>${a.kioskId}</dd></div>
          <div><dt>${say(WORDS.common.submitted)}</dt><dd>${dateTime(a.submittedAt)}</dd></div>
          <div><dt>${say(WORDS.applications.status)}</dt><dd>${STATUS_TEXT[a.status].title.uk}${a.statusReason ? `. ${a.statusReason.uk}` : ''}</dd></div>
          ${a.status === 'granted' ? html`<div><dt>${say(WORDS.applications.decision)}</dt><dd>${decisionWords(a.decision).uk}</dd></div>` : nothing}
          <div>
            <dt>${say(WORDS.applications.forwarding)}</dt>
            <dd>
              ${FORWARDING_NAMES[a.forwarding.state]}${a.forwarding.forwardedAt ? ` ${dateTime(a.forwarding.forwardedAt)}` : ''}
              ${a.forwarding.attempts ? `, ${say(WORDS.applications.attempts, { attempts: a.forwarding.attempts })}` : ''}${a.forwarding.lastError ? `; ${say(WORDS.applications.lastError, { error: a.forwarding.lastError })}` : ''}
            </dd>
          </div>
        </dl>
        <p class="feedback" role="status">${this.message}</p>
        <div class="button-row">
          <button class="button button-secondary" type="button" @click=${() => void this.reprint('kiosk')}>${say(WORDS.applications.reprintKiosk, { kioskId: a.kioskId })}</button>
          <button class="button button-secondary" type="button" @click=${() => void this.reprint('desk')}>${say(WORDS.applications.reprintDesk)}</button>
        </div>
        ${
          a.personalDataDeleted
            ? html`<p>${say(WORDS.applications.personalGoneHere)}</p>`
            : this.personal
              ? html`<h3 id="personal-heading" tabindex="-1">${say(WORDS.applications.personalHeading)}</h3>
                <button class="button button-secondary" type="button" @click=${() => this.hidePersonalData()}>${say(WORDS.applications.hidePersonal)}</button>
                ${answerSections(this.personal.sections)}`
              : html`<p>${say(WORDS.applications.personalLogged)}</p>
                <button class="button button-primary" type="button" @click=${() => void this.showPersonalData()}>${say(WORDS.applications.showPersonal)}</button>`
        }
      </section>
    `;
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">${say(WORDS.console.pages.applications)}</h1>
      <div class="filters">
        <form @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.loadDay(String(new FormData(e.target as HTMLFormElement).get('day'))))}>
          <div class="field">
            <label for="day">${say(WORDS.common.day)}</label>
            <input id="day" name="day" type="date" .value=${this.day} max=${kyivToday()} />
          </div>
          <button class="button button-secondary" type="submit">${say(WORDS.common.show)}</button>
        </form>
        <form @submit=${(e: SubmitEvent) => void this.search(e)} novalidate>
          <div class="field">
            <label for="number">${say(WORDS.common.applicationNumber)}</label>
            ${this.searchError ? html`<p class="field-error" id="number-error">${this.searchError}</p>` : nothing}
            <input id="number" name="number" autocapitalize="characters" spellcheck="false" aria-describedby=${this.searchError ? 'number-error' : nothing} />
          </div>
          <button class="button button-secondary" type="submit">${say(WORDS.applications.find)}</button>
        </form>
      </div>
      ${this.listError ? html`<p class="notice notice-error" role="alert">${this.listError}</p>` : nothing}
      ${this.selected ? this.renderDetail(this.selected) : nothing}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">${this.listTitle}</h2>
        ${
          !this.list
            ? html`<p>${say(WORDS.common.loading)}</p>`
            : this.list.length
              ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="list-heading">
                <table>
                  ${columnHeads([say(WORDS.common.number), say(WORDS.common.kiosk), say(WORDS.common.service), say(WORDS.common.submitted), say(WORDS.applications.status), say(WORDS.applications.forwarding)])}
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
              : html`<p>${say(WORDS.applications.none)}</p>`
        }
      </section>
    `;
  }
}
