import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../kiosk-server/config.ts';
import { wakeWordSetupFor } from '../../kiosk-server/http/wake-word-route.ts';
import { describeWakeWord, resolveWakeWord } from '../../kiosk-server/wake-word/wake-word-config.ts';

describe('wake word configuration', () => {
  let dir: string;
  let model: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vikno-wake-'));
    model = path.join(dir, 'porcupine_params.pv');
    await writeFile(model, 'model');
    await writeFile(path.join(dir, 'kiosk.ppn'), 'keyword');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is off, saying why, until the AccessKey, a keyword and the model are all there', async () => {
    expect(await resolveWakeWord({ accessKey: undefined, keyword: 'Computer', modelFile: model })).toEqual({
      engine: 'none',
      reason: 'PICOVOICE_ACCESS_KEY is not set',
    });
    expect(await resolveWakeWord({ accessKey: 'key', keyword: undefined, modelFile: model })).toEqual({
      engine: 'none',
      reason: 'WAKE_WORD_KEYWORD is not set',
    });
    const missing = await resolveWakeWord({ accessKey: 'key', keyword: 'Computer', modelFile: path.join(dir, 'nope.pv') });
    expect(missing.engine === 'none' && missing.reason).toMatch(/nope\.pv is missing/);
    const unknown = await resolveWakeWord({ accessKey: 'key', keyword: 'Привіт кіоск', modelFile: model });
    expect(unknown.engine === 'none' && unknown.reason).toMatch(/neither a \.ppn file nor one of Alexa/);
  });

  it('takes a built-in keyword in any case, or a keyword file', async () => {
    expect(await resolveWakeWord({ accessKey: 'key', keyword: 'computer', modelFile: model })).toEqual({
      engine: 'porcupine',
      accessKey: 'key',
      keyword: { builtin: 'Computer' },
      modelFile: model,
    });
    const file = await resolveWakeWord({ accessKey: 'key', keyword: path.join(dir, 'kiosk.ppn'), modelFile: model });
    expect(file).toMatchObject({ engine: 'porcupine', keyword: { file: path.join(dir, 'kiosk.ppn'), label: 'kiosk' } });
    expect(describeWakeWord(file)).toMatch(/Porcupine, keyword .*kiosk\.ppn \(Picovoice checks the AccessKey online/);
  });

  it('reads its settings from the environment, the model under the data folder by default', () => {
    const config = configFromEnv({ PICOVOICE_ACCESS_KEY: 'abcdefghij0123==', WAKE_WORD_KEYWORD: 'Jarvis', KIOSK_DATA_DIR: dir });
    expect(config.wakeWord).toEqual({ accessKey: 'abcdefghij0123==', keyword: 'Jarvis', modelFile: path.join(dir, 'wake-word', 'porcupine_params.pv') });
    expect(() => configFromEnv({ PICOVOICE_ACCESS_KEY: 'short' })).toThrow(/PICOVOICE_ACCESS_KEY/);
  });

  it('gives the AccessKey only to a page on the kiosk itself', () => {
    const porcupine = { engine: 'porcupine', accessKey: 'secret', keyword: { builtin: 'Computer' }, modelFile: model } as const;
    expect(wakeWordSetupFor(porcupine, '127.0.0.1')).toEqual({
      engine: 'porcupine',
      accessKey: 'secret',
      keyword: { builtin: 'Computer' },
      modelPath: '/wake-word/porcupine_params.pv',
    });
    expect(wakeWordSetupFor(porcupine, '::1')).toMatchObject({ engine: 'porcupine' });
    expect(wakeWordSetupFor(porcupine, '10.0.0.7')).toEqual({ engine: 'none' });
    expect(wakeWordSetupFor({ engine: 'none', reason: 'off' }, '127.0.0.1')).toEqual({ engine: 'none' });
  });
});
