// The wake word for tests: "heard" when the page receives a `vikno:fake-wake` event, so a browser test can say it.
import type { WakeWordEngine } from './wake-word-engine.ts';

export const FAKE_WAKE_EVENT = 'vikno:fake-wake';

export class FakeWakeWord implements WakeWordEngine {
  private listener: (() => void) | undefined;

  async start(onWake: () => void): Promise<void> {
    this.listener = () => onWake();
    window.addEventListener(FAKE_WAKE_EVENT, this.listener);
  }

  async stop(): Promise<void> {
    if (this.listener) window.removeEventListener(FAKE_WAKE_EVENT, this.listener);
    this.listener = undefined;
  }
}
