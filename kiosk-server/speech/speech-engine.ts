// Speech engines behind one interface: text in, a WAV file's bytes out. The engine never sees anything but the text
// it is asked to say (already normalised), the language, the voice and the rate.
import type { Language } from '../../content/localized.ts';

export interface SpeechRequest {
  /** Normalised text (see normalise/normalise.ts). */
  text: string;
  lang: Language;
  voice: string;
  /** 0.5 … 2: the engine changes the speed, never the pitch. */
  rate: number;
}

export type SpeechEngineName = 'espeak-ng' | 'rhvoice' | 'say' | 'fake';

export interface SpeechEngine {
  readonly name: SpeechEngineName;
  /** The voice this engine speaks `lang` with on this machine, or undefined when it cannot. */
  voiceFor(lang: Language): Promise<string | undefined>;
  /** Renders to WAV (RIFF, PCM). */
  render(request: SpeechRequest): Promise<Buffer>;
}
