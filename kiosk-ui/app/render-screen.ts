// The screen for where the visit is: the server's view, or the kiosk's own (welcome, status check, timed out).
import { html, nothing } from 'lit';
import type { Language } from '../../content/localized.ts';
import type { ChangeDetail } from '../screens/check-answers-screen.ts';
import type { AnswerDetail } from '../screens/question-screen.ts';
import '../screens/check-answers-screen.ts';
import '../screens/confirm-remove-screen.ts';
import '../screens/confirmation-screen.ts';
import '../screens/group-screen.ts';
import '../screens/info-screen.ts';
import '../screens/question-screen.ts';
import '../screens/services-screen.ts';
import '../screens/status-screen.ts';
import '../screens/suggest-screen.ts';
import '../screens/timed-out-screen.ts';
import '../screens/welcome-screen.ts';
import type { VisitSession } from './visit-session.ts';
import type { Overlay, VisitState } from './visit-state.ts';

export interface ScreenRoutes {
  visit: VisitState;
  resuming: boolean;
  session: Pick<VisitSession, 'send' | 'start' | 'end' | 'openStatus' | 'closeStatus' | 'lookupStatus' | 'printChecklist' | 'printLarge'>;
  back(): void;
  /** "Почати знову" on the timed-out notice. */
  startOver(): void;
  openOverlay(overlay: Overlay): void;
  /** The voice page, spoken at once. */
  openVoicePage(): void;
}

function kioskScreen({ visit, session, startOver, openOverlay, openVoicePage }: ScreenRoutes) {
  const { language: lang, settings } = visit;
  if (visit.timedOut) return html`<vk-timed-out-screen .language=${lang} @vk-start-over=${startOver}></vk-timed-out-screen>`;
  if (visit.statusPage)
    return html`<vk-status-screen
      .page=${visit.statusPage}
      .language=${lang}
      .voice=${settings.voiceMode}
      .busy=${visit.busy}
      @vk-status-lookup=${(e: CustomEvent<string>) => void session.lookupStatus(e.detail)}
      @vk-status-another=${() => session.openStatus()}
      @vk-status-done=${() => session.closeStatus()}
    ></vk-status-screen>`;
  return html`<vk-welcome-screen
    @vk-status=${() => session.openStatus()}
    @vk-start=${(e: CustomEvent<Language>) => void session.start(e.detail)}
    @vk-display=${() => openOverlay('display')}
    @vk-voice=${openVoicePage}
  ></vk-welcome-screen>`;
}

export function renderScreen(routes: ScreenRoutes) {
  const { visit, session } = routes;
  const { view, language: lang, settings } = visit;
  if (routes.resuming) return nothing;
  if (!view) return kioskScreen(routes);
  const back = () => routes.back();
  switch (view.screen) {
    case 'services':
      return html`<vk-services-screen
        .view=${view}
        .language=${lang}
        .voice=${settings.voiceMode}
        @vk-choose-services=${(e: CustomEvent<string[]>) => session.send('services:choose', { serviceIds: e.detail })}
        @vk-info=${(e: CustomEvent<{ serviceId: string; ticked: string[] }>) => session.send('services:info', e.detail)}
        @vk-back=${back}
      ></vk-services-screen>`;
    case 'info':
      return html`<vk-info-screen
        .view=${view}
        .language=${lang}
        .checklist=${visit.checklist}
        @vk-print-checklist=${(e: CustomEvent<string>) => void session.printChecklist(e.detail)}
        @vk-apply=${(e: CustomEvent<string>) => session.send('services:apply', { serviceId: e.detail })}
        @vk-back=${back}
      ></vk-info-screen>`;
    case 'suggest':
      return html`<vk-suggest-screen
        .view=${view}
        .language=${lang}
        @vk-suggested=${(e: CustomEvent<string[]>) => session.send('services:suggested', { accepted: e.detail })}
        @vk-back=${back}
      ></vk-suggest-screen>`;
    case 'question':
      return html`<vk-question-screen
        .view=${view}
        .language=${lang}
        .voice=${settings.voiceMode}
        @vk-answer=${(e: CustomEvent<AnswerDetail>) => session.send('step:answer', { stepId: e.detail.stepId, values: e.detail.values })}
        @vk-back=${back}
      ></vk-question-screen>`;
    case 'group':
      return html`<vk-group-screen
        .view=${view}
        .language=${lang}
        @vk-group-add=${() => session.send('group:add', { stepId: view.stepId })}
        @vk-group-edit=${(e: CustomEvent<number>) => session.send('group:edit', { stepId: view.stepId, index: e.detail })}
        @vk-group-remove=${(e: CustomEvent<number>) => session.send('group:remove', { stepId: view.stepId, index: e.detail })}
        @vk-group-continue=${() => session.send('step:answer', { stepId: view.stepId, values: {} })}
        @vk-back=${back}
      ></vk-group-screen>`;
    case 'confirm-remove':
      return html`<vk-confirm-remove-screen
        .view=${view}
        .language=${lang}
        @vk-confirm-remove=${(e: CustomEvent<boolean>) => session.send('group:confirm-remove', { remove: e.detail })}
      ></vk-confirm-remove-screen>`;
    case 'check-answers':
      return html`<vk-check-answers-screen
        .view=${view}
        .language=${lang}
        .busy=${visit.busy}
        @vk-change=${(e: CustomEvent<ChangeDetail>) => session.send('step:change', e.detail)}
        @vk-submit=${() => session.send('application:submit', {})}
        @vk-back=${back}
      ></vk-check-answers-screen>`;
    case 'confirmation':
      return html`<vk-confirmation-screen
        .view=${view}
        .language=${lang}
        @vk-large-print=${() => void session.printLarge()}
        @vk-restart=${() => void session.end('finished')}
      ></vk-confirmation-screen>`;
  }
}
