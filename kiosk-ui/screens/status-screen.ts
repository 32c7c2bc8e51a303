import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { formatKyivDate } from '../../content/kyiv-time.ts';
import { REFUSAL_REASONS, type ApplicationStatusView } from '../../protocol/application-status.ts';
import { decisionWords } from '../../protocol/decision.ts';
import type { FieldErrorView } from '../../protocol/views.ts';
import { errorSummary } from '../components/error-summary.ts';
import { inputIdFor } from '../components/field-ids.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { listenForScanner } from '../components/scanner.ts';
import { navRow } from '../components/nav-row.ts';
import { oneBoxField } from '../components/one-box-field.ts';
import { pick, t } from '../i18n.ts';
import { actionFor } from '../keypad/key-bindings.ts';
import { NUMBER_FIELD } from './status-field.ts';
import { STATUS_TEXT } from './status-text.ts';

export { NUMBER_FIELD };

/** The status check: one question (the number, typed or scanned), then the status and what it means. Nothing personal. */
export type StatusPage = { kind: 'form'; errors: FieldErrorView[]; text: string } | { kind: 'result'; result: ApplicationStatusView };

@customElement('vk-status-screen')
export class StatusScreenElement extends LightElement {
  @property({ attribute: false }) accessor page!: StatusPage;
  @property() accessor language: Language = 'uk';
  @property({ type: Boolean }) accessor voice = false;
  @property({ type: Boolean }) accessor busy = false;
  private stopScanner: (() => void) | undefined;

  private get box(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${inputIdFor(NUMBER_FIELD)}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A scan works wherever focus is, on the form and on a result (a second receipt can be scanned straight away).
    this.stopScanner = listenForScanner({
      box: () => this.box,
      // A keypad key ('-' for volume) typed alone still acts, once it is clear no scan follows.
      holdBack: (event) => !!actionFor(event, false),
      onScan: (text) => {
        // Not while a page is drawn over this screen (help, settings) or the timeout dialog is up.
        if (this.closest('[hidden]') || document.querySelector('vk-timeout-dialog')) return;
        const box = this.box;
        if (box) box.value = text;
        emit(this, 'vk-status-lookup', text);
      },
    });
  }

  override disconnectedCallback(): void {
    this.stopScanner?.();
    super.disconnectedCallback();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.busy) emit(this, 'vk-status-lookup', this.box?.value ?? '');
  }

  private renderForm(page: Extract<StatusPage, { kind: 'form' }>) {
    const lang = this.language;
    const id = inputIdFor(NUMBER_FIELD);
    const error = page.errors[0];
    return html`
      <form class="question" novalidate @submit=${this.onSubmit}>
        ${errorSummary(lang, page.errors)}
        <div class="form-group ${error ? 'form-group-error' : ''}">
          <h1 class="page-heading" tabindex="-1"><label class="label label-heading" for=${id}>${t(lang, 'statusQuestion')}</label></h1>
          <p class="hint" id="page-hint">${t(lang, 'statusHint')}</p>
          ${oneBoxField({
            lang,
            voice: this.voice,
            fieldId: NUMBER_FIELD,
            label: t(lang, 'statusQuestion'),
            hintId: 'page-hint',
            error: error?.message,
            keyboard: 'applicationNumber',
            inputClass: 'input-application-number',
            value: page.text,
            autocapitalize: 'characters',
          })}
        </div>
        ${navRow({ label: t(lang, 'back'), onClick: () => emit(this, 'vk-status-done') }, { label: t(lang, 'statusCheckButton'), disabled: this.busy })}
      </form>
    `;
  }

  private renderResult(result: ApplicationStatusView) {
    const lang = this.language;
    const text = STATUS_TEXT[result.status];
    return html`
      <section class="status-result">
        <h1 class="page-heading" tabindex="-1">
          <span class="status-heading">${t(lang, 'statusHeading')}</span><br /><strong class="application-number">${result.applicationNumber}</strong>
        </h1>
        <div class="panel">
          <p class="panel-title status-title">${pick(lang, text.title)}</p>
        </div>
        <p class="status-meaning">${pick(lang, text.meaning)}</p>
        ${result.status === 'granted' ? html`<p class="status-decision">${pick(lang, decisionWords(result.decision))}</p>` : nothing}
        ${result.reason ? html`<p class="status-reason">${t(lang, 'statusReason')}: ${pick(lang, REFUSAL_REASONS[result.reason])}</p>` : nothing}
        <dl class="summary-list">
          <div class="summary-row"><dt>${t(lang, 'statusService')}</dt><dd>${pick(lang, result.serviceTitle)}</dd></div>
          <div class="summary-row"><dt>${t(lang, 'statusSubmittedOn')}</dt><dd>${formatKyivDate(result.submittedAt)}</dd></div>
          <div class="summary-row"><dt>${t(lang, 'statusChangedOn')}</dt><dd>${formatKyivDate(result.statusChangedAt)}</dd></div>
        </dl>
        ${navRow(
          html`<button class="button button-secondary" type="button" @click=${() => emit(this, 'vk-status-another')}>${t(lang, 'statusAnother')}</button>`,
          { label: t(lang, 'statusDone'), onClick: () => emit(this, 'vk-status-done') },
        )}
      </section>
    `;
  }

  protected override render() {
    return this.page.kind === 'form' ? this.renderForm(this.page) : this.renderResult(this.page.result);
  }
}
