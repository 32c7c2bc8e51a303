// The `say` package: the operating system's own voices. On macOS it has a Ukrainian voice (Lesya); on Linux it drives
// festival, which has no Ukrainian and cannot write files through `say`, so there it speaks nothing.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import say from 'say';
import type { Language } from '../../../content/localized.ts';
import type { SpeechEngine, SpeechRequest } from '../speech-engine.ts';

const PLATFORM_VOICES: Partial<Record<NodeJS.Platform, Partial<Record<Language, string>>>> = {
  darwin: { uk: 'Lesya', en: 'Daniel' },
  win32: { en: 'Microsoft Zira Desktop' },
};

export class SayEngine implements SpeechEngine {
  readonly name = 'say';

  constructor(
    private readonly preferred: Partial<Record<Language, string>> = {},
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  async voiceFor(lang: Language): Promise<string | undefined> {
    const voices = PLATFORM_VOICES[this.platform];
    if (!voices) return undefined;
    return this.preferred[lang] ?? voices[lang];
  }

  async render({ text, voice, rate }: SpeechRequest): Promise<Buffer> {
    const dir = await mkdtemp(path.join(tmpdir(), 'vikno-say-'));
    try {
      const file = path.join(dir, 'speech.wav');
      await new Promise<void>((resolve, reject) => say.export(text, voice, rate, file, (error) => (error ? reject(new Error(String(error))) : resolve())));
      return await readFile(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
