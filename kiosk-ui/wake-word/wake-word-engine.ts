// A wake word starts the voice guide for a person who cannot find the voice key. It is optional: touch and the keypad
// never depend on it, and the kiosk runs the same without one.

export interface WakeWordEngine {
  /** Starts listening; `onWake` runs each time the word is heard. Rejects with a readable reason when it cannot. */
  start(onWake: () => void): Promise<void>;
  stop(): Promise<void>;
}
