// «Особа» on the acceptance page: each identity line with a box to tick once it matches the document in hand, and
// «Виправити» opening a form beside it: the new value (checked by the server as the kiosk checks it) and why.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { FieldType } from '../../content/schema.ts';
import type { DeskVisitView, IdentityCheck, IdentityItemView } from '../../protocol/acceptance.ts';
import type { FieldView } from '../../protocol/views.ts';
import { fieldIdsWith } from '../components/field-ids.ts';
import { readField, renderField } from '../components/fields.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { deskFailure, deskPost } from './desk-api.ts';
import { say, WORDS } from './staff-text.ts';

const W = WORDS.desk.page;
const CORRECT_IDS = fieldIdsWith('correct');
/** The server's reason must be this long. */
const REASON_MIN = 3;

export const identityBoxId = (check: IdentityCheck) => `identity-${check}`;

/** A line's value as shown, or «не вказано». */
export const shownValue = (value: string) => value || say(W.notGiven);

@customElement('staff-desk-identity')
export class StaffDeskIdentityElement extends LightElement {
  @property({ attribute: false }) accessor view!: DeskVisitView;
  @property({ attribute: false }) accessor checked: readonly IdentityCheck[] = [];
  /** The line whose correction form is open. */
  @state() accessor editing: IdentityCheck | undefined;
  @state() accessor formError = '';
  @state() accessor valueError = '';
  @state() accessor reasonError = '';
  @state() accessor busy = false;
  @state() accessor feedback = '';

  /** The answer a line comes from, when the desk may correct it. */
  private correctable(item: IdentityItemView) {
    return item.fieldId ? this.view.correctable.find((c) => c.fieldId === item.fieldId) : undefined;
  }

  private fieldOf(correctable: DeskVisitView['correctable'][number]): FieldView {
    return { id: correctable.fieldId, type: correctable.type as FieldType, label: W.newValue, help: W.newValue, optional: false };
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  private async openForm(item: IdentityItemView): Promise<void> {
    this.editing = item.check;
    this.formError = this.valueError = this.reasonError = '';
    this.feedback = '';
    await this.focusLater(`#${CORRECT_IDS.input(item.fieldId!)}`);
  }

  private async closeForm(item: IdentityItemView): Promise<void> {
    this.editing = undefined;
    await this.focusLater(`#correct-button-${item.check}`);
  }

  private async save(event: SubmitEvent, item: IdentityItemView): Promise<void> {
    event.preventDefault();
    const correctable = this.correctable(item);
    if (!correctable || this.busy) return;
    const form = event.target as HTMLFormElement;
    const value = readField(form, this.fieldOf(correctable));
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    this.valueError = '';
    this.reasonError = reason.length < REASON_MIN ? say(W.enterReason) : '';
    if (this.reasonError) {
      this.formError = this.reasonError;
      await this.focusLater('#correct-error');
      return;
    }
    this.busy = true;
    try {
      const view = await deskPost<DeskVisitView>(`/${this.view.visitId}/correct`, { fieldId: correctable.fieldId, value, reason });
      this.editing = undefined;
      this.formError = '';
      this.feedback = say(W.corrected, { label: item.label.uk });
      emit(this, 'staff-desk-view', view);
      await this.focusLater(`#${identityBoxId(item.check)}`);
    } catch (error) {
      const failure = deskFailure(error);
      // A value the validator refused is said at its box too.
      this.valueError = failure.code === 'invalid_value' ? failure.text : '';
      this.formError = failure.text;
      await this.focusLater('#correct-error');
    } finally {
      this.busy = false;
    }
  }

  private renderForm(item: IdentityItemView, correctable: DeskVisitView['correctable'][number]) {
    const field = this.fieldOf(correctable);
    const [day = '', month = '', year = ''] = correctable.type === 'date' ? correctable.value.split('.') : [];
    const value = correctable.type === 'date' ? { day, month, year } : correctable.value;
    const headingId = `correct-heading-${item.check}`;
    // Keyed by line: what was typed for one answer never stays in another's form.
    return keyed(
      item.check,
      html`<form class="panel correction-form" id="correct-form-${item.check}" aria-labelledby=${headingId} @submit=${(e: SubmitEvent) => void this.save(e, item)} novalidate>
        <h3 id=${headingId}>${say(W.correctHeading, { label: item.label.uk })}</h3>
        ${this.formError ? html`<p class="notice notice-error" id="correct-error" role="alert" tabindex="-1">${this.formError}</p>` : nothing}
        <p>${say(W.currentValue, { value: shownValue(correctable.value) })}</p>
        ${renderField(
          {
            lang: 'uk',
            field,
            value,
            error: this.valueError ? { fieldId: field.id, message: { uk: this.valueError, en: this.valueError } } : undefined,
            asHeading: false,
            ids: CORRECT_IDS,
            markOptional: false,
          },
          field.label,
        )}
        <div class="form-group">
          <label class="label" for="correct-reason">${say(W.reason)}</label>
          <p class="hint" id="correct-reason-hint">${say(W.reasonHint)}</p>
          ${this.reasonError ? html`<p class="error-message" id="correct-reason-error">${this.reasonError}</p>` : nothing}
          <input
            id="correct-reason"
            name="reason"
            maxlength="300"
            autocomplete="off"
            required
            aria-describedby=${this.reasonError ? 'correct-reason-hint correct-reason-error' : 'correct-reason-hint'}
            aria-invalid=${this.reasonError ? 'true' : 'false'}
          />
        </div>
        <div class="button-row">
          <button class="button button-primary" type="submit" ?disabled=${this.busy}>${say(W.save)}</button>
          <button class="button button-secondary" type="button" @click=${() => void this.closeForm(item)}>${say(W.cancel)}</button>
        </div>
      </form>`,
    );
  }

  private renderLine(item: IdentityItemView) {
    const correctable = this.correctable(item);
    const open = this.editing === item.check && correctable;
    const id = identityBoxId(item.check);
    return html`<li>
      <div class="check-line">
        <input
          type="checkbox"
          id=${id}
          .checked=${live(this.checked.includes(item.check))}
          @change=${(e: Event) => emit(this, 'staff-desk-check', { check: item.check, checked: (e.target as HTMLInputElement).checked })}
        />
        <label for=${id}>${say(W.identityLine, { label: item.label.uk, value: shownValue(item.value) })}</label>
        ${
          correctable
            ? html`<button
              class="button button-secondary"
              id="correct-button-${item.check}"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? `correct-form-${item.check}` : nothing}
              @click=${() => void (open ? this.closeForm(item) : this.openForm(item))}
            >
              ${say(W.correct)}<span class="visually-hidden"> ${item.label.uk}</span>
            </button>`
            : nothing
        }
      </div>
      ${open ? this.renderForm(item, correctable) : nothing}
    </li>`;
  }

  protected override render() {
    return html`
      <section aria-labelledby="identity-heading">
        <h2 id="identity-heading">${say(W.identityHeading)}</h2>
        <fieldset class="checks" id="identity-checks">
          <legend>${say(W.identityLegend)}</legend>
          <ul class="check-list">
            ${this.view.identity.map((item) => this.renderLine(item))}
          </ul>
        </fieldset>
        <p class="feedback" role="status">${this.feedback}</p>
      </section>
    `;
  }
}
