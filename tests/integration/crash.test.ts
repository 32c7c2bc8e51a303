// The kiosk server killed (SIGKILL) while people submit and while it forwards, then started again on the same data:
// every application a person was told was submitted is there, and each reaches the central system exactly once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import type { RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { connectClient, eventually, request, startTestSimulator, type KioskClient } from '../support/kiosk.ts';
import { startKioskProcess } from '../support/kiosk-process.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';

let dir: string;
let simulator: RunningSimulator;
let catalogue: Catalogue;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-crash-'));
  // Slow enough that forwarding is always under way (and behind) when the kill comes.
  simulator = await startTestSimulator(dir, { faults: { errorRate: 0, timeoutRate: 0, latencyMs: 800, down: false } });
  catalogue = await loadCatalogue();
});
afterAll(async () => {
  await simulator.close();
  await rm(dir, { recursive: true, force: true });
});

/** `npm start`'s server on its own data folder, forwarding to the test simulator; resolves with its URL. Forwarded on
 * submit: this is the crash of submitting and forwarding (the desk's own is desk-crash.test.ts). */
const startKiosk = () => startKioskProcess(path.join(dir, 'kiosk'), simulator.url, { ACCEPTANCE: 'kiosk' });

/** One person after another at a screen, until the server goes away; returns the numbers they were shown. */
async function peopleAt(client: KioskClient, stopped: Promise<void>): Promise<string[]> {
  const shown: string[] = [];
  const gone = stopped.then(() => undefined);
  for (;;) {
    const visit = await Promise.race([
      (async () => {
        const { sessionId, view } = await startVisit(client, ['one-time-aid']);
        await answerUntilCheck(client, catalogue, sessionId, view);
        return request(client, 'application:submit', { sessionId });
      })().catch(() => undefined),
      gone,
    ]);
    if (!visit?.ok) return shown;
    shown.push(...visit.data.applications.map((a: { applicationNumber: string }) => a.applicationNumber));
  }
}

describe('a crash while submitting and forwarding', () => {
  it('loses nothing and duplicates nothing', { timeout: 120_000 }, async () => {
    const first = await startKiosk();
    const killed = new Promise<void>((resolve) => first.child.once('exit', () => resolve()));
    const clients = await Promise.all(Array.from({ length: 6 }, () => connectClient(first.url)));
    const people = Promise.all(clients.map((c) => peopleAt(c, killed)));

    // Kill it once people have been submitting for a while and the simulator is still catching up.
    await eventually(async () => ((await simulator.cases()).length >= 5 ? true : undefined), 60_000);
    first.child.kill('SIGKILL');
    await killed;
    const shown = (await people).flat();
    for (const c of clients) c.disconnect();
    const atKill = (await simulator.cases()).length;
    expect(shown.length).toBeGreaterThan(atKill); // forwarding was behind: the restart has work to finish

    const second = await startKiosk();
    try {
      const health = async () => (await (await fetch(`${second.url}/healthz`)).json()) as { forwarding: { pending: number } };
      await eventually(async () => ((await health()).forwarding.pending === 0 ? true : undefined), 60_000);
      const cases = await simulator.cases();
      const numbers = cases.map((c) => c.applicationNumber);
      // Exactly once: one case per application, never two for one number or one key.
      expect(new Set(numbers).size).toBe(cases.length);
      expect(new Set(cases.map((c) => c.idempotencyKey)).size).toBe(cases.length);
      // Every application the kiosk holds went, and nothing else.
      const kioskDb = await Database.open(path.join(dir, 'kiosk', 'kiosk.sqlite'));
      try {
        expect((await kioskDb.get<{ n: number }>('SELECT COUNT(*) AS n FROM applications'))!.n).toBe(cases.length);
      } finally {
        await kioskDb.close();
      }
      // Everything a person was shown as submitted is at the kiosk and at the central system.
      for (const number of shown) expect(numbers).toContain(number);
      const client = await connectClient(second.url);
      try {
        for (const number of shown.slice(0, 10))
          expect(await request(client, 'status:lookup', { text: number })).toMatchObject({ ok: true, data: { applicationNumber: number } });
      } finally {
        client.disconnect();
      }
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }
  });
});
