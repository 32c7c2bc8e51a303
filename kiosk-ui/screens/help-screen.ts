import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { navRow } from '../components/nav-row.ts';
import type { ScreenHelp } from '../help/screen-help.ts';
import { pick, t, type UiTextKey } from '../i18n.ts';
import { KEY_BINDINGS } from '../keypad/key-bindings.ts';

export type HelpCallState = 'idle' | 'calling' | 'called' | 'failed';

const CALL_TEXT: Record<Exclude<HelpCallState, 'idle'>, UiTextKey> = {
  calling: 'staffCalling',
  called: 'staffCalled',
  failed: 'staffCallFailed',
};

/** Help, in the same place on every screen: what to do here, each question explained, a person on call, the keys. */
@customElement('vk-help-screen')
export class HelpScreenElement extends LightElement {
  @property() accessor language: Language = 'uk';
  /** The heading of the screen the person came from. */
  @property() accessor screenTitle = '';
  @property({ attribute: false }) accessor help!: ScreenHelp;
  /** What the keypad was on when the help key was pressed. */
  @property() accessor focusedItem: string | undefined;
  @property() accessor call: HelpCallState = 'idle';
  /** False where staff cannot be called from (a screen not paired yet): the help text says where to go instead. */
  @property({ type: Boolean }) accessor canCall = true;

  private renderCall(lang: Language) {
    return html`<h2 class="section-heading">${t(lang, 'helpCallHeading')}</h2>
      <p class="hint">${t(lang, 'helpCallHint')}</p>
      <p class="call-status ${this.call === 'failed' ? 'receipt-failed' : ''}" role="status">${this.call === 'idle' ? '' : t(lang, CALL_TEXT[this.call])}</p>
      <button class="button button-primary" type="button" ?disabled=${this.call === 'calling'} @click=${() => emit(this, 'vk-call-staff')}>
        ${t(lang, 'callStaff')}
      </button>`;
  }

  protected override render() {
    const { language: lang, help } = this;
    return html`
      <section class="help">
        <h1 class="page-heading" tabindex="-1">${t(lang, 'help')}</h1>
        ${this.screenTitle ? html`<p class="lead">${t(lang, 'helpWhere')}: «${this.screenTitle}»</p>` : nothing}
        ${this.focusedItem ? html`<p class="lead">${t(lang, 'helpChosenItem')}: ${this.focusedItem}</p>` : nothing}
        <h2 class="section-heading">${t(lang, 'helpWhatToDo')}</h2>
        <p>${help.whatToDo}</p>
        ${help.questions.map((q) => html`<h3 class="subsection-heading">${q.label}</h3><p>${q.text}</p>`)}
        ${this.canCall ? this.renderCall(lang) : nothing}
        ${navRow({ label: t(lang, 'helpBack'), onClick: () => emit(this, 'vk-close') })}
        <h2 class="section-heading">${t(lang, 'keysHeading')}</h2>
        <table class="key-table">
          <thead>
            <tr><th scope="col">${t(lang, 'keyColumn')}</th><th scope="col">${t(lang, 'actionColumn')}</th></tr>
          </thead>
          <tbody>
            ${KEY_BINDINGS.map((b) => html`<tr><td>${pick(lang, b.keyLabel)}</td><td>${pick(lang, b.description)}</td></tr>`)}
          </tbody>
        </table>
      </section>
    `;
  }
}
