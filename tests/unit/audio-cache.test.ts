// The speech cache on disk is bounded: past its size the clips used longest ago go (POST /api/speech is open to the
// centre's network, so random texts must not fill the data disk), and a restart knows what an earlier run left.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AudioCache } from '../../kiosk-server/speech/audio-cache.ts';
import { FakeSpeechEngine } from '../../kiosk-server/speech/engines/fake.ts';
import type { SpeechRequest } from '../../kiosk-server/speech/speech-engine.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-audio-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Texts of one length, so every clip has the same size. */
const request = (text: string): SpeechRequest => ({ text: text.padEnd(40, '.'), lang: 'uk', voice: 'fake-uk', rate: 1 });

async function clipSize(): Promise<number> {
  return (await new FakeSpeechEngine().render(request('x'))).length;
}

async function clipsOnDisk(): Promise<number> {
  let count = 0;
  for (const folder of await readdir(dir)) count += (await readdir(path.join(dir, folder))).filter((n) => n.endsWith('.wav')).length;
  return count;
}

describe('the speech cache', () => {
  it('keeps at most its size, deleting the clips used longest ago', async () => {
    const size = await clipSize();
    const engine = new FakeSpeechEngine();
    const cache = new AudioCache(dir, 2 * size + size / 2);
    const file = (text: string) => path.join(dir, cache.keyOf(engine, request(text)).slice(0, 2), `${cache.keyOf(engine, request(text))}.wav`);
    await cache.get(engine, request('a'));
    await cache.get(engine, request('b'));
    await cache.get(engine, request('c'));
    expect(existsSync(file('a'))).toBe(false);
    expect([existsSync(file('b')), existsSync(file('c'))]).toEqual([true, true]);
    expect(await cache.size()).toBe(2 * size);

    // b heard again: c is now the one used longest ago.
    expect((await cache.get(engine, request('b'))).hit).toBe(true);
    await cache.get(engine, request('d'));
    expect([existsSync(file('b')), existsSync(file('c')), existsSync(file('d'))]).toEqual([true, false, true]);
    expect(await clipsOnDisk()).toBe(2);

    // A clip that went is rendered again when asked for.
    const rendered = engine.requests.length;
    expect((await cache.get(engine, request('a'))).hit).toBe(false);
    expect(engine.requests.length).toBe(rendered + 1);
  });

  it('after a restart, counts the clips an earlier run left and deletes the oldest first', async () => {
    const size = await clipSize();
    const engine = new FakeSpeechEngine();
    const first = new AudioCache(dir);
    for (const text of ['old', 'middle', 'new']) await first.get(engine, request(text));
    const file = (text: string) => path.join(dir, first.keyOf(engine, request(text)).slice(0, 2), `${first.keyOf(engine, request(text))}.wav`);
    const now = Date.now() / 1000;
    await utimes(file('old'), now - 300, now - 300);
    await utimes(file('middle'), now - 200, now - 200);
    await utimes(file('new'), now - 100, now - 100);

    const again = new AudioCache(dir, 3 * size);
    expect(await again.size()).toBe(3 * size);
    await again.get(engine, request('newest'));
    expect(existsSync(file('old'))).toBe(false);
    expect([existsSync(file('middle')), existsSync(file('new'))]).toEqual([true, true]);
    expect(await again.size()).toBe(3 * size);
  });

  it('keeps the clip just made even when it alone is larger than the cache', async () => {
    const engine = new FakeSpeechEngine();
    const cache = new AudioCache(dir, 10);
    await cache.get(engine, request('one'));
    await cache.get(engine, request('two'));
    expect(await clipsOnDisk()).toBe(1);
    expect((await cache.get(engine, request('two'))).hit).toBe(true);
  });
});
