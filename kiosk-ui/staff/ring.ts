// The help-call sound: two short tones made with Web Audio (no sound file to ship). The console is used after a login
// click, so the browser allows sound.
let context: AudioContext | undefined;

/** A console reloaded with its session still valid has had no click yet: the first one unlocks the sound. */
for (const type of ['pointerdown', 'keydown'] as const) {
  document.addEventListener(type, () => void context?.resume().catch(() => undefined), { capture: true });
}

export function ring(): void {
  try {
    context ??= new AudioContext();
    void context.resume().catch(() => undefined);
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.25, 660],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.2, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.2);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.2);
    }
  } catch {
    // No audio device: the call still shows, and is announced to screen readers.
  }
}
