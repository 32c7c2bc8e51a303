import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printed, startNodeScript } from '../support/node-process.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'vikno-main-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const startMain = (env: Record<string, string>) =>
  startNodeScript('kiosk-server/main.ts', { PORT: '0', CENTRAL_SIM_PORT: '0', KIOSK_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PICOVOICE_ACCESS_KEY: '', ...env });

describe('npm start (kiosk-server/main.ts)', () => {
  it('listens, reports where, serves /healthz and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const main = startMain({});
      const port = (await printed(main, /open http:\/\/localhost:(\d+)/))[1];
      expect(port, main.output()).toBeDefined();
      expect(main.output()).toMatch(/built-in simulator; received cases at http:\/\/127\.0\.0\.1:\d+\/cases/);
      expect(main.output()).toMatch(/voice: {7}uk → \S+/);
      expect(main.output()).toContain('wake word:   off (PICOVOICE_ACCESS_KEY is not set)');
      expect(main.output()).toContain('printer:     PDF files (roll-80mm)');
      expect(main.output()).toContain('backups:     OFF: BACKUP_DIR is not set');
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toMatchObject({
        status: 'ok',
        voices: { uk: expect.stringMatching(/\S/) },
        wakeWord: 'none',
      });
      main.child.kill(signal);
      expect(await main.exited).toBe(0);
    }
  });

  it('says which port is taken when it cannot listen', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const main = startMain({ CENTRAL_SIM_PORT: String((blocker.address() as AddressInfo).port) });
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain('for the central case simulator is in use');
      expect(main.output()).toContain('CENTRAL_SIM_PORT');
    } finally {
      blocker.close();
    }
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    const main = startMain({ KIOSK_ID: 'kiosk one' });
    expect(await main.exited).not.toBe(0);
    expect(main.output()).toContain('KIOSK_ID');
    for (const [env, variable] of [
      [{ CENTRAL_URL: 'http://127.0.0.1:9' }, 'CENTRAL_HMAC_SECRET'],
      [{ CENTRAL_URL: 'http://127.0.0.1:9', CENTRAL_DIALECT: 'trembita' }, 'UXP_CLIENT'],
      [{ UXP_CLIENT: 'not a client' }, 'UXP_CLIENT'],
    ] as const) {
      const bad = startMain(env);
      expect(await bad.exited).toBe(1);
      expect(bad.output()).toContain(variable);
    }
  });

  it('says plainly when the data key is not the one the data was sealed with, and leaves the data alone', async () => {
    // A data folder of its own: the other tests' data is sealed with a key file.
    const folder = { KIOSK_DATA_DIR: path.join(dataDir, 'keyed') };
    const keyed = { ...folder, KIOSK_DATA_KEY: 'ab'.repeat(32) };
    const first = startMain(keyed);
    await printed(first, /open http:\/\/localhost:\d+/);
    expect(first.output()).toContain('personal data sealed with KIOSK_DATA_KEY');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const wrong = startMain({ ...folder, KIOSK_DATA_KEY: 'cd'.repeat(32) });
    expect(await wrong.exited).toBe(1);
    expect(wrong.output()).toMatch(/Vikno cannot start: the data key \(KIOSK_DATA_KEY\) is not the key this kiosk's data was sealed with/);
    const again = startMain(keyed);
    await printed(again, /open http:\/\/localhost:\d+/);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});
