// «Прийом заяви», one visit: the identity to compare (acceptance-identity.ts), each application's answers and
// documents to mark, the corrections made, the forms to print and sign, and the decision (acceptance-decision.ts).
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatDate } from '../../content/validators/dates.ts';
import { IDENTITY_CHECKS, type DeskApplicationView, type DeskVisitView, type DocumentMark, type IdentityCheck } from '../../protocol/acceptance.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { identityBoxId, shownValue } from './acceptance-identity.ts';
import { answerSections } from './answer-sections.ts';
import { deskFailure, deskPost, type DeskFailure } from './desk-api.ts';
import { clockTime, dateTime, say, WORDS } from './staff-text.ts';
import './acceptance-decision.ts';
import './acceptance-identity.ts';

const W = WORDS.desk.page;

/** What the page says went wrong, and where the fix is (the alert links there). */
export interface VisitError {
  text: string;
  target?: string;
}

export const documentRadioId = (number: string, documentId: string, mark: DocumentMark) => `doc-${number}-${documentId}-${mark}`;

/** The official forms were printed before the latest correction (or not at all): they must be printed again. */
export function formsOutdated(view: DeskVisitView): boolean {
  const latest = view.corrections.at(-1)?.at;
  return !!latest && !!view.formsPrintedAt && Date.parse(latest) > Date.parse(view.formsPrintedAt);
}

@customElement('staff-acceptance-visit')
export class StaffAcceptanceVisitElement extends LightElement {
  @property({ attribute: false }) accessor view!: DeskVisitView;
  @state() accessor checked: IdentityCheck[] = [];
  /** Each application's documents, «Переглянуто» or «Не подано». */
  @state() accessor marks: Record<string, Record<string, DocumentMark>> = {};
  @state() accessor error: VisitError | undefined;
  @state() accessor printing = false;
  /** Accepted, refused or closed: nothing is left to let go when the page goes. */
  private decided = false;

  protected override firstUpdated(): void {
    this.querySelector<HTMLElement>('h1')?.focus();
  }

  override disconnectedCallback(): void {
    // Left without a decision (another page, logged out): another member of staff may open it at once.
    if (!this.decided) void deskPost(`/${this.view.visitId}/release`).catch(() => undefined);
    super.disconnectedCallback();
  }

  /** Shows what went wrong at the top of the page and moves focus there. */
  private async showError(error: VisitError): Promise<void> {
    this.error = error;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#visit-error')?.focus();
  }

  /** Where the fix for a refusal of the server's is. */
  private targetOf(code: string | undefined): string | undefined {
    switch (code) {
      case 'identity_unchecked': {
        const unticked = IDENTITY_CHECKS.find((check) => !this.checked.includes(check));
        return unticked && identityBoxId(unticked);
      }
      case 'documents_unmarked':
        for (const application of this.view.applications)
          for (const document of application.documents)
            if (!this.marks[application.number]?.[document.id]) return documentRadioId(application.number, document.id, 'seen');
        return undefined;
      case 'forms_not_printed':
      case 'forms_outdated':
        return 'print-forms';
      default:
        return undefined;
    }
  }

  private check(check: IdentityCheck, on: boolean): void {
    this.checked = on ? [...new Set([...this.checked, check])] : this.checked.filter((c) => c !== check);
  }

  private mark(number: string, documentId: string, mark: DocumentMark): void {
    this.marks = { ...this.marks, [number]: { ...this.marks[number], [documentId]: mark } };
  }

  private async printForms(): Promise<void> {
    if (this.printing) return;
    this.printing = true;
    try {
      const view = await deskPost<DeskVisitView>(`/${this.view.visitId}/forms`);
      this.error = undefined;
      emit(this, 'staff-desk-view', view);
    } catch (error) {
      await this.showError(deskFailure(error));
    } finally {
      this.printing = false;
    }
  }

  /** Accepted, refused or closed: the page tells the acceptance page what to say. */
  private done(event: CustomEvent<string>): void {
    this.decided = true;
    event.stopPropagation();
    emit(this, 'staff-desk-done', event.detail);
  }

  private focusTarget(event: Event, target: string): void {
    event.preventDefault();
    this.querySelector<HTMLElement>(`#${CSS.escape(target)}`)?.focus();
  }

  private fieldLabel(fieldId: string): string {
    return (
      this.view.correctable.find((c) => c.fieldId === fieldId)?.label.uk ?? this.view.identity.find((item) => item.fieldId === fieldId)?.label.uk ?? fieldId
    );
  }

