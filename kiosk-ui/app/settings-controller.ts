// The person's own settings: saved for a reload, put on the page, stepped by the volume and rate keys, and reported to
// the server (the staff dashboard shows them; the statistics count them, anonymously).
import type { ReactiveController } from 'lit';
import type { DisplayChange } from '../screens/display-screen.ts';
import { t } from '../i18n.ts';
import { applyDisplay, saveSettings, SPEECH_RATES, VOLUME_LEVELS, type PersonalSettings } from '../settings/personal-settings.ts';
import type { KioskConnection } from './kiosk-connection.ts';
import type { VisitHost } from './visit-state.ts';

export interface SettingsDeps {
  connection: Pick<KioskConnection, 'request'>;
  storage: Storage;
  /** Puts text size and theme on the page. */
  apply?: (settings: PersonalSettings) => void;
  /** Says the keypad's feedback when the voice guide is on. */
  speak: (text: string) => void;
}

export class SettingsController implements ReactiveController {
  private readonly apply: (settings: PersonalSettings) => void;

  constructor(
    private readonly host: VisitHost,
    private readonly deps: SettingsDeps,
  ) {
    this.apply = deps.apply ?? ((settings) => applyDisplay(settings));
    host.addController(this);
  }

  hostConnected(): void {
    this.apply(this.host.visit.settings);
  }

  change(settings: PersonalSettings): void {
    const before = this.host.visit.settings;
    this.host.patch({ settings });
    this.settled(before);
  }

  /** After the settings changed (or a visit was replaced): onto the page, into storage, and to the server if it counts them. */
  settled(before: PersonalSettings): void {
    const settings = this.host.visit.settings;
    this.apply(settings);
    saveSettings(this.deps.storage, settings);
    if (before.voiceMode !== settings.voiceMode || before.textSize !== settings.textSize) this.report();
  }

  report(): void {
    const { settings, language, sessionId } = this.host.visit;
    const { voiceMode, textSize } = settings;
    void this.deps.connection.request('kiosk:settings', { voiceMode, textSize, language, ...(sessionId && { sessionId }) });
  }

  changeDisplay(change: DisplayChange): void {
    this.change({ ...this.host.visit.settings, ...change });
  }

  changeVolume(step: 1 | -1): void {
    const volume = Math.min(VOLUME_LEVELS - 1, Math.max(0, this.host.visit.settings.volume + step));
    this.change({ ...this.host.visit.settings, volume });
    const lang = this.host.visit.language;
    this.keypadSays(`${t(lang, 'volume')}: ${volume + 1} ${t(lang, 'of')} ${VOLUME_LEVELS}`);
  }

  changeRate(step: 1 | -1): void {
    const rateIndex = Math.min(SPEECH_RATES.length - 1, Math.max(0, this.host.visit.settings.rateIndex + step));
    this.change({ ...this.host.visit.settings, rateIndex });
    const lang = this.host.visit.language;
    this.keypadSays(`${t(lang, 'rate')}: ${String(SPEECH_RATES[rateIndex]).replace('.', lang === 'uk' ? ',' : '.')}×`);
  }

  private keypadSays(text: string): void {
    this.host.patch({ keypadStatus: text });
    this.deps.speak(text);
  }
}
