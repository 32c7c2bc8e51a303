// Which engine speaks which language, rendering with the cache, and rendering the catalogue's prompts ahead of time.
import type { Logger } from 'pino';
import { LANGUAGES, type Language } from '../../content/localized.ts';
import { AudioCache } from './audio-cache.ts';
import { EspeakNgEngine } from './engines/espeak-ng.ts';
import { RhVoiceEngine } from './engines/rhvoice.ts';
import { SayEngine } from './engines/say.ts';
import { normaliseForSpeech, type SpeechPart } from './normalise/normalise.ts';
import type { SpeechEngine, SpeechEngineName } from './speech-engine.ts';

export type EngineChoice = 'auto' | Exclude<SpeechEngineName, 'fake'> | 'none';

/** The engine tried first for each language when the choice is "auto": RHVoice sounds better in Ukrainian. */
const AUTO_ORDER: Record<Language, Exclude<SpeechEngineName, 'fake'>[]> = {
  uk: ['rhvoice', 'espeak-ng', 'say'],
  en: ['espeak-ng', 'rhvoice', 'say'],
};

export interface SpeechConfig {
  engine: EngineChoice;
  voices: Partial<Record<Language, string>>;
}

export interface LanguageVoice {
  engine: SpeechEngine;
  voice: string;
}

/** What rendering ahead did: prompts rendered now, prompts found on disk, and the time it took. */
export interface PrerenderResult {
  rendered: number;
  cached: number;
  ms: number;
}

export interface SpeechResult {
  wav: Buffer;
  cached: boolean;
}

export class SpeechService {
  private stopped = false;
  /** Requests of the kiosk being rendered now; rendering ahead waits for none. */
  private kioskRequests = 0;
  private readonly waitingForKiosk: (() => void)[] = [];

  private constructor(
    private readonly voices: Partial<Record<Language, LanguageVoice>>,
    private readonly cache: AudioCache,
    private readonly logger: Logger,
  ) {}

  /** Finds a voice for each language on this machine. `engines` replaces the real ones (tests use the fake). */
  static async create(options: { config: SpeechConfig; cacheDir: string; logger: Logger; engines?: SpeechEngine[] }): Promise<SpeechService> {
    const { config } = options;
    const engines = options.engines ?? [
      new RhVoiceEngine('RHVoice-test', config.voices),
      new EspeakNgEngine('espeak-ng', config.voices),
      new SayEngine(config.voices),
    ];
    const voices: Partial<Record<Language, LanguageVoice>> = {};
    for (const lang of LANGUAGES) {
      if (config.engine === 'none') continue;
      const order = options.engines ? engines.map((e) => e.name) : config.engine === 'auto' ? AUTO_ORDER[lang] : [config.engine];
      for (const name of order) {
        const engine = engines.find((e) => e.name === name);
        const voice = await engine?.voiceFor(lang);
        if (engine && voice) {
          voices[lang] = { engine, voice };
          break;
        }
      }
    }
    return new SpeechService(voices, new AudioCache(options.cacheDir), options.logger);
  }

  /** "uk → espeak-ng (uk)" per language, or undefined where nothing can speak it. */
  describe(): Record<Language, string | undefined> {
    return Object.fromEntries(
      LANGUAGES.map((lang) => [lang, this.voices[lang] ? `${this.voices[lang].engine.name} (${this.voices[lang].voice})` : undefined]),
    ) as Record<Language, string | undefined>;
  }

  /** Stops rendering ahead (the server is shutting down). */
  stop(): void {
    this.stopped = true;
  }

  canSpeak(lang: Language): boolean {
    return !!this.voices[lang];
  }

  /** Renders an utterance for the kiosk. Private text (a person's answers) is never written to the cache. */
  async say(lang: Language, parts: string | SpeechPart[], rate: number, privateText: boolean): Promise<SpeechResult | undefined> {
    this.kioskRequests++;
    try {
      return await this.render(lang, parts, rate, privateText);
    } finally {
      if (--this.kioskRequests === 0) for (const resume of this.waitingForKiosk.splice(0)) resume();
    }
  }

  /** Settles once no request of the kiosk is being rendered. */
  private kioskQuiet(): Promise<void> {
    return this.kioskRequests === 0 ? Promise.resolve() : new Promise((resolve) => this.waitingForKiosk.push(resolve));
  }

  private async render(lang: Language, parts: string | SpeechPart[], rate: number, privateText: boolean): Promise<SpeechResult | undefined> {
    const voice = this.voices[lang];
    if (!voice) return undefined;
    const request = { text: normaliseForSpeech(lang, parts), lang, voice: voice.voice, rate };
    if (!request.text) return undefined;
    if (privateText) return { wav: await voice.engine.render(request), cached: false };
    const { wav, hit } = await this.cache.get(voice.engine, request);
    return { wav, cached: hit };
  }

  /**
   * Renders prompts one after another in the background; a failure is logged once and stops the run. Requests from the
   * kiosk never queue behind it: they render at once (`say`), and the run waits while any is being rendered, so the
   * engine's CPU goes to them first. Prompts already on disk are counted as cached, so a start on a filled cache renders
   * none.
   */
  async prerender(prompts: { lang: Language; text: string }[], rate = 1): Promise<PrerenderResult> {
    const start = performance.now();
    let rendered = 0;
    let cached = 0;
    for (const prompt of prompts) {
      await this.kioskQuiet();
      if (this.stopped) break;
      try {
        const result = await this.render(prompt.lang, prompt.text, rate, false);
        if (result?.cached) cached++;
        else if (result) rendered++;
      } catch (error) {
        this.logger.warn({ err: error }, 'prompts not rendered ahead');
        break;
      }
      // Let requests from the kiosk that arrived meanwhile start first.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { rendered, cached, ms: performance.now() - start };
  }
}
