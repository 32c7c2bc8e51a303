// The voice's figures for `npm run bench`, for each engine installed here (espeak-ng; RHVoice after
// `npm run setup:voices`): a kiosk started on an empty cache renders every prompt ahead (the time it takes), a dynamic
// utterance (what a person typed, never cached) is rendered while that runs and once it is done, and in Chromium a key
// → the first audio sample playing (a cached prompt, dynamic text, an on-screen key, a typed letter). An engine that
// would take longer than PRERENDER_BUDGET_MS to render every prompt (RHVoice: some 15 minutes here) renders for that
// long; its total is then estimated from the prompts it rendered, and says so (BENCH_FULL_PRERENDER=1: all of them).
// `npx tsx bench/voices.ts` runs these alone.
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { loadCatalogue, type Catalogue } from '../content/catalogue.ts';
import { EspeakNgEngine } from '../kiosk-server/speech/engines/espeak-ng.ts';
import { RhVoiceEngine } from '../kiosk-server/speech/engines/rhvoice.ts';
import { kioskPrompts } from '../kiosk-server/speech/prompts.ts';
import type { SpeechEngine } from '../kiosk-server/speech/speech-engine.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { startTestKiosk } from '../tests/support/kiosk.ts';

const DYNAMIC_SAMPLES = 20;
const SPEECH_KEYS = 40;
/** Between two dynamic utterances while the cache fills: a person does not type continuously. */
const DYNAMIC_GAP_MS = 250;
/** How long an engine renders ahead before its total is estimated instead of waited for. */
const PRERENDER_BUDGET_MS = 120_000;

export type Row = [string, string, string, string];

function summary(samples: number[]): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { median: at(50), p95: at(95), n: samples.length };
}

const ms = (v: number) => `${v.toFixed(2)} ms`;
const row = (label: string, samples: number[]): Row => {
  const figure = summary(samples);
  return [label, ms(figure.median), ms(figure.p95), String(figure.n)];
};

/** What a person typed, read back (private: rendered each time, never cached), a different one each time. */
const typed = (i: number) => [{ text: 'Ви ввели:' }, { text: `Коваленко${'о'.repeat(i % 5)}`, reading: 'spell' as const }];

async function dynamicUtterance(url: string, i: number): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${url}/api/speech`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ lang: 'uk', parts: typed(i), rate: 1, private: true }),
  });
  if (response.status !== 200) throw new Error(`POST /api/speech: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return performance.now() - start;
}

/** Key → first audio sample playing in Chromium, on the kiosk at `url` with its cache filled. */
async function keyToAudio(url: string): Promise<Record<'cached' | 'dynamic' | 'onscreenKey' | 'onscreenType', number[]>> {
  const samples = { cached: [] as number[], dynamic: [] as number[], onscreenKey: [] as number[], onscreenType: [] as number[] };
  const browser = await launchChromium();
  try {
    const page: Page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { keyAt: number; playingAt: number };
      w.keyAt = 0;
      w.playingAt = 0;
      document.addEventListener('keydown', () => (w.keyAt = performance.now()), true);
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        this.addEventListener('playing', () => (w.playingAt = performance.now()), { once: true });
        return play.call(this);
      };
    });
    const press = async (key: string): Promise<number> => {
      await page.keyboard.press(key);
      await page.waitForFunction(() => {
        const w = window as unknown as { keyAt: number; playingAt: number };
        return w.playingAt > w.keyAt;
      });
      return page.evaluate(() => {
        const w = window as unknown as { keyAt: number; playingAt: number };
        return w.playingAt - w.keyAt;
      });
    };
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('F2');
    await page.getByRole('button', { name: 'Так, у навушниках' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Українська', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Яку допомогу ви хочете отримати?' }).waitFor();
    await page.getByRole('button', { name: 'Продовжити' }).focus();
    // First pass renders and caches the two items (were they not rendered ahead); the samples are from the passes after.
    await press('ArrowUp');
    await press('ArrowDown');
    for (let i = 0; i < SPEECH_KEYS; i++) samples.cached.push(await press(i % 2 ? 'ArrowDown' : 'ArrowUp'));
    await page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: 'Пошук послуги' }))
      .focus();
    for (let i = 0; i < SPEECH_KEYS; i++) {
      samples.dynamic.push(await press('a'));
      await press('Backspace');
    }
    // The on-screen keyboard under the search box: ◀/▶ between two keys (their names cached), Enter types (said, private).
    await page.getByRole('button', { name: 'Показати клавіатуру' }).click();
    await page
      .getByRole('group', { name: /Клавіатура для поля/ })
      .getByRole('button', { name: 'Б', exact: true })
      .focus();
    await press('ArrowLeft');
    await press('ArrowRight');
    for (let i = 0; i < SPEECH_KEYS; i++) samples.onscreenKey.push(await press(i % 2 ? 'ArrowRight' : 'ArrowLeft'));
    for (let i = 0; i < SPEECH_KEYS; i++) samples.onscreenType.push(await press('Enter'));
  } finally {
    await browser.close();
  }
  return samples;
}

