// Listens for the keypad's keys and turns them into kiosk actions. Held-down keys do not repeat an action
// (EN 301 549 5.7 key repeat; VVSG "no repetitive activation").
import { actionFor, isTyping, ownsArrows, type KeypadAction } from './key-bindings.ts';
import { markedButton, moveFocus } from './focus-order.ts';

export interface KeypadHandlers {
  /** Any key: the voice guide stops talking (EN 301 549 5.1.3.5). */
  anyKey(): void;
  help(focused: Element | null): void;
  volume(step: 1 | -1): void;
  rate(step: 1 | -1): void;
  voice(): void;
  repeat(): void;
  blank(): void;
  spell(focused: Element | null): void;
}

function activate(target: Element | null, event: KeyboardEvent): void {
  // Enter does not tick radios and checkboxes by itself; on a keypad it is the one "choose" key.
  if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
    event.preventDefault();
    target.click();
  }
  // Buttons, links and text boxes (submit the form) do what Enter does natively.
}

export function installKeypad(handlers: KeypadHandlers, root: Document = document): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element | null;
    const action: KeypadAction | undefined = ownsArrows(target, event.key) ? undefined : actionFor(event, isTyping(target));
    if (!event.repeat && action !== 'repeat') handlers.anyKey();
    if (!action) return;
    if (event.repeat) {
      event.preventDefault();
      return;
    }
    root.documentElement.dataset['input'] = 'keys';
    switch (action) {
      case 'next':
      case 'previous':
        event.preventDefault();
        moveFocus(action === 'next' ? 1 : -1, root);
        return;
      case 'activate':
        activate(target, event);
        return;
      case 'back':
      case 'continue': {
        const button = markedButton(action, root);
        if (!button) return;
        event.preventDefault();
        button.click();
        return;
      }
      case 'help':
        event.preventDefault();
        handlers.help(root.activeElement);
        return;
      case 'volumeDown':
      case 'volumeUp':
        event.preventDefault();
        handlers.volume(action === 'volumeUp' ? 1 : -1);
        return;
      case 'rateDown':
      case 'rateUp':
        event.preventDefault();
        handlers.rate(action === 'rateUp' ? 1 : -1);
        return;
      case 'voice':
        event.preventDefault();
        handlers.voice();
        return;
      case 'repeat':
        event.preventDefault();
        handlers.repeat();
        return;
      case 'blank':
        event.preventDefault();
        handlers.blank();
        return;
      case 'spell':
        event.preventDefault();
        handlers.spell(root.activeElement);
        return;
    }
  };
  const onPointerDown = () => {
    root.documentElement.dataset['input'] = 'touch';
    handlers.anyKey();
  };
  root.addEventListener('keydown', onKeyDown, true);
  root.addEventListener('pointerdown', onPointerDown, true);
  return () => {
    root.removeEventListener('keydown', onKeyDown, true);
    root.removeEventListener('pointerdown', onPointerDown, true);
  };
}
