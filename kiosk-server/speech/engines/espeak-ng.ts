// espeak-ng (Debian package espeak-ng): offline, fast, Ukrainian and English. The default engine.
import type { Language } from '../../../content/localized.ts';
import type { SpeechEngine, SpeechRequest } from '../speech-engine.ts';
import { runCommand } from './run-command.ts';

/** espeak-ng's own default speed, words per minute; the person's rate multiplies it. */
const BASE_WPM = 165;
const DEFAULT_VOICES: Record<Language, string> = { uk: 'uk', en: 'en-gb' };

export class EspeakNgEngine implements SpeechEngine {
  readonly name = 'espeak-ng';
  private voices: Promise<Set<string>> | undefined;

  constructor(
    private readonly command = 'espeak-ng',
    private readonly preferred: Partial<Record<Language, string>> = {},
  ) {}

  private installedVoices(): Promise<Set<string>> {
    this.voices ??= runCommand(this.command, ['--voices']).then(
      (out) =>
        new Set(
          out
            .toString()
            .split('\n')
            .slice(1)
            .map((line) => line.trim().split(/\s+/)[1])
            .filter((v): v is string => !!v),
        ),
      () => new Set<string>(),
    );
    return this.voices;
  }

  async voiceFor(lang: Language): Promise<string | undefined> {
    const voice = this.preferred[lang] ?? DEFAULT_VOICES[lang];
    return (await this.installedVoices()).has(voice) ? voice : undefined;
  }

  render({ text, voice, rate }: SpeechRequest): Promise<Buffer> {
    const wpm = String(Math.round(Math.min(450, Math.max(80, BASE_WPM * rate))));
    // Text on stdin, never on the command line (no quoting, no length limit, not in the process list).
    return runCommand(this.command, ['-v', voice, '-s', wpm, '--stdout', '--stdin'], text);
  }
}
