// What the kiosk asks the server to say (POST /api/speech).
import type { Language } from '../content/localized.ts';

/** How a part is read: as running text, digit by digit, or letter by letter. */
export type SpeechReading = 'text' | 'digits' | 'spell';

export interface SpeechPart {
  text: string;
  reading?: SpeechReading;
}

export interface SpeechRequestBody {
  lang: Language;
  parts: SpeechPart[];
  /** 0.5 … 2. */
  rate: number;
  /** Contains what a person typed or a number of theirs: rendered, never stored. */
  private: boolean;
}
