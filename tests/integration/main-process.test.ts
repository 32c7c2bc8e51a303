import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/kiosk.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'vikno-main-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'kiosk-server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', CENTRAL_SIM_PORT: '0', KIOSK_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PICOVOICE_ACCESS_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('npm start (kiosk-server/main.ts)', () => {
  it('listens, reports where, serves /healthz and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const main = startMain({});
      const deadline = Date.now() + 20_000;
      while (!/open http:\/\/localhost:(\d+)/.test(main.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const port = /open http:\/\/localhost:(\d+)/.exec(main.output())?.[1];
      expect(port, main.output()).toBeDefined();
      expect(main.output()).toMatch(/built-in simulator; received cases at http:\/\/127\.0\.0\.1:\d+\/cases/);
      expect(main.output()).toMatch(/voice: {7}uk → \S+/);
      expect(main.output()).toContain('wake word:   off (PICOVOICE_ACCESS_KEY is not set)');
      expect(main.output()).toContain('printer:     PDF files (roll-80mm)');
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
    await eventually(() => /open http:\/\/localhost:\d+/.test(first.output()) || undefined, 20_000);
    expect(first.output()).toContain('personal data sealed with KIOSK_DATA_KEY');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const wrong = startMain({ ...folder, KIOSK_DATA_KEY: 'cd'.repeat(32) });
    expect(await wrong.exited).toBe(1);
    expect(wrong.output()).toMatch(/Vikno cannot start: the data key \(KIOSK_DATA_KEY\) is not the key this kiosk's data was sealed with/);
    const again = startMain(keyed);
    await eventually(() => /open http:\/\/localhost:\d+/.test(again.output()) || undefined, 20_000);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});
