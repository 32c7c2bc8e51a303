// Remote assistance on the console: waiting for the person's consent, then the question on their screen with a form to
// answer it for them, and their answers so far. Consent boxes are left to the person.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { RawValue } from '../../content/validators/fields.ts';
import type { FieldView, QuestionScreen } from '../../protocol/views.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { fieldIdsWith } from '../components/field-ids.ts';
import { readField, renderField } from '../components/fields.ts';
import { answerSections } from './answer-sections.ts';
import { ask, type AssistSession, type StaffSocket } from './staff-socket.ts';
import { SCREEN_NAMES, say, WORDS } from './staff-text.ts';

const ASSIST_FIELD_IDS = fieldIdsWith('assist');

@customElement('staff-assist-panel')
export class StaffAssistPanelElement extends LightElement {
  @property({ attribute: false }) accessor socket!: StaffSocket;
  @property({ attribute: false }) accessor assist!: AssistSession;
  @state() accessor error = '';

  private async answer(event: SubmitEvent, view: QuestionScreen): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values: Record<string, RawValue> = {};
    for (const field of view.fields) if (field.type !== 'consent') values[field.id] = readField(form, field);
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

  /** The kiosk's own field, in Ukrainian, with ids of its own; consent boxes are the person's alone. */
  private renderField(field: FieldView, view: QuestionScreen) {
    if (field.type === 'consent') return html`<p class="field">${field.label.uk}: <strong>${say(WORDS.assist.consentByPerson)}</strong></p>`;
    const context = {
      lang: 'uk',
      field,
      value: view.values[field.id],
      error: view.errors.find((e) => e.fieldId === field.id),
      asHeading: false,
      ids: ASSIST_FIELD_IDS,
      selectPrompt: say(WORDS.assist.notChosen),
      markOptional: false,
    } as const;
    return renderField(context, field.label);
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
      ${current.answers.length ? answerSections(current.answers) : html`<p>${say(WORDS.assist.noAnswers)}</p>`}
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
