// The real espeak-ng, the cache and the speech endpoint.
import { loadCatalogue } from '../../content/catalogue.ts';
import { kioskPrompts } from '../../kiosk-server/speech/prompts.ts';
import { readdir } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakNgEngine } from '../../kiosk-server/speech/engines/espeak-ng.ts';
import { RhVoiceEngine } from '../../kiosk-server/speech/engines/rhvoice.ts';
import { SpeechService } from '../../kiosk-server/speech/speech-service.ts';
import { readWav } from '../../kiosk-server/speech/wav.ts';
import { startTestKiosk, type TestKiosk } from '../support/kiosk.ts';

let dir: string;
let speech: SpeechService;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-speech-'));
  speech = await SpeechService.create({ config: { engine: 'espeak-ng', voices: {} }, cacheDir: dir, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cachedFiles(): Promise<number> {
  const subdirs = await readdir(dir).catch(() => []);
  let count = 0;
  for (const sub of subdirs) count += (await readdir(path.join(dir, sub))).length;
  return count;
}

describe('espeak-ng', () => {
  it('has a Ukrainian and an English voice on this machine', async () => {
    const engine = new EspeakNgEngine();
    expect(await engine.voiceFor('uk')).toBe('uk');
    expect(await engine.voiceFor('en')).toBe('en-gb');
    expect(speech.describe()).toEqual({ uk: 'espeak-ng (uk)', en: 'espeak-ng (en-gb)' });
  });

  it.each([
    ['uk', 'Ваша дата народження: 05.03.1958'],
    ['en', 'Your date of birth: 05.03.1958'],
  ] as const)('renders a %s prompt to WAV that is speech-length and not silence', async (lang, text) => {
    const result = (await speech.say(lang, text, 1, false))!;
    const wav = readWav(result.wav);
    // "пʼятого березня тисяча девʼятсот пʼятдесят восьмого року" takes seconds, not milliseconds.
    expect(wav.durationMs).toBeGreaterThan(2_000);
    expect(wav.durationMs).toBeLessThan(15_000);
    expect(wav.rms).toBeGreaterThan(0.02);
  });

  it('a faster rate is shorter, at the same pitch (the engine changes speed, not the sample rate)', async () => {
    const normal = readWav((await speech.say('uk', 'Перевірте відповіді перед поданням', 1, false))!.wav);
    const fast = readWav((await speech.say('uk', 'Перевірте відповіді перед поданням', 2, false))!.wav);
    expect(fast.sampleRate).toBe(normal.sampleRate);
    expect(fast.durationMs).toBeLessThan(normal.durationMs * 0.75);
  });

  it('renders the on-screen keyboard ahead: a key the arrows land on is said from the cache', async () => {
    const keys = kioskPrompts(await loadCatalogue()).filter((p) => ['б', 'апостроф', 'сім', 'Клавіатура на екрані'].includes(p.text) && p.lang === 'uk');
    expect(keys.map((p) => p.text).sort()).toEqual(['Клавіатура на екрані', 'апостроф', 'б', 'сім']);
    await speech.prerender(keys);
    for (const key of ['Б', "'", '7']) expect((await speech.say('uk', [{ text: key, reading: 'spell' }], 1, false))!.cached, key).toBe(true);
  });

  it('a second request for the same prompt comes from the cache', async () => {
    const first = await speech.say('uk', 'Подайте заяву на соціальну допомогу', 1, false);
    const second = await speech.say('uk', 'Подайте заяву на соціальну допомогу', 1, false);
    expect(first!.cached).toBe(false);
    expect(second!.cached).toBe(true);
    expect(second!.wav.equals(first!.wav)).toBe(true);
  });

  it('what a person typed is never written to the cache', async () => {
    const before = await cachedFiles();
    const result = await speech.say('uk', [{ text: 'Коваленко', reading: 'spell' }], 1, true);
    expect(readWav(result!.wav).durationMs).toBeGreaterThan(500);
    expect(await cachedFiles()).toBe(before);
  });
});

// RHVoice is installed by `npm run setup:voices`, which `npm test` does not run (it changes apt's sources).
const rhvoiceUk = await new RhVoiceEngine().voiceFor('uk');
describe.skipIf(!rhvoiceUk)(`RHVoice${rhvoiceUk ? '' : ' (skipped: not installed here; npm run setup:voices installs it)'}`, () => {
  it('auto chooses RHVoice for Ukrainian and espeak-ng for English', async () => {
    const auto = await SpeechService.create({ config: { engine: 'auto', voices: {} }, cacheDir: dir, logger: pino({ level: 'silent' }) });
    expect(auto.describe()).toEqual({ uk: 'rhvoice (natalia)', en: 'espeak-ng (en-gb)' });
  });

  it.each([
    ['uk', 'natalia', 'Ваша дата народження: 05.03.1958'],
    ['en', 'slt', 'Your date of birth: 05.03.1958'],
  ] as const)('renders a %s prompt with %s to WAV that is speech-length and not silence', async (lang, voice, text) => {
    const rhvoice = await SpeechService.create({ config: { engine: 'rhvoice', voices: {} }, cacheDir: dir, logger: pino({ level: 'silent' }) });
    expect(rhvoice.describe()[lang]).toBe(`rhvoice (${voice})`);
    const wav = readWav((await rhvoice.say(lang, text, 1, false))!.wav);
    expect(wav.durationMs).toBeGreaterThan(2_000);
    expect(wav.durationMs).toBeLessThan(15_000);
    expect(wav.rms).toBeGreaterThan(0.02);
    // A faster rate is shorter.
    const fast = readWav((await rhvoice.say(lang, text, 2, true))!.wav);
    expect(fast.durationMs).toBeLessThan(wav.durationMs * 0.75);
  });
});

describe('POST /api/speech', () => {
  let kiosk: TestKiosk;
  beforeAll(async () => {
    kiosk = await startTestKiosk();
  });
  afterAll(async () => {
    await kiosk?.stop();
  });

  const post = (body: unknown) =>
    fetch(`${kiosk.server.url}/api/speech`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers WAV, from the cache the second time', async () => {
    const body = { lang: 'uk', parts: [{ text: 'Допомога' }], rate: 1, private: false };
    const first = await post(body);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('audio/wav');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('x-speech-cache')).toBe('miss');
    expect(readWav(Buffer.from(await first.arrayBuffer())).durationMs).toBeGreaterThan(0);
    expect((await post(body)).headers.get('x-speech-cache')).toBe('hit');
  });

  it('refuses a bad request with a message that names the problem', async () => {
    const response = await post({ lang: 'de', parts: [], rate: 5, private: false });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/lang.*parts.*rate|lang/);
  });
});
