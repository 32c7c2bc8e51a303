import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeCentralCaseSystem } from '../../kiosk-server/forwarding/fake-central.ts';
import { OutboxWorker, retryDelayMs } from '../../kiosk-server/forwarding/outbox-worker.ts';
import { commitApplications, formatApplicationNumber, type NewApplication } from '../../kiosk-server/store/applications.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { openKioskStore, type KioskStore } from '../../kiosk-server/store/kiosk-store.ts';
import { migrate, MIGRATIONS } from '../../kiosk-server/store/migrations.ts';
import { outboxCounts } from '../../kiosk-server/store/outbox.ts';
import { eventually } from '../support/eventually.ts';
import { TestClock } from '../support/test-clock.ts';

const commitApplication = async (store: KioskStore, application: NewApplication) => (await commitApplications(store, [application], { policy: 'kiosk' }))[0]!;

let dir: string;
let store: KioskStore;
let db: Database;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-store-'));
  ({ store } = await openKioskStore(dir, undefined));
  db = store.db;
});

afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const application = (id: string, submittedAt = new Date('2026-11-22T10:00:00Z')): NewApplication => ({
  id,
  visitId: `visit-${id}`,
  kioskId: 'K07',
  serviceId: 'one-time-aid',
  serviceVersion: 1,
  language: 'uk',
  answers: { surname: 'Шевченко' },
  documentIds: ['identity'],
  submittedAt,
  applicant: { kind: 'rnokpp', id: '3652504575' },
});

describe('the store', () => {
  it('runs in WAL mode and migrates once', async () => {
    expect(await db.get<{ journal_mode: string }>('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await migrate(db, { sealer: store.sealer, keyCheck: 'unused: already migrated' })).toBe(MIGRATIONS.length);
    expect(await db.all('SELECT version FROM schema_migrations')).toEqual(MIGRATIONS.map((_, i) => ({ version: i + 1 })));
  });

  it('numbers applications per kiosk and year, short and readable', async () => {
    const first = await commitApplication(store, application('a1'));
    const second = await commitApplication(store, application('a2'));
    expect([first.number, second.number]).toEqual(['K07-2026-000001', 'K07-2026-000002']);
    // 22:30 UTC on 31 December is 00:30 on 1 January in Kyiv: a new year starts a new sequence.
    const newYear = await commitApplication(store, application('a3', new Date('2026-12-31T22:30:00Z')));
    expect(newYear.number).toBe('K07-2027-000001');
    expect(formatApplicationNumber('K01', 2026, 123)).toBe('K01-2026-000123');
  });

  it('commits the applications of one visit together, or none of them', async () => {
    const both = await commitApplications(store, [application('v1'), { ...application('v2'), visitId: 'visit-v1', serviceId: 'housing-subsidy' }], {
      policy: 'kiosk',
    });
    expect(both.map((a) => a.number)).toEqual(['K07-2026-000001', 'K07-2026-000002']);
    await expect(commitApplications(store, [application('v3'), application('v1')], { policy: 'kiosk' })).rejects.toThrow(/UNIQUE/);
    expect(await db.all('SELECT id FROM applications ORDER BY id')).toEqual([{ id: 'v1' }, { id: 'v2' }]);
    expect(await outboxCounts(db)).toMatchObject({ pending: 2, forwarded: 0 });
  });

  it('writes the application and its outbox row together, or neither', async () => {
    await commitApplication(store, application('same-id'));
    await expect(commitApplication(store, application('same-id'))).rejects.toThrow(/UNIQUE/);
    expect(await db.all('SELECT id FROM applications')).toHaveLength(1);
    expect(await outboxCounts(db)).toMatchObject({ pending: 1, forwarded: 0 });
    // The failed attempt did not use up a number.
    expect((await commitApplication(store, application('next'))).number).toBe('K07-2026-000002');
  });
});

describe('the outbox worker', () => {
  it('retries through an outage with the same idempotency key and delivers once', async () => {
    const central = new FakeCentralCaseSystem();
    central.failNext = 2;
    const clock = new TestClock(new Date('2026-11-22T10:00:00Z'));
    const worker = new OutboxWorker({
      store,
      leaseMs: 5_000,
      central,
      logger: pino({ level: 'silent' }),
      now: () => clock.now(),
      backoff: { baseMs: 1_000, maxMs: 60_000 },
    });
    const stored = await commitApplication(store, application('app-1'));

    expect(await worker.drainOnce()).toBe(0);
    const afterFirst = await db.get<{ attempts: number; last_error: string; next_attempt_at: string }>(
      'SELECT attempts, last_error, next_attempt_at FROM outbox',
    );
    expect(afterFirst).toMatchObject({ attempts: 1, last_error: 'fake outage' });
    expect(new Date(afterFirst!.next_attempt_at).getTime()).toBeGreaterThan(clock.now().getTime());
    // Not due yet: nothing is sent.
    expect(await worker.drainOnce()).toBe(0);
    expect(central.calls).toBe(1);

    clock.advance(60_000);
    expect(await worker.drainOnce()).toBe(0);
    clock.advance(60_000);
    expect(await worker.drainOnce()).toBe(1);
    expect(central.calls).toBe(3);
    expect([...central.cases.keys()]).toEqual([stored.id]);
    expect(await db.get('SELECT attempts, central_case_id AS caseId, forwarded_at IS NOT NULL AS done FROM outbox')).toEqual({
      attempts: 3,
      caseId: 'FAKE-1',
      done: 1,
    });
    expect(await worker.drainOnce()).toBe(0);
  });

  it('backs off exponentially with jitter, up to a cap', () => {
    const policy = { baseMs: 1_000, maxMs: 30_000 };
    expect(retryDelayMs(1, policy, () => 0)).toBe(500);
    expect(retryDelayMs(1, policy, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, policy, () => 1)).toBe(4_000);
    expect(retryDelayMs(20, policy, () => 1)).toBe(30_000);
    expect(retryDelayMs(20, policy, () => 0)).toBe(15_000);
  });

  it('waits between attempts when the store itself fails, instead of spinning', async () => {
    let errors = 0;
    const logger = pino({ level: 'error' }, { write: () => void errors++ });
    const broken = await Database.open(path.join(dir, 'other.sqlite'));
    await broken.close(); // every query now fails
    const worker = new OutboxWorker({
      store: { db: broken, sealer: store.sealer },
      leaseMs: 5_000,
      central: new FakeCentralCaseSystem(),
      logger,
      backoff: { baseMs: 100, maxMs: 1_000 },
    });
    worker.start();
    // Stays a real wait: the worker sleeps between failed passes on a real timer (its `now` only stamps the rows), so
    // only real time shows it waiting rather than spinning.
    await new Promise((r) => setTimeout(r, 350));
    await worker.stop();
    expect(errors).toBeGreaterThanOrEqual(1);
    expect(errors).toBeLessThanOrEqual(6);
  });

  it('sends a new application at once when woken', async () => {
    const central = new FakeCentralCaseSystem();
    const worker = new OutboxWorker({ store, leaseMs: 5_000, central, logger: pino({ level: 'silent' }) });
    worker.start();
    try {
      // Asleep until its next poll, 30 s away (the worker tells nothing of this but the wake-up it holds meanwhile).
      await eventually(() => (worker as unknown as { wakeUp?: () => void }).wakeUp !== undefined);
      await commitApplication(store, application('woken'));
      worker.wake();
      await eventually(() => central.cases.size > 0, 3_000);
      expect(central.cases.size).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});
