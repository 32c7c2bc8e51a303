// Porcupine (Picovoice) in the browser: it listens to the microphone on the kiosk itself; no sound leaves the machine.
// Its AccessKey is checked online by Picovoice when it starts, and it has no Ukrainian keyword: English built-ins
// ("Computer", "Jarvis", …) or a .ppn trained in the Picovoice Console. Loaded only when configured (a separate chunk).
import { PorcupineWorker, type BuiltInKeyword, type PorcupineKeyword } from '@picovoice/porcupine-web';
import { WebVoiceProcessor } from '@picovoice/web-voice-processor';
import type { WakeWordSetup } from '../../protocol/wake-word.ts';
import type { WakeWordEngine } from './wake-word-engine.ts';

type PorcupineSetup = Extract<WakeWordSetup, { engine: 'porcupine' }>;

export class PorcupineWakeWord implements WakeWordEngine {
  private worker: PorcupineWorker | undefined;

  constructor(private readonly setup: PorcupineSetup) {}

  async start(onWake: () => void): Promise<void> {
    const { keyword: configured } = this.setup;
    const keyword: PorcupineKeyword =
      'builtin' in configured
        ? { builtin: configured.builtin as BuiltInKeyword }
        : { publicPath: configured.publicPath, label: configured.label, forceWrite: true };
    this.worker = await PorcupineWorker.create(this.setup.accessKey, keyword, () => onWake(), { publicPath: this.setup.modelPath, forceWrite: true });
    await WebVoiceProcessor.subscribe(this.worker);
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    await WebVoiceProcessor.unsubscribe(worker);
    await worker.release();
    worker.terminate();
  }
}
