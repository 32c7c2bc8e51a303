// «Прийом заяви» (any logged-in staff): find the visit (acceptance-find.ts), check and decide it (acceptance-visit.ts),
// then back to finding, with what was decided said in a panel. Nothing is forwarded before an administrator accepts it.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AcceptanceQueueState, DeskVisitView } from '../../protocol/acceptance.ts';
import { LightElement } from '../components/light-element.ts';
import { say, WORDS } from './staff-text.ts';
import './acceptance-find.ts';
import './acceptance-visit.ts';

@customElement('staff-acceptance')
export class StaffAcceptanceElement extends LightElement {
  @property({ attribute: false }) accessor queue: AcceptanceQueueState | undefined;
  /** The visit open on this screen; none while finding one. */
  @state() accessor visit: DeskVisitView | undefined;
  /** What was last decided, said on the find screen. */
  @state() accessor outcome = '';

  protected override firstUpdated(): void {
    this.querySelector<HTMLElement>('h1')?.focus();
  }

  private opened(view: DeskVisitView): void {
    this.outcome = '';
    this.visit = view;
  }

  private async decided(outcome: string): Promise<void> {
    this.visit = undefined;
    this.outcome = outcome;
    await this.updateComplete;
    this.querySelector<HTMLElement>('h1')?.focus();
  }

  protected override render() {
    const visit = this.visit;
    return html`
      ${
        visit
          ? html`<staff-acceptance-visit
            .view=${visit}
            @staff-desk-view=${(e: CustomEvent<DeskVisitView>) => (this.visit = e.detail)}
            @staff-desk-done=${(e: CustomEvent<string>) => void this.decided(e.detail)}
          ></staff-acceptance-visit>`
          : html`<h1 tabindex="-1">${say(WORDS.console.pages.acceptance)}</h1>`
      }
      <div role="status">${!visit && this.outcome ? html`<p class="panel panel-done">${this.outcome}</p>` : nothing}</div>
      ${visit ? nothing : html`<staff-acceptance-find .queue=${this.queue} @staff-desk-open=${(e: CustomEvent<DeskVisitView>) => this.opened(e.detail)}></staff-acceptance-find>`}
    `;
  }
}
