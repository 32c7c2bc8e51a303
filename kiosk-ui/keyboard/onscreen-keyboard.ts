// The on-screen keyboard under the text box being filled in: by touch, or with the keypad's arrows and the green key, each
// key spoken by the voice guide. It types into its box exactly as a physical keyboard would (input events), so the
// screen, the voice guide and the inactivity timer see no difference.
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Language } from '../../content/localized.ts';
import { emit, LightElement } from '../components/light-element.ts';
import { moveFocus } from '../keypad/focus-order.ts';
import { moveInGrid, type GridMove } from './key-grid.ts';
import { ACTION_LABELS, KEYBOARD_TEXT } from '../../content/text/keyboard.ts';
import { ALPHABET_KEYS } from './keyboard-text.ts';
import { allKeys, keyboardFor, type KeyboardKind, type Alphabet, type KeyboardKey, type KeyboardLayout } from '../../content/keyboard-layouts.ts';
import { deleteLast, typeAtEnd } from './typing.ts';

const ARROW_MOVES: Record<string, GridMove> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** Asks the voice guide to read (or spell) the text of a box. */
export interface ReadTextDetail {
  target: HTMLInputElement | HTMLTextAreaElement;
  spell: boolean;
}

@customElement('vk-onscreen-keyboard')
export class OnscreenKeyboard extends LightElement {
  /** The id of the text box the keys type into. */
  @property() accessor targetId = '';
  @property() accessor fieldType: KeyboardKind = 'text';
  /** The box's label, which names the keyboard. */
  @property() accessor label = '';
  @property() accessor language: Language = 'uk';
  /** Read and spell keys are there for the voice guide. */
  @property({ type: Boolean }) accessor voice = false;
  @state() accessor alphabet: Alphabet = 'uk';
  /** The key the keypad is on: the keyboard's one stop in the ▲ ▼ order (a roving tab stop). */
  @state() accessor current = 0;

  get layout(): KeyboardLayout | undefined {
    const layout = keyboardFor(this.fieldType, this.alphabet);
    if (!layout || this.voice) return layout;
    return { ...layout, actions: layout.actions.filter((key) => key.action !== 'read' && key.action !== 'spell') };
  }

  private get target(): HTMLInputElement | HTMLTextAreaElement | undefined {
    const el = document.getElementById(this.targetId);
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('targetId') || changed.has('language')) this.alphabet = this.language;
    const layout = this.layout;
    if (layout) this.current = Math.min(this.current, allKeys(layout).length - 1);
  }

  protected override updated(): void {
    // The box being typed into is marked, so a sighted person sees where the letters go.
    for (const marked of document.querySelectorAll('.input-keyboard-target')) if (marked !== this.target) marked.classList.remove('input-keyboard-target');
    this.target?.classList.add('input-keyboard-target');
  }

  override disconnectedCallback(): void {
    this.target?.classList.remove('input-keyboard-target');
    super.disconnectedCallback();
  }

  private changeText(next: string, inputType: 'insertText' | 'deleteContentBackward', data: string | null): void {
    const target = this.target;
    if (!target) return;
    target.value = next;
    target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data }));
  }

  private async press(key: KeyboardKey, index: number): Promise<void> {
    this.current = index;
    const target = this.target;
    const layout = this.layout;
    if (!target || !layout) return;
    if (key.kind === 'character') {
      const next = typeAtEnd(target.value, key.insert, layout.capitalisation);
      this.changeText(next, 'insertText', next.slice(target.value.length));
      return;
    }
    switch (key.action) {
      case 'space':
        this.changeText(`${target.value} `, 'insertText', ' ');
        return;
      case 'delete':
        // Nothing to delete: say what is there (nothing) rather than stay silent.
        if (target.value) this.changeText(deleteLast(target.value), 'deleteContentBackward', null);
        else emit<ReadTextDetail>(this, 'vk-read-text', { target, spell: false });
        return;
      case 'read':
      case 'spell':
        emit<ReadTextDetail>(this, 'vk-read-text', { target, spell: key.action === 'spell' });
        return;
      case 'alphabet': {
        this.alphabet = this.alphabet === 'uk' ? 'en' : 'uk';
        // The key stays under the finger (and the keypad) with its new face; the voice guide says it.
        this.current = allKeys(this.layout!).findIndex((k) => k.kind === 'action' && k.action === 'alphabet');
        await this.updateComplete;
        const key = this.querySelector<HTMLElement>(`[data-key-index="${this.current}"]`);
        if (key) emit(this, 'vk-say-item', key);
        return;
      }
    }
  }

  private async onKeyDown(event: KeyboardEvent): Promise<void> {
    const move = ARROW_MOVES[event.key];
    const layout = this.layout;
    if (!move || !layout || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (event.repeat) return;
    const target = moveInGrid(layout, this.current, move);
    if (target === 'before' || target === 'after') {
      moveFocus(target === 'before' ? -1 : 1);
      return;
    }
    this.current = target;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`[data-key-index="${target}"]`)?.focus();
  }

  private renderKey(key: KeyboardKey, index: number) {
    const lang = this.language;
    const roving = { tabindex: index === this.current ? '0' : '-1', skip: index !== this.current };
    let face: unknown;
    let name: string | undefined;
    if (key.kind === 'character') {
      face = key.insert;
      name = key.name?.[lang];
    } else if (key.action === 'alphabet') {
      const to = ALPHABET_KEYS[this.alphabet === 'uk' ? 'en' : 'uk'];
      face = html`${to.face}<span class="visually-hidden"> — ${to.name[lang]}</span>`;
    } else {
      face = ACTION_LABELS[key.action][lang];
    }
    return html`<button
      type="button"
      class="keyboard-key ${key.kind === 'action' ? 'keyboard-key-action' : ''}"
      data-key-index=${index}
      tabindex=${roving.tabindex}
      ?data-keypad-skip=${roving.skip}
      aria-label=${name ?? nothing}
      @click=${() => void this.press(key, index)}
    >
      ${face}
    </button>`;
  }

  protected override render() {
    const layout = this.layout;
    if (!layout) return nothing;
    const title = `${KEYBOARD_TEXT.keyboardFor[this.language]}: ${this.label}`;
    const offset = layout.characters.length;
    return html`
      <div class="keyboard" style="--keyboard-columns: ${layout.columns}" role="group" aria-label=${title} data-arrow-grid data-target=${this.targetId} @keydown=${(e: KeyboardEvent) => void this.onKeyDown(e)}>
        <div class="keyboard-characters">${layout.characters.map((key, i) => this.renderKey(key, i))}</div>
        <div class="keyboard-actions">${layout.actions.map((key, i) => this.renderKey(key, offset + i))}</div>
      </div>
    `;
  }
}
