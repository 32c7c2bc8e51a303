// One backup of a database holding 10 000 applications (SQLite's online backup API into a temporary folder, synced and
// renamed), and its size: what a backup every BACKUP_INTERVAL_MINUTES costs the kiosk.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { commitApplications } from '../kiosk-server/store/applications.ts';
import { sampleApplication } from '../tests/support/applications.ts';
import { startTestKiosk } from '../tests/support/kiosk.ts';

/** Backups timed (after the one made at start). */
const RUNS = 5;

export async function measureBackup(applications: number): Promise<{ samples: number[]; bytes: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vikno-bench-backup-'));
  const kiosk = await startTestKiosk(
    { prerenderSpeech: false, backup: { dir, intervalMs: 24 * 3_600_000, keep: 2 } },
    { simulator: { faults: { errorRate: 0, timeoutRate: 0, latencyMs: 0, down: true } } },
  );
  try {
    for (let done = 0; done < applications; done += 100) {
      const batch = Array.from({ length: Math.min(100, applications - done) }, () => sampleApplication({ visitId: randomUUID() }));
      await commitApplications(kiosk.server.store, batch, { policy: 'kiosk' });
    }
    await kiosk.server.backupNow();
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      // A second apart: each run writes a file of its own (the name has the second).
      await new Promise((r) => setTimeout(r, 1000));
      const started = performance.now();
      const status = await kiosk.server.backupNow();
      samples.push(performance.now() - started);
      if (status.state !== 'ok') throw new Error(`backup failed: ${status.lastError}`);
      bytes = (await stat(status.lastFile!)).size;
    }
    return { samples, bytes };
  } finally {
    await kiosk.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
