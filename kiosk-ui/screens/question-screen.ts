import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import type { RawValue } from '../../content/validators/fields.ts';
import type { QuestionScreen } from '../../protocol/views.ts';
import { errorSummary } from '../components/error-summary.ts';
import { readField, renderField } from '../components/fields.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { pick, t } from '../i18n.ts';

export interface AnswerDetail {
  stepId: string;
  values: Record<string, RawValue>;
}

/** One question per page (GOV.UK): the question is the h1, errors first with a summary, Continue and Back. */
@customElement('vk-question-screen')
export class QuestionScreenElement extends LightElement {
  @property({ attribute: false }) accessor view!: QuestionScreen;
  @property() accessor language: Language = 'uk';

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
    const fields = view.fields.map((field) =>
      renderField(
        { lang, field, value: view.values[field.id], error: view.errors.find((e) => e.fieldId === field.id), asHeading },
        view.heading,
        asHeading ? view.hint : undefined,
      ),
    );
    return html`
      <form class="question" novalidate @submit=${this.onSubmit}>
        ${errorSummary(lang, view.errors)}
        <p class="caption">
          <span>${pick(lang, view.sectionTitle)}</span>
          <span class="progress">${t(lang, 'question')} ${view.progress.index} ${t(lang, 'of')} ${view.progress.total}</span>
        </p>
        ${asHeading
          ? fields
          : html`
              <fieldset class="fieldset" aria-describedby=${view.hint ? 'page-hint' : nothing}>
                <legend class="legend-heading"><h1 class="page-heading" tabindex="-1">${pick(lang, view.heading)}</h1></legend>
                ${view.hint ? html`<p class="hint" id="page-hint">${pick(lang, view.hint)}</p>` : nothing} ${fields}
              </fieldset>
            `}
        <div class="button-row">
          <button class="button button-secondary" type="button" data-keypad="back" @click=${() => emit(this, 'vk-back')}>${t(lang, 'back')}</button>
          <button class="button button-primary" type="submit" data-keypad="continue">${t(lang, 'continue')}</button>
        </div>
      </form>
    `;
  }
}
