// "Потрібно більше часу?": a modal with one big button. The countdown is shown every second but announced only at a few
// points (the live region changes only then). Escape counts as "continue": nobody loses a visit to a stray key.
import { html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { t } from '../i18n.ts';
import { emit, LightElement } from './light-element.ts';
import { secondsLeftText } from './seconds-left.ts';

export { secondsLeftText };

@customElement('vk-timeout-dialog')
export class TimeoutDialogElement extends LightElement {
  @property() accessor language: Language = 'uk';
  @property({ type: Number }) accessor secondsLeft = 0;
  /** The text of the live region: changes only when the countdown should be announced. */
  @property() accessor announcement = '';
  /** After the confirmation: the kiosk is only going back to the start, nothing is lost. */
  @property({ type: Boolean }) accessor confirmation = false;
  @query('dialog') accessor dialog!: HTMLDialogElement;

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.dialog.showModal();
    this.querySelector<HTMLElement>('.timeout-continue')?.focus();
  }

  override disconnectedCallback(): void {
    if (this.dialog?.open) this.dialog.close();
    super.disconnectedCallback();
  }

  private extend(event?: Event): void {
    event?.preventDefault();
    emit(this, 'vk-extend');
  }

  protected override render() {
    const lang = this.language;
    return html`
      <dialog class="timeout-dialog" role="alertdialog" aria-labelledby="timeout-title" aria-describedby="timeout-body" @cancel=${(e: Event) => this.extend(e)}>
        <h2 class="page-heading" id="timeout-title">${t(lang, 'timeoutHeading')}</h2>
        <p class="lead" id="timeout-body">${t(lang, this.confirmation ? 'timeoutBodyConfirmation' : 'timeoutBody')}</p>
        <p class="countdown" aria-hidden="true">${secondsLeftText(lang, this.secondsLeft)}</p>
        <p class="visually-hidden" aria-live="assertive" aria-atomic="true">${this.announcement}</p>
        <button class="button button-primary button-large timeout-continue" type="button" data-keypad="continue" @click=${() => this.extend()}>
          ${t(lang, 'timeoutContinue')}
        </button>
      </dialog>
    `;
  }
}