/** One engine's rows: a kiosk on an empty cache, as on a new machine or after the content changed. */
async function measureEngine(engine: SpeechEngine, catalogue: Catalogue): Promise<Row[]> {
  const name = engine.name;
  const prompts = kioskPrompts(catalogue).length;
  const filling = await startTestKiosk({ speechEngines: [engine], prerenderSpeech: true });
  let kiosk = filling;
  try {
    const whileFilling: number[] = [];
    let filled = false;
    void filling.server.prerendered.finally(() => (filled = true));
    for (let i = 0; i < DYNAMIC_SAMPLES && !filled; i++) {
      whileFilling.push(await dynamicUtterance(filling.server.url, i));
      await new Promise((resolve) => setTimeout(resolve, DYNAMIC_GAP_MS));
    }
    const budget = process.env['BENCH_FULL_PRERENDER'] ? Infinity : PRERENDER_BUDGET_MS;
    const prerender = await Promise.race([filling.server.prerendered, new Promise<undefined>((resolve) => setTimeout(resolve, budget))]);
    let prerenderRow: Row;
    if (prerender) {
      prerenderRow = [
        `voice (${name}): render every prompt ahead, empty cache (total / per prompt)`,
        `${(prerender.ms / 1000).toFixed(1)} s`,
        ms(prerender.ms / Math.max(1, prerender.rendered)),
        `${prerender.rendered} of ${prompts}`,
      ];
    } else {
      // Closing the server stops the run; it reports how far it got. The same folder (and cache) goes on for the rest.
      await filling.server.close();
      const partial = await filling.server.prerendered;
      const perPrompt = partial.ms / Math.max(1, partial.rendered);
      prerenderRow = [
        `voice (${name}): render every prompt ahead, empty cache (ESTIMATED total from ${partial.rendered} rendered in ${(partial.ms / 1000).toFixed(0)} s / per prompt)`,
        `~${((perPrompt * prompts) / 60_000).toFixed(1)} min`,
        ms(perPrompt),
        `${partial.rendered} of ${prompts}`,
      ];
      kiosk = await startTestKiosk({ speechEngines: [engine], prerenderSpeech: false, dataDir: filling.dataDir });
    }
    const idle: number[] = [];
    for (let i = 0; i < DYNAMIC_SAMPLES; i++) idle.push(await dynamicUtterance(kiosk.server.url, i));
    const keys = await keyToAudio(kiosk.server.url);
    return [
      prerenderRow,
      row(`voice (${name}): dynamic text → WAV (POST /api/speech), while the cache fills`, whileFilling),
      row(`voice (${name}): dynamic text → WAV (POST /api/speech), cache filled`, idle),
      row(`voice (${name}): key → audio playing, cached prompt`, keys.cached),
      row(`voice (${name}): key → audio playing, dynamic text`, keys.dynamic),
      row(`voice (${name}): on-screen keyboard ◀/▶ → key name playing (cached)`, keys.onscreenKey),
      row(`voice (${name}): on-screen key Enter → typed letter playing (dynamic)`, keys.onscreenType),
    ];
  } finally {
    if (kiosk === filling) await filling.stop();
    else {
      await kiosk.stop(); // its own folder; the filling kiosk's (already closed) goes with it after
      await filling.simulator.close();
      await rm(filling.dataDir, { recursive: true, force: true });
    }
  }
}

/**
 * Every installed engine's rows (of those named, or all); an engine that cannot speak Ukrainian here gets one row
 * saying so. `done` hears each engine's rows as soon as they are measured.
 */
export async function measureVoices(catalogue: Catalogue, names?: string[], done: (rows: Row[]) => void = () => undefined): Promise<Row[]> {
  const rows: Row[] = [];
  for (const engine of [new EspeakNgEngine(), new RhVoiceEngine()].filter((e) => !names?.length || names.includes(e.name))) {
    const engineRows = (await engine.voiceFor('uk'))
      ? await measureEngine(engine, catalogue)
      : [[`voice (${engine.name}): not installed${engine.name === 'rhvoice' ? ' (npm run setup:voices)' : ''}`, '-', '-', '-'] as Row];
    done(engineRows);
    rows.push(...engineRows);
  }
  return rows;
}

// `npx tsx bench/voices.ts [espeak-ng] [rhvoice]`: these figures alone, printed engine by engine.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await measureVoices(await loadCatalogue(), process.argv.slice(2), (rows) => {
    for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);
  });
}
