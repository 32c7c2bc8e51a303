import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { RawValue } from '../../content/validators/fields.ts';
import type { FieldView, QuestionScreen } from '../../protocol/views.ts';
import { errorSummary } from '../components/error-summary.ts';
import { inputIdFor } from '../components/field-ids.ts';
import { readField, renderField } from '../components/fields.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import { pick, t } from '../i18n.ts';
import '../keyboard/onscreen-keyboard.ts';
import { keyboardFor } from '../../content/keyboard-layouts.ts';

export interface AnswerDetail {
  stepId: string;
  values: Record<string, RawValue>;
}

/** One question per page (GOV.UK): the question is the h1, errors first with a summary, Continue and Back. */
@customElement('vk-question-screen')
export class QuestionScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: QuestionScreen;
  @property() accessor language: Language = 'uk';
  /** The voice guide is on: the keyboard offers its read and spell keys. */
  @property({ type: Boolean }) accessor voice = false;
  /** The text box the on-screen keyboard types into: the last one focused (the first one to begin with). */
  @state() accessor keyboardTarget = '';

  /**
   * What the person has typed or chosen since the screen came, by input name. The screen draws again when the keyboard
   * moves to another box or the language changes; drawing from these keeps every answer in progress where it was.
   */
  private drafts = new Map<string, string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('view')) return;
    this.drafts = new Map();
    if (!this.fieldOfInput(this.keyboardTarget)) this.keyboardTarget = this.typedFields()[0] ? inputIdFor(this.typedFields()[0]!.id) : '';
  }

  private onInput(event: Event): void {
    const el = event.target;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') this.drafts.set(el.name, el.checked ? 'yes' : '');
    else this.drafts.set(el.name, el.value);
  }

  /** The value to draw for a field: what is being typed, else what the server has. */
  private shownValue(field: FieldView): RawValue | undefined {
    const saved = this.view.values[field.id];
    if (field.type !== 'date') return this.drafts.get(field.id) ?? saved;
    const parts = typeof saved === 'object' ? saved : { day: '', month: '', year: '' };
    const part = (key: 'day' | 'month' | 'year') => this.drafts.get(`${field.id}.${key}`) ?? parts[key];
    return { day: part('day'), month: part('month'), year: part('year') };
  }

  private typedFields() {
    return this.view.fields.filter((field) => keyboardFor(field.type, this.language));
  }

  /** The field a text box belongs to (a date has three boxes: the day's id is the field's, then -month and -year). */
  private fieldOfInput(id: string) {
    const boxesOf = (field: FieldView) => {
      const base = inputIdFor(field.id);
      return field.type === 'date' ? [base, `${base}-month`, `${base}-year`] : [base];
    };
    return this.typedFields().find((field) => boxesOf(field).includes(id));
  }

  private onFocusIn(event: FocusEvent): void {
    const el = event.target;
    if ((el instanceof HTMLInputElement && el.type === 'text') || el instanceof HTMLTextAreaElement) {
      if (this.fieldOfInput(el.id)) this.keyboardTarget = el.id;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values: Record<string, RawValue> = {};
    for (const field of this.view.fields) values[field.id] = readField(form, field);
    emit<AnswerDetail>(this, 'vk-answer', { stepId: this.view.stepId, values });
  }

  /** A one-field step whose heading is the field's own label: the label (or legend) itself is the h1. */
  private get fieldIsHeading(): boolean {
    const [only] = this.view.fields;
    return this.view.fields.length === 1 && !!only && only.label.uk === this.view.heading.uk && only.type !== 'consent';
  }

  protected override render() {
    const { view, language: lang } = this;
    const asHeading = this.fieldIsHeading;
    const keyboardField = this.fieldOfInput(this.keyboardTarget);
    const fields = view.fields.map(
      (field) =>
        html`${renderField(
          { lang, field, value: this.shownValue(field), error: view.errors.find((e) => e.fieldId === field.id), asHeading },
          view.heading,
          asHeading ? view.hint : undefined,
        )}${
          field === keyboardField
            ? html`<vk-onscreen-keyboard
            .targetId=${this.keyboardTarget}
            .fieldType=${field.type}
            .label=${pick(lang, field.label)}
            .language=${lang}
            .voice=${this.voice}
          ></vk-onscreen-keyboard>`
            : nothing
        }`,
    );
    return html`
      <form class="question" novalidate @submit=${this.onSubmit} @focusin=${this.onFocusIn} @input=${this.onInput}>
        ${errorSummary(lang, view.errors)}
        <p class="caption">
          <span>${pick(lang, view.sectionTitle)}</span>
          <span class="progress">${t(lang, 'question')} ${view.progress.index} ${t(lang, 'of')} ${view.progress.total}</span>
        </p>
        ${
          asHeading
            ? fields
            : html`
              <fieldset class="fieldset" aria-describedby=${view.hint ? 'page-hint' : nothing}>
                <legend class="legend-heading"><h1 class="page-heading" tabindex="-1">${pick(lang, view.heading)}</h1></legend>
                ${view.hint ? html`<p class="hint" id="page-hint">${pick(lang, view.hint)}</p>` : nothing} ${fields}
              </fieldset>
            `
        }
        ${navRow({ label: t(lang, 'back'), onClick: () => emit(this, 'vk-back') }, { label: t(lang, 'continue') })}
      </form>
    `;
  }
}
