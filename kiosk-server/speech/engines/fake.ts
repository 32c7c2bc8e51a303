// A speech engine for tests: remembers what it was asked and returns a short tone (4 ms a character, so tests run fast).
import type { Language } from '../../../content/localized.ts';
import type { SpeechEngine, SpeechRequest } from '../speech-engine.ts';
import { toneWav } from '../wav.ts';

export class FakeSpeechEngine implements SpeechEngine {
  readonly name = 'fake';
  readonly requests: SpeechRequest[] = [];

  constructor(private readonly languages: Language[] = ['uk', 'en']) {}

  async voiceFor(lang: Language): Promise<string | undefined> {
    return this.languages.includes(lang) ? `fake-${lang}` : undefined;
  }

  async render(request: SpeechRequest): Promise<Buffer> {
    this.requests.push(request);
    return toneWav(Math.min(1_000, 4 * request.text.length));
  }
}
