// Asks the kiosk server which wake-word engine to run, loads only that one (Porcupine is megabytes: never in the main
// bundle), starts it and tells the server whether it listens, so staff see a failure in the log.
import type { WakeWordSetup } from '../../protocol/wake-word.ts';
import type { WakeWordEngine } from './wake-word-engine.ts';

export type WakeWordState = 'off' | 'listening' | 'failed';

async function engineFor(setup: WakeWordSetup): Promise<WakeWordEngine | undefined> {
  switch (setup.engine) {
    case 'none':
      return undefined;
    case 'fake':
      return new (await import('./fake-engine.ts')).FakeWakeWord();
    case 'porcupine':
      return new (await import('./porcupine-engine.ts')).PorcupineWakeWord(setup);
  }
}

const report = (listening: boolean, message?: string) =>
  fetch('/api/wake-word/report', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ listening, ...(message && { message }) }),
  }).catch(() => undefined);

/** Porcupine's errors carry the engine's own explanation in `messageStack`. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const stack = (error as Error & { messageStack?: unknown }).messageStack;
  const details = Array.isArray(stack) ? stack.filter((line) => typeof line === 'string' && line.trim()) : [];
  return [error.message.replace(/[:\s]+$/, ''), ...details].join(': ').slice(0, 500);
}

export async function startWakeWord(onWake: () => void): Promise<{ state: WakeWordState; engine?: WakeWordEngine }> {
  try {
    const response = await fetch('/api/wake-word');
    if (!response.ok) throw new Error(`the kiosk server answered ${response.status}`);
    const engine = await engineFor((await response.json()) as WakeWordSetup);
    if (!engine) return { state: 'off' };
    await engine.start(onWake);
    await report(true);
    return { state: 'listening', engine };
  } catch (error) {
    await report(false, reasonOf(error));
    return { state: 'failed' };
  }
}
