// The page drawn over the screen: help, text and colours, the voice guide, staff's request to help, leaving.
import { html, nothing } from 'lit';
import type { Language } from '../../content/localized.ts';
import { screenHelp, type LocalScreen } from '../help/screen-help.ts';
import type { DisplayChange } from '../screens/display-screen.ts';
import '../screens/assist-consent-screen.ts';
import '../screens/display-screen.ts';
import '../screens/help-screen.ts';
import '../screens/leave-screen.ts';
import '../screens/voice-screen.ts';
import type { VisitState } from './visit-state.ts';

export interface OverlayRoutes {
  visit: VisitState;
  /** The screen is not paired: help says how to pair it, and offers no call (the server takes nothing else from it). */
  notPaired: boolean;
  voices: Record<Language, boolean>;
  /** The heading of the screen underneath. */
  screenTitle(): string;
  close(): void;
  callStaff(): void;
  answerAssist(allow: boolean): void;
  changeDisplay(change: DisplayChange): void;
  voiceOn(headphones: boolean): void;
  voiceOff(): void;
  leave(): void;
}

/** The screen under the help the kiosk draws itself; undefined when it is the server's view. */
function localScreenUnder({ notPaired, visit }: OverlayRoutes): LocalScreen | undefined {
  if (notPaired) return 'not-paired';
  if (visit.view) return undefined;
  if (visit.timedOut) return 'timed-out';
  return visit.statusPage ? 'status' : 'welcome';
}

export function renderOverlay(routes: OverlayRoutes) {
  const { visit, close } = routes;
  const { language: lang, settings, view } = visit;
  switch (visit.overlay) {
    case 'help': {
      const local = localScreenUnder(routes);
      return html`<vk-help-screen
        .language=${lang}
        .screenTitle=${routes.screenTitle()}
        .help=${screenHelp(lang, view, local)}
        .focusedItem=${visit.helpItem}
        .call=${visit.helpCall}
        .canCall=${!routes.notPaired}
        @vk-call-staff=${() => routes.callStaff()}
        @vk-close=${close}
      ></vk-help-screen>`;
    }
    case 'display':
      return html`<vk-display-screen
        .language=${lang}
        .textSize=${settings.textSize}
        .theme=${settings.theme}
        @vk-display-change=${(e: CustomEvent<DisplayChange>) => routes.changeDisplay(e.detail)}
        @vk-close=${close}
      ></vk-display-screen>`;
    case 'voice':
      return html`<vk-voice-screen
        .language=${lang}
        .on=${settings.voiceMode}
        .unavailable=${!routes.voices[lang]}
        @vk-voice-on=${(e: CustomEvent<boolean>) => routes.voiceOn(e.detail)}
        @vk-voice-off=${() => routes.voiceOff()}
        @vk-close=${close}
      ></vk-voice-screen>`;
    case 'assist':
      return html`<vk-assist-consent-screen
        .language=${lang}
        @vk-assist-consent=${(e: CustomEvent<boolean>) => routes.answerAssist(e.detail)}
      ></vk-assist-consent-screen>`;
    case 'leave':
      return html`<vk-leave-screen .language=${lang} @vk-leave=${() => routes.leave()} @vk-close=${close}></vk-leave-screen>`;
    default:
      return nothing;
  }
}
