// Pages over the screen and where focus goes: opening one remembers where the person was, closing it goes back there;
// after each render the page title is set and focus moves to the heading (or the error summary, or what was asked).
import type { ReactiveController } from 'lit';
import { describeItem } from '../help/screen-help.ts';
import { t } from '../i18n.ts';
import type { Overlay, VisitHost } from './visit-state.ts';

export interface OverlayFocusDeps {
  /** The app element: what it drew is read for the heading and the title. */
  root: ParentNode;
  doc?: Document;
  /** Moves focus without it being said on its own; then the screen is announced. */
  focusQuietly(move: () => void): void;
  announce(container: Element, focused: Element | null): void;
  /** The timeout dialog is up: it keeps focus. */
  dialogOpen(): boolean;
}

/** An awaitable drawn child (a Lit element), or anything else. */
type MaybeDrawn = Element & { updateComplete?: Promise<unknown> };

const isElement = (el: unknown): el is HTMLElement => typeof HTMLElement !== 'undefined' && el instanceof HTMLElement;

export class OverlayFocus implements ReactiveController {
  constructor(
    private readonly host: VisitHost,
    private readonly deps: OverlayFocusDeps,
  ) {
    host.addController(this);
  }

  /** The page speaks the visit's language (screen readers and the voice pick it up). */
  hostUpdated(): void {
    (this.deps.doc ?? document).documentElement.lang = this.host.visit.language;
  }

  open(overlay: Overlay, focused: Element | null): void {
    const visit = this.host.visit;
    // Staff's question waits for the person's answer: no other page covers it.
    if (visit.overlay === 'assist' && overlay !== 'assist') return;
    if (!visit.overlay) {
      const returnFocus = isElement(focused) && focused.closest('.screen') ? focused : undefined;
      const helpItem = overlay === 'help' ? describeItem(visit.language, focused) : undefined;
      this.host.patch({ returnFocus, helpItem });
    }
    this.host.patch({ overlay, focusRequest: 'heading' });
  }

  close(): void {
    this.host.patch({ overlay: undefined, focusRequest: this.host.visit.returnFocus ?? 'heading', returnFocus: undefined });
  }

  /** The title of the screen under any page over it (what help is about). */
  screenTitle(): string {
    return this.deps.root.querySelector('.screen .page-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** After a render: the page title, then focus where it was asked for and the new screen announced. */
  async afterRender(): Promise<void> {
    const doc = this.deps.doc ?? document;
    const { overlay } = this.host.visit;
    // Screens are child elements that draw themselves after this one: wait for them before reading their heading.
    const container = this.deps.root.querySelector<HTMLElement>(overlay ? '.overlay' : '.screen');
    await (container?.firstElementChild as MaybeDrawn | null)?.updateComplete;
    const heading = container?.querySelector<HTMLElement>('.page-heading');
    const { language, focusRequest: request } = this.host.visit;
    // The screen's error summary, wherever its errors come from (the server's view, the status check, a pairing code).
    const hasErrors = !overlay && !!container?.querySelector('#error-summary');
    doc.title = `${hasErrors ? `${t(language, 'errorPrefix')} ` : ''}${heading?.textContent?.replace(/\s+/g, ' ').trim() ?? ''} — ${t(language, 'appName')}`;
    if (!request || this.deps.dialogOpen()) return;
    // Not drawn, so changed in place: no second render.
    this.host.visit.focusRequest = undefined;
    this.deps.focusQuietly(() => {
      // A new screen starts at its top, whatever was scrolled to on the one before (its header is above the heading).
      if (!isElement(request)) doc.defaultView?.scrollTo({ top: 0 });
      if (isElement(request) && request.isConnected && !request.closest('[hidden]')) request.focus();
      else (hasErrors ? this.deps.root.querySelector<HTMLElement>('#error-summary') : heading)?.focus();
    });
    if (container) this.deps.announce(container, doc.activeElement);
  }
}
