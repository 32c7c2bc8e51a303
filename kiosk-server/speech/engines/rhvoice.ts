// RHVoice (Debian non-free: rhvoice, rhvoice-ukrainian, rhvoice-english): a better Ukrainian voice than espeak-ng.
// Used for a language when its voice is installed.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Language } from '../../../content/localized.ts';
import type { SpeechEngine, SpeechRequest } from '../speech-engine.ts';
import { commandWorks, runCommand } from './run-command.ts';

const DEFAULT_VOICES: Record<Language, string> = { uk: 'natalia', en: 'slt' };
const VOICE_DIRS = ['/usr/share/RHVoice/voices', '/usr/local/share/RHVoice/voices'];

export class RhVoiceEngine implements SpeechEngine {
  readonly name = 'rhvoice';
  private works: Promise<boolean> | undefined;

  constructor(
    private readonly command = 'RHVoice-test',
    private readonly preferred: Partial<Record<Language, string>> = {},
  ) {}

  async voiceFor(lang: Language): Promise<string | undefined> {
    this.works ??= commandWorks(this.command, ['--help']);
    if (!(await this.works)) return undefined;
    const voice = this.preferred[lang] ?? DEFAULT_VOICES[lang];
    return VOICE_DIRS.some((dir) => existsSync(path.join(dir, voice))) ? voice : undefined;
  }

  async render({ text, voice, rate }: SpeechRequest): Promise<Buffer> {
    const dir = await mkdtemp(path.join(tmpdir(), 'vikno-rhvoice-'));
    try {
      const file = path.join(dir, 'speech.wav');
      await runCommand(this.command, ['-p', voice, '-r', String(Math.round(rate * 100)), '-o', file], text);
      return await readFile(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
