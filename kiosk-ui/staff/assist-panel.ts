// Remote assistance on the console: waiting for the person's consent, then the question on their screen with a form to
// answer it for them, and their answers so far. Consent boxes are left to the person.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { RawValue } from '../../content/validators/fields.ts';
import type { FieldView, QuestionScreen } from '../../protocol/views.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { t } from '../i18n.ts';
import { ask, type AssistSession, type StaffSocket } from './staff-socket.ts';
import { SCREEN_NAMES, say, WORDS } from './staff-text.ts';

const inputId = (fieldId: string) => `assist-${fieldId}`;

@customElement('staff-assist-panel')
export class StaffAssistPanelElement extends LightElement {
  @property({ attribute: false }) accessor socket!: StaffSocket;
  @property({ attribute: false }) accessor assist!: AssistSession;
  @state() accessor error = '';

  private async answer(event: SubmitEvent, view: QuestionScreen): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    const values: Record<string, RawValue> = {};
    for (const field of view.fields) {
      if (field.type === 'consent') continue;
      values[field.id] =
        field.type === 'date' ? { day: text(`${field.id}.day`), month: text(`${field.id}.month`), year: text(`${field.id}.year`) } : text(field.id);
    }
    const ack = await ask(this.socket, 'assist:answer', { kioskId: this.assist.kioskId, stepId: view.stepId, values });
    this.error = ack.ok ? '' : ack.error.message.uk;
    // The next question (or this one with its errors) is drawn when the server sends it: focus its heading.
    await this.updateComplete;
    this.querySelector<HTMLElement>(this.error ? '#assist-error' : '#assist-question')?.focus();
  }

  private async end(): Promise<void> {
    if (this.assist.state !== 'ended') await ask(this.socket, 'assist:end', { kioskId: this.assist.kioskId });
    emit(this, 'staff-assist', undefined);
    document.querySelector<HTMLElement>('#kiosks-heading')?.focus();
  }

  private renderField(field: FieldView, view: QuestionScreen) {
    const value = view.values[field.id];
    const error = view.errors.find((e) => e.fieldId === field.id);
    const errorId = `${inputId(field.id)}-error`;
    const errorText = error ? html`<p class="field-error" id=${errorId}>${error.message.uk}</p>` : nothing;
    if (field.type === 'consent') return html`<p class="field">${field.label.uk}: <strong>${say(WORDS.assist.consentByPerson)}</strong></p>`;
    if (field.type === 'date') {
      const date = typeof value === 'object' ? value : { day: '', month: '', year: '' };
      return html`<fieldset class="field">
        <legend>${field.label.uk}</legend>
        ${errorText}
        ${(['day', 'month', 'year'] as const).map(
          (part) => html`<label class="date-part">${t('uk', part)}
            <input
              name="${field.id}.${part}"
              inputmode="numeric"
              autocomplete="off"
              .value=${live(date[part])}
              size=${part === 'year' ? 4 : 2}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? errorId : nothing}
            />
          </label>`,
        )}
      </fieldset>`;
    }
    if (field.options) {
      return html`<div class="field">
        <label for=${inputId(field.id)}>${field.label.uk}</label>
        ${errorText}
        <select id=${inputId(field.id)} name=${field.id} .value=${live(typeof value === 'string' ? value : '')} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? errorId : nothing}>
          <option value="">${say(WORDS.assist.notChosen)}</option>
          ${field.options.map((option) => html`<option value=${option.value}>${option.label.uk}</option>`)}
        </select>
      </div>`;
    }
    return html`<div class="field">
      <label for=${inputId(field.id)}>${field.label.uk}</label>
      ${errorText}
      ${
        field.type === 'textarea'
          ? html`<textarea id=${inputId(field.id)} name=${field.id} rows="3" .value=${live(typeof value === 'string' ? value : '')} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? errorId : nothing}></textarea>`
          : html`<input
            id=${inputId(field.id)}
            name=${field.id}
            autocomplete="off"
            .value=${live(typeof value === 'string' ? value : '')}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? errorId : nothing}
          />`
      }
    </div>`;
  }

  private renderView() {
    const current = this.assist.view;
    if (!current) return nothing;
    const { view } = current;
    const heading = 'heading' in view ? view.heading.uk : (SCREEN_NAMES[view.screen] ?? view.screen);
    return html`
      <p>${say(WORDS.assist.onScreen)} <strong>${SCREEN_NAMES[view.screen] ?? view.screen}</strong>${'heading' in view ? html` — «${heading}»` : nothing}</p>
      ${
        view.screen === 'question'
          ? keyed(
              `${view.stepId}:${view.item?.index ?? ''}`,
              html`<form @submit=${(e: SubmitEvent) => void this.answer(e, view)} novalidate aria-labelledby="assist-question">
              <h3 id="assist-question" tabindex="-1">${say(WORDS.assist.currentQuestion, { heading })}</h3>
              ${this.error ? html`<p class="notice notice-error" id="assist-error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
              ${view.fields.map((field) => this.renderField(field, view))}
              <button class="button button-primary" type="submit">${say(WORDS.assist.answerForPerson)}</button>
            </form>`,
            )
          : html`<p>${say(WORDS.assist.personActsAlone)}</p>`
      }
      <h3>${say(WORDS.assist.answersHeading)}</h3>
      ${
        current.answers.length
          ? current.answers.map(
              (section) => html`<h4>${section.title.uk}</h4>
              <dl class="answers">
                ${section.rows.map((row) => html`<div><dt>${row.label.uk}</dt><dd>${row.value.uk}</dd></div>`)}
              </dl>`,
            )
          : html`<p>${say(WORDS.assist.noAnswers)}</p>`
      }
    `;
  }

  protected override render() {
    const { kioskId, state } = this.assist;
    return html`
      <section class="panel assist-panel" aria-labelledby="assist-heading">
        <h2 id="assist-heading" tabindex="-1">${say(WORDS.assist.heading, { kioskId })}</h2>
        <p role="status">
          ${state === 'asked' ? say(WORDS.assist.waiting) : state === 'ended' ? this.assist.ended : say(WORDS.assist.allowed)}
        </p>
        ${state === 'active' ? this.renderView() : nothing}
        <button class="button button-secondary" type="button" @click=${() => void this.end()}>${say(state === 'ended' ? WORDS.assist.close : WORDS.assist.end)}</button>
      </section>
    `;
  }
}
