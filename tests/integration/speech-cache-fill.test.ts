// Rendering every prompt ahead takes minutes with RHVoice: the kiosk must speak at once meanwhile (a request is never
// queued behind the prompts rendered ahead), and the cache on disk must survive a restart, so it is filled once per
// content version.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../content/localized.ts';
import { FakeSpeechEngine } from '../../kiosk-server/speech/engines/fake.ts';
import type { SpeechRequest } from '../../kiosk-server/speech/speech-engine.ts';
import { SpeechService } from '../../kiosk-server/speech/speech-service.ts';
import { readWav } from '../../kiosk-server/speech/wav.ts';
import { eventually, startTestKiosk } from '../support/kiosk.ts';

/** The fake engine, as slow as a real one: each render takes `delayMs`. `started` lists the texts as they start. */
class SlowSpeechEngine extends FakeSpeechEngine {
  readonly started: string[] = [];

  constructor(private readonly delayMs: number) {
    super();
  }

  override async render(request: SpeechRequest): Promise<Buffer> {
    this.started.push(request.text);
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    return super.render(request);
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-speech-fill-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Tracks a promise's settling, to ask later whether it has. */
function watch<T>(promise: Promise<T>): { done: () => boolean; promise: Promise<T> } {
  let done = false;
  void promise.finally(() => (done = true)).catch(() => undefined);
  return { done: () => done, promise };
}

describe('the kiosk speaks at once while the cache fills', () => {
  it('a prompt not yet rendered is answered while 200 prompts are still being rendered ahead', async () => {
    const engine = new SlowSpeechEngine(40);
    const speech = await SpeechService.create({
      config: { engine: 'auto', voices: {} },
      cacheDir: path.join(dir, 'service'),
      logger: pino({ level: 'silent' }),
      engines: [engine],
    });
    const prompts = Array.from({ length: 200 }, (_, i) => ({ lang: 'uk' as Language, text: `Підказка номер ${i}` }));
    const prerender = watch(speech.prerender(prompts));
    await eventually(async () => (engine.requests.length >= 5 ? true : undefined));

    const asked = engine.started.length;
    const answer = await speech.say('uk', 'Щойно сказане на вимогу', 1, false);
    const renderedAheadByThen = engine.requests.filter((r) => r.text.startsWith('Підказка')).length;
    // While the kiosk's request was rendered, the run ahead started nothing new: the engine was the kiosk's.
    expect(engine.started.slice(asked)).toEqual(['Щойно сказане на вимогу']);
    expect(answer!.cached).toBe(false);
    expect(readWav(answer!.wav).durationMs).toBeGreaterThan(0);
    // Behind a shared queue it would have waited for all 200.
    expect(prerender.done()).toBe(false);
    expect(renderedAheadByThen).toBeLessThan(200);

    // A prompt that is also in the list is rendered on demand once, and then found on disk by the run ahead.
    const later = await speech.say('uk', 'Підказка номер 199', 1, false);
    expect(later!.cached).toBe(false);
    expect(await prerender.promise).toMatchObject({ rendered: 199, cached: 1 });
    expect(engine.requests.filter((r) => r.text === 'Підказка номер 199')).toHaveLength(1);
  });

  it('through POST /api/speech on a server that is rendering every prompt ahead', async () => {
    const engine = new SlowSpeechEngine(10);
    const kiosk = await startTestKiosk({ speechEngines: [engine], prerenderSpeech: true });
    try {
      const prerender = watch(kiosk.server.prerendered);
      await eventually(async () => (engine.requests.length >= 3 ? true : undefined));
      const response = await fetch(`${kiosk.server.url}/api/speech`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ lang: 'uk', parts: [{ text: 'Ви обрали три послуги' }], rate: 1, private: false }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-speech-cache')).toBe('miss');
      expect(readWav(Buffer.from(await response.arrayBuffer())).durationMs).toBeGreaterThan(0);
      expect(prerender.done()).toBe(false);
    } finally {
      await kiosk.stop();
    }
  });
});

describe('the cache survives a restart', () => {
  it('a second start on the same data folder renders nothing new', { timeout: 120_000 }, async () => {
    const dataDir = path.join(dir, 'kiosk');
    const first = new FakeSpeechEngine();
    const kiosk = await startTestKiosk({ dataDir, speechEngines: [first], prerenderSpeech: true });
    const once = await kiosk.server.prerendered;
    await kiosk.stop();
    // Every prompt of the catalogue and the kiosk's screens, in both languages (a few say the same once normalised, so
    // the second of those is already cached).
    expect(once.rendered).toBeGreaterThan(1_000);
    expect(first.requests).toHaveLength(once.rendered);

    const second = new FakeSpeechEngine();
    const again = await startTestKiosk({ dataDir, speechEngines: [second], prerenderSpeech: true });
    try {
      expect(await again.server.prerendered).toMatchObject({ rendered: 0, cached: once.rendered + once.cached });
      expect(second.requests).toHaveLength(0);
    } finally {
      await again.stop();
    }
  });
});
