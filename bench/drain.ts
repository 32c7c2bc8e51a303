// How fast a backlog drains once the central system is reachable again: 10 000 applications stored while it was down,
// then sent to the loopback simulator. Counts what arrived, and how often, to show nothing was lost or sent twice.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { commitApplications } from '../kiosk-server/store/applications.ts';
import { sampleApplication } from '../tests/support/applications.ts';
import { startTestKiosk } from '../tests/support/kiosk.ts';

export interface DrainFigures {
  backlog: number;
  seconds: number;
  perSecond: number;
  arrived: number;
  duplicates: number;
  lost: number;
  /** Requests the simulator saw per case (1 when nothing was retried). */
  requestsPerCase: number;
}

export async function measureDrain(backlog: number): Promise<DrainFigures> {
  const kiosk = await startTestKiosk({ prerenderSpeech: false }, { simulator: { faults: { errorRate: 0, timeoutRate: 0, latencyMs: 0, down: true } } });
  try {
    // The backlog: committed while the central system was down, 100 to a transaction so building it is quick.
    const numbers = new Set<string>();
    for (let done = 0; done < backlog; done += 100) {
      const batch = Array.from({ length: Math.min(100, backlog - done) }, () => sampleApplication({ visitId: randomUUID() }));
      for (const stored of await commitApplications(kiosk.server.store, batch, { policy: 'kiosk' })) numbers.add(stored.number);
    }
    // Let the first failed attempts settle, then bring the system back and time the drain.
    kiosk.server.worker.wake();
    await new Promise((r) => setTimeout(r, 500));
    await fetch(`${kiosk.simulator.url}/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await kiosk.server.db.run('UPDATE outbox SET next_attempt_at = ? WHERE forwarded_at IS NULL', [new Date().toISOString()]);
    const started = performance.now();
    kiosk.server.worker.wake();
    while ((await kiosk.server.forwardingState()).pending > 0) await new Promise((r) => setTimeout(r, 100));
    const seconds = (performance.now() - started) / 1000;
    const cases = await kiosk.simulator.cases();
    const arrivedNumbers = new Set(cases.map((c) => c.applicationNumber));
    return {
      backlog,
      seconds,
      perSecond: backlog / seconds,
      arrived: cases.length,
      duplicates: cases.length - arrivedNumbers.size,
      lost: [...numbers].filter((n) => !arrivedNumbers.has(n)).length,
      requestsPerCase: cases.reduce((sum, c) => sum + c.attempts, 0) / Math.max(1, cases.length),
    };
  } finally {
    await kiosk.stop();
  }
}
