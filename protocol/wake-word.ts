// What the kiosk page is told about the wake word (GET /api/wake-word). Touch and the keypad never depend on it.

/** Porcupine's built-in keywords (English words: Porcupine has none in Ukrainian). */
export const PORCUPINE_BUILT_IN_KEYWORDS = [
  'Alexa',
  'Americano',
  'Blueberry',
  'Bumblebee',
  'Computer',
  'Grapefruit',
  'Grasshopper',
  'Hey Google',
  'Hey Siri',
  'Jarvis',
  'Okay Google',
  'Picovoice',
  'Porcupine',
  'Terminator',
] as const;

export type WakeWordSetup =
  | { engine: 'none' }
  | {
      engine: 'porcupine';
      /** Sent only to a page on the kiosk itself (loopback): the key is the centre's Picovoice credential. */
      accessKey: string;
      keyword: { builtin: (typeof PORCUPINE_BUILT_IN_KEYWORDS)[number] } | { publicPath: string; label: string };
      /** Porcupine's model file, served by the kiosk (never fetched from the internet). */
      modelPath: string;
    }
  /** For tests: a wake word that is "heard" when the page receives a `vikno:fake-wake` event. */
  | { engine: 'fake' };

/** The page event the fake wake-word engine takes for the word being heard (tests dispatch it). */
export const FAKE_WAKE_EVENT = 'vikno:fake-wake';

/** Where the kiosk serves Porcupine's files. */
export const WAKE_WORD_MODEL_PATH = '/wake-word/porcupine_params.pv';
export const WAKE_WORD_KEYWORD_PATH = '/wake-word/keyword.ppn';
