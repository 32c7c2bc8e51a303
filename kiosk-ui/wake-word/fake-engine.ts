// The wake word for tests: "heard" when the page receives a `vikno:fake-wake` event, so a browser test can say it.
import { FAKE_WAKE_EVENT } from '../../protocol/wake-word.ts';
import type { WakeWordEngine } from './wake-word-engine.ts';

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
