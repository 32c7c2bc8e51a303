// Plays what the voice guide says: each utterance is rendered by the server (POST /api/speech) and played in turn. A new
// utterance, a key or a touch stops what is playing (EN 301 549 5.1.3.5). Rate is rendered by the engine (pitch kept);
// volume is applied here. What must be said while the server is away (that the connection is lost) is rendered ahead
// and kept in memory: `keep`.
import type { Language } from '../../content/localized.ts';
import type { SpeechPart, SpeechRequestBody } from '../../protocol/speech.ts';
import { SPEECH_RATES, VOLUME_LEVELS } from '../settings/personal-settings.ts';

export interface Utterance {
  lang: Language;
  parts: SpeechPart[];
  /** Not to be stored on the server (a person's answers or numbers). */
  private: boolean;
}

/** EN 301 549 8.2.1: a volume range of at least 18 dB. 11 levels, 3 dB apart: −30 dB … 0 dB. */
export const VOLUME_STEP_DB = 3;
export const gainFor = (level: number): number => 10 ** ((-(VOLUME_LEVELS - 1 - level) * VOLUME_STEP_DB) / 20);

/** The words of an utterance as the caption line shows them (the same text the engine is asked to say). */
export const captionOf = (utterance: Utterance): string => utterance.parts.map((p) => p.text).join(' ');

export interface PlayerSettings {
  volume: number;
  rateIndex: number;
}

/** A kept clip's key: its language and words (kept clips are never private, so the words may be a key). */
const keptKey = (utterance: Utterance) => `${utterance.lang} ${captionOf(utterance)}`;

export class SpeechPlayer {
  /**
   * Clips rendered ahead, played from memory: said even when the server cannot be reached. One a text, at the rate it
   * was rendered at: a clip at another rate is asked for again while the server is there, and played as it is if not.
   */
  private readonly kept = new Map<string, { rate: number; clip: Blob }>();
  /** Being rendered for `kept` (each screen asks again: one request a clip). */
  private readonly keeping = new Set<string>();
  /** Replaced by `reset`: a clip asked for in the last visit is not kept for the next (it was at that person's rate). */
  private keptFor: object = {};
  private queue: Utterance[] = [];
  private generation = 0;
  private audio: HTMLAudioElement | undefined;
  private request: AbortController | undefined;
  /** The last screen's or item's words, for the repeat key. */
  private lastSaid: Utterance[] = [];
  private speaking = false;

  constructor(
    private readonly settings: () => PlayerSettings,
    private readonly onCaption: (caption: string) => void,
    private readonly onSpeaking: (speaking: boolean) => void = () => undefined,
  ) {}

  /** Says these, instead of whatever is being said. */
  say(utterances: Utterance[]): void {
    this.stop();
    this.lastSaid = utterances;
    this.queue = [...utterances];
    void this.play(this.generation);
  }

  /**
   * Says these after whatever is being said, without cutting it off (news that arrives while the confirmation reads the
   * number); the repeat key then says both.
   */
  sayAfter(utterances: Utterance[]): void {
    if (!this.speaking) {
      this.say(utterances);
      return;
    }
    this.lastSaid = [...this.lastSaid, ...utterances];
    this.queue.push(...utterances);
  }

  /**
   * Renders these now, at the person's rate, and keeps them in memory (public words only), so they can be said when the
   * server is away. A clip already kept is not asked for again; a failed request is tried again at the next call.
   */
  async keep(utterances: Utterance[]): Promise<void> {
    const rate = SPEECH_RATES[this.settings().rateIndex]!;
    const visit = this.keptFor;
    for (const utterance of utterances) {
      const key = keptKey(utterance);
      if (utterance.private || this.kept.get(key)?.rate === rate || this.keeping.has(key)) continue;
      this.keeping.add(key);
      try {
        const clip = await this.render(utterance, rate);
        if (visit !== this.keptFor) return;
        if (clip) this.kept.set(key, { rate, clip });
      } catch {
        // The server is away already: tried again when the next screen is announced.
      } finally {
        this.keeping.delete(key);
      }
    }
  }

  repeat(): void {
    this.say(this.lastSaid);
  }

  stop(): void {
    this.generation++;
    this.speaking = false;
    this.onSpeaking(false);
    this.queue = [];
    this.request?.abort();
    this.request = undefined;
    if (this.audio) {
      this.audio.pause();
      URL.revokeObjectURL(this.audio.src);
      this.audio = undefined;
    }
  }

  /** Forgets what was said and what was kept (the visit ended): the next person's page holds what a fresh one does. */
  reset(): void {
    this.stop();
    this.lastSaid = [];
    this.kept.clear();
    this.keptFor = {};
    this.onCaption('');
  }

  /** The server's rendering of an utterance at `rate` (undefined: nothing to say, or no voice); throws when it is away. */
  private async render(utterance: Utterance, rate: number, signal?: AbortSignal): Promise<Blob | undefined> {
    const body: SpeechRequestBody = { lang: utterance.lang, parts: utterance.parts, rate, private: utterance.private };
    const response = await fetch('/api/speech', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...(signal && { signal }),
    });
    return response.ok && response.status !== 204 ? response.blob() : undefined;
  }

  private async play(generation: number): Promise<void> {
    this.speaking = true;
    this.onSpeaking(true);
    try {
      await this.playQueue(generation);
    } finally {
      if (generation === this.generation) {
        this.speaking = false;
        this.onSpeaking(false);
      }
    }
  }

  private async playQueue(generation: number): Promise<void> {
    while (generation === this.generation && this.queue.length) {
      const utterance = this.queue.shift()!;
      this.onCaption(captionOf(utterance));
      const { volume, rateIndex } = this.settings();
      this.request = new AbortController();
      const rate = SPEECH_RATES[rateIndex]!;
      const kept = this.kept.get(keptKey(utterance));
      let blob = kept?.rate === rate ? kept.clip : undefined;
      if (!blob) {
        try {
          blob = await this.render(utterance, rate, this.request.signal);
          if (!blob) continue;
        } catch {
          // Stopped, or the server is away: a clip kept at another rate is said; otherwise the caption shows the words.
          if (generation !== this.generation || !kept) return;
          blob = kept.clip;
        }
      }
      if (generation !== this.generation) return;
      const audio = new Audio(URL.createObjectURL(blob));
      audio.volume = gainFor(volume);
      this.audio = audio;
      await new Promise<void>((resolve) => {
        audio.addEventListener('ended', () => resolve(), { once: true });
        audio.addEventListener('error', () => resolve(), { once: true });
        audio.addEventListener('pause', () => resolve(), { once: true });
        audio.play().catch(() => resolve());
      });
      if (this.audio === audio) {
        URL.revokeObjectURL(audio.src);
        this.audio = undefined;
      }
    }
  }
}
