// The server stops in the middle of a visit (SIGTERM, as an update does; SIGKILL, as a crash does) and starts again on
// the same data folder: the screen resumes the visit on the same question with the answers kept. A visit that ended is
// gone from the store, so a restart never brings it back for the next person.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { connectClient, request, startTestSimulator } from '../support/kiosk.ts';
import { startKioskProcess } from '../support/kiosk-process.ts';
import { startVisit } from '../support/socket-walk.ts';

let dir: string;
let simulator: RunningSimulator;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-restart-'));
  simulator = await startTestSimulator(dir);
});
afterAll(async () => {
  await simulator?.close();
  await rm(dir, { recursive: true, force: true });
});

const dataDir = () => path.join(dir, 'kiosk');
const NAME = { surname: 'Шевченко', givenName: 'Тарас', patronymic: 'Григорович' };

async function keptVisits(): Promise<number> {
  const db = await Database.open(path.join(dataDir(), 'kiosk.sqlite'));
  try {
    return (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM visits_in_progress'))!.n;
  } finally {
    await db.close();
  }
}

describe('a restart of the server in the middle of a visit', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`${signal}: the visit goes on where it was, with its answers`, { timeout: 90_000 }, async () => {
      const first = await startKioskProcess(dataDir(), simulator.url);
      const client = await connectClient(first.url);
      const { sessionId, view } = await startVisit(client, ['one-time-aid']);
      const answered = await request(client, 'step:answer', { sessionId, stepId: view.stepId, values: NAME });
      expect(answered.ok && answered.data.screen).toBe('question');
      const onQuestion = answered.data as { stepId: string };
      expect(onQuestion.stepId).not.toBe(view.stepId);
      // The step's state is written just after its ack; a lookup reads the store behind that write (one queue), so
      // once it answers the step is on disk. (A crash in those milliseconds would lose only that step.)
      expect(await request(client, 'status:lookup', { text: 'K01-2026-000001' })).toMatchObject({ error: { code: 'unknown_application' } });
      client.disconnect();

      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill(signal);
      await exited;

      const port = new URL(first.url).port;
      const second = await startKioskProcess(dataDir(), simulator.url, { PORT: port });
      try {
        const again = await connectClient(second.url);
        const resumed = await request(again, 'visit:resume', { sessionId });
        expect(resumed.ok).toBe(true);
        expect(resumed.data.lang).toBe('uk');
        expect(resumed.data.view.stepId).toBe(onQuestion.stepId);
        const back = await request(again, 'step:back', { sessionId });
        expect(back.ok && back.data.stepId).toBe(view.stepId);
        expect(back.data.values).toMatchObject(NAME);

        // The visit ends: nothing of it is kept, and another restart does not bring it back.
        expect(await request(again, 'visit:end', { sessionId })).toMatchObject({ ok: true });
        again.disconnect();
      } finally {
        const stopped = new Promise((resolve) => second.child.once('exit', resolve));
        second.child.kill('SIGTERM');
        await stopped;
      }
      expect(await keptVisits()).toBe(0);
      const third = await startKioskProcess(dataDir(), simulator.url);
      try {
        const later = await connectClient(third.url);
        expect(await request(later, 'visit:resume', { sessionId })).toMatchObject({ ok: false, error: { code: 'session_not_found' } });
        later.disconnect();
      } finally {
        const stopped = new Promise((resolve) => third.child.once('exit', resolve));
        third.child.kill('SIGTERM');
        await stopped;
      }
    });
  }
});