  /** A corrected value as the page shows the answers: a date as 01.02.1990. */
  private shownAnswer(value: string): string {
    return shownValue(/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value);
  }

  private renderDocuments(application: DeskApplicationView) {
    if (!application.documents.length) return html`<p>${say(W.noDocuments)}</p>`;
    return application.documents.map((document) => {
      const chosen = this.marks[application.number]?.[document.id];
      const radio = (mark: DocumentMark, label: string) => {
        const id = documentRadioId(application.number, document.id, mark);
        return html`<div class="choice">
          <input
            type="radio"
            id=${id}
            name="doc-${application.number}-${document.id}"
            value=${mark}
            .checked=${live(chosen === mark)}
            @change=${() => this.mark(application.number, document.id, mark)}
          />
          <label for=${id}>${label}</label>
        </div>`;
      };
      return html`<fieldset class="choices">
        <legend>${document.title.uk}</legend>
        ${radio('seen', say(W.seen))} ${radio('not_presented', say(W.notPresented))}
      </fieldset>`;
    });
  }

  private renderApplication(application: DeskApplicationView) {
    const headingId = `application-${application.number}`;
    return html`<section class="panel" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${say(W.applicationHeading, { number: application.number, service: application.serviceTitle.uk })}</h2>
      <h3>${say(W.answersHeading)}</h3>
      ${answerSections(application.sections)}
      <h3>${say(W.documentsHeading)}</h3>
      ${this.renderDocuments(application)}
    </section>`;
  }

  private renderCorrections() {
    const { corrections } = this.view;
    if (!corrections.length) return nothing;
    return html`<section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">${say(W.correctionsHeading)}</h2>
      <ul class="corrections">
        ${corrections.map(
          (c) => html`<li>
            <strong>${this.fieldLabel(c.fieldId)}</strong>: ${say(W.correctionChange, { from: this.shownAnswer(c.from), to: this.shownAnswer(c.to) })}<br />
            ${say(W.correctionReason, { reason: c.reason, login: c.staffLogin, time: clockTime(c.at) })}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderForms() {
    const { formsPrintedAt } = this.view;
    return html`<section aria-labelledby="forms-heading">
      <h2 id="forms-heading">${say(W.formsHeading)}</h2>
      <p>${say(W.formsIntro)}</p>
      <button class="button button-primary" id="print-forms" type="button" ?disabled=${this.printing} @click=${() => void this.printForms()}>${say(W.printForms)}</button>
      <div role="status">
        ${formsPrintedAt ? html`<p>${say(W.formsPrinted, { time: clockTime(formsPrintedAt) })}</p>` : nothing}
        ${formsOutdated(this.view) ? html`<p class="notice notice-warning">${say(W.formsOutdated)}</p>` : nothing}
      </div>
    </section>`;
  }

  protected override render() {
    const view = this.view;
    const numbers = view.applications.map((a) => a.number);
    return html`
      <h1 tabindex="-1">${say(W.heading, { numbers: numbers.join(', ') })}</h1>
      <p>${say(W.facts, { kioskId: view.kioskId, time: dateTime(view.submittedAt) })}</p>
      ${
        this.error
          ? html`<p class="notice notice-error" id="visit-error" role="alert" tabindex="-1">
            ${this.error.target ? html`<a href="#${this.error.target}" @click=${(e: Event) => this.focusTarget(e, this.error!.target!)}>${this.error.text}</a>` : this.error.text}
          </p>`
          : nothing
      }
      <staff-desk-identity
        .view=${view}
        .checked=${this.checked}
        @staff-desk-check=${(e: CustomEvent<{ check: IdentityCheck; checked: boolean }>) => this.check(e.detail.check, e.detail.checked)}
      ></staff-desk-identity>
      ${this.renderCorrections()} ${view.applications.map((application) => this.renderApplication(application))} ${this.renderForms()}
      <staff-desk-decision
        .view=${view}
        .checked=${this.checked}
        .marks=${this.marks}
        @staff-desk-error=${(e: CustomEvent<DeskFailure & { target?: string }>) => void this.showError({ text: e.detail.text, target: e.detail.target ?? this.targetOf(e.detail.code) })}
        @staff-desk-decided=${(e: CustomEvent<string>) => this.done(e)}
      ></staff-desk-decision>
    `;
  }
}
