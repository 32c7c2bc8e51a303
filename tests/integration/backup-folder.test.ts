// The backup folder: backups pruned to BACKUP_KEEP (another kiosk's files and anything else left alone), and a backup
// that fails (the folder a file, gone, full, or a copy that fails midway) told to staff, /healthz and /metrics until
// the next one works, never leaving a half file; a shutdown stops a copy under way.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupState } from '../../protocol/staff-events.ts';
import type { CopyOptions } from '../../kiosk-server/backup/backup-copy.ts';
import type { BackupSettings } from '../../kiosk-server/backup/backups.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { saveHashedStaffAccount } from '../../kiosk-server/staff/accounts.ts';
import { hashPassword } from '../../kiosk-server/staff/passwords.ts';
import { commitMany } from '../support/applications.ts';
import { HOURLY, useBackupKiosks } from '../support/backup-kiosks.ts';
import { connectStaff, eventually, TEST_STAFF } from '../support/kiosk.ts';
import { TestClock } from '../support/test-clock.ts';

const kiosks = useBackupKiosks();

/** Backups into `dir` one page a step, each step followed by `afterStep` (a fault, or a slow disk). */
const onePageAStep = (dir: string, afterStep: CopyOptions['afterStep']): BackupSettings => ({
  dir,
  intervalMs: HOURLY,
  keep: 5,
  copy: { pagesPerStep: 1, afterStep },
});

describe('the backup folder', () => {
  it('keeps the last BACKUP_KEEP backups, and is read at start for when the newest was made', async () => {
    const clock = new TestClock(new Date('2026-12-03T07:15:00Z'));
    const backupDir = await kiosks.folder('keep');
    const settings = { dir: backupDir, intervalMs: HOURLY, keep: 3 };
    const server = await kiosks.startKiosk(await kiosks.folder('data'), undefined, settings, { clock });
    await commitMany(server.store, 3);
    await server.backupNow(); // the one made at start is under way or done: this one follows it
    for (let i = 1; i <= 4; i++) {
      clock.advance(60_000);
      await server.backupNow();
    }
    const names = (await readdir(backupDir)).sort();
    expect(names).toEqual(['vikno-K01-2026-12-03T071700Z.sqlite', 'vikno-K01-2026-12-03T071800Z.sqlite', 'vikno-K01-2026-12-03T071900Z.sqlite']);
    expect(server.backupStatus()).toMatchObject({ state: 'ok', lastSuccessAt: new Date('2026-12-03T07:19:00Z') });
    expect((await stat(path.join(backupDir, names[0]!))).mode & 0o777).toBe(0o600);
    await kiosks.stopKiosk(server);
    clock.advance(60_000);

    // Another kiosk's files and anything else in the folder are never pruned.
    await writeFile(path.join(backupDir, 'vikno-K02-2026-01-01T000000Z.sqlite'), 'another kiosk');
    await writeFile(path.join(backupDir, 'notes.txt'), 'a person wrote this');
    // Started again: the newest backup's time is known before the next one is made.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const again = await kiosks.startKiosk(await kiosks.folder('data'), undefined, { ...settings, copy: { afterStep: () => held, pagesPerStep: 1 } }, { clock });
    // The backup at start is held midway: the time comes from the folder.
    expect(again.backupStatus()).toMatchObject({ state: 'ok', lastSuccessAt: new Date('2026-12-03T07:19:00Z') });
    release();
    expect(await again.backupNow()).toMatchObject({ state: 'ok', lastSuccessAt: new Date('2026-12-03T07:20:00Z') });
    expect((await readdir(backupDir)).sort()).toEqual([
      'notes.txt',
      'vikno-K01-2026-12-03T071800Z.sqlite',
      'vikno-K01-2026-12-03T071900Z.sqlite',
      'vikno-K01-2026-12-03T072000Z.sqlite',
      'vikno-K02-2026-01-01T000000Z.sqlite',
    ]);
  });

  it('a backup that fails is an alert on the staff console and on /healthz, until the next one works', async () => {
    const backupDir = path.join(kiosks.dir, `not-a-folder-${randomBytes(4).toString('hex')}`);
    await writeFile(backupDir, 'this is a file, not a folder');
    const server = await kiosks.startKiosk(await kiosks.folder('data'), undefined, { dir: backupDir, intervalMs: HOURLY, keep: 5 });
    await saveHashedStaffAccount(server.db, TEST_STAFF.login, await hashPassword(TEST_STAFF.password), 'staff', new Date());
    await server.backupNow();
    expect(await kiosks.health(server)).toMatchObject({ state: 'failing', lastSuccessAt: null, error: expect.stringContaining('is not a folder') });
    expect((await (await fetch(`${server.url}/healthz`)).json()).status).toBe('ok'); // the kiosk still serves people
    expect(await kiosks.backupMetrics(server)).toEqual({ failing: 1, ageSeconds: expect.any(Number) });

    const states: BackupState[] = [];
    const staff = await connectStaff(server.url, (s) => s.on('backup:status', (state) => states.push(state)));
    try {
      // A console that connects hears the state at once.
      await eventually(() => states.find((s) => s.state === 'failing' && s.error?.includes(backupDir)));
      // With the reason's name and the folder, for the console's own words.
      expect(states.at(-1)).toMatchObject({ reason: 'not-folder', dir: backupDir });
      const failingSince = server.backupStatus().failingSince!;

      // The folder is gone altogether (a stick pulled out): still failing, since the first failure.
      await rm(backupDir);
      expect(await server.backupNow()).toMatchObject({ state: 'failing', lastError: expect.stringContaining('does not exist'), failingSince });
      await eventually(() => states.find((s) => s.error?.includes('does not exist') && s.reason === 'missing'));
      expect(await kiosks.health(server)).toMatchObject({ state: 'failing', error: expect.stringContaining('is its disk or USB stick plugged in') });

      // Back: the next backup works, and everybody is told.
      await mkdir(backupDir);
      const ok = await server.backupNow();
      expect(ok).toMatchObject({ state: 'ok', lastSuccessAt: expect.any(Date) });
      expect(ok.lastError).toBeUndefined();
      await eventually(() => states.at(-1)?.state === 'ok');
      expect(states.at(-1)).toEqual({
        kioskId: 'K01',
        dir: backupDir,
        state: 'ok',
        lastSuccessAt: ok.lastSuccessAt!.toISOString(),
        error: null,
        reason: null,
        failingSince: null,
      });
      expect(await kiosks.health(server)).toEqual({ state: 'ok', lastSuccessAt: ok.lastSuccessAt!.toISOString(), error: null, failingSince: null });
      expect(await readdir(backupDir)).toHaveLength(1);
      // The region's Prometheus sees the same (the server's own clock: the backup was just made).
      const scraped = await kiosks.backupMetrics(server);
      expect(scraped.failing).toBe(0);
      expect(scraped.ageSeconds).toBeLessThan(60);
    } finally {
      staff.disconnect();
    }
  });

  it('a backup folder that is full says so, leaves no half file, and works again once there is room', async () => {
    const backupDir = await kiosks.folder('full');
    // A real small filesystem where the test may mount one (root with the capability); a full disk as a fault otherwise.
    const small = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', backupDir]).status === 0;
    let full = true;
    const server = await kiosks.startKiosk(await kiosks.folder('data'), undefined, {
      dir: backupDir,
      intervalMs: HOURLY,
      keep: 5,
      ...(!small && {
        copy: {
          pagesPerStep: 4,
          afterStep: () => {
            if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
        },
      }),
    });
    try {
      await commitMany(server.store, 30);
      expect(await server.backupNow()).toMatchObject({ state: 'failing', lastError: `the backup folder ${backupDir} is full`, lastReason: 'full' });
      expect(await kiosks.health(server)).toMatchObject({ state: 'failing', error: `the backup folder ${backupDir} is full` });
      expect(await readdir(backupDir)).toEqual([]);

      if (small) spawnSync('mount', ['-o', 'remount,size=8m', backupDir]);
      full = false;
      expect(await server.backupNow()).toMatchObject({ state: 'ok' });
      expect(await readdir(backupDir)).toHaveLength(1);
    } finally {
      await kiosks.stopKiosk(server);
      if (small) spawnSync('umount', [backupDir]);
    }
  });

  it('a copy that fails midway leaves no file behind, and the next one is whole', async () => {
    const backupDir = await kiosks.folder('atomic');
    let fail = false;
    let steps = 0;
    // A step that fails once a few pages are written.
    const server = await kiosks.startKiosk(
      await kiosks.folder('data'),
      undefined,
      onePageAStep(backupDir, ({ remaining }) => {
        steps++;
        if (fail && remaining > 0 && steps % 4 === 0) throw new Error('the disk went away midway');
      }),
    );
    await server.backupNow();
    await commitMany(server.store, 20);
    await rm(backupDir, { recursive: true });
    await mkdir(backupDir);
    fail = true;
    steps = 0;
    const failed = await server.backupNow();
    expect(failed).toMatchObject({ state: 'failing', lastError: expect.stringContaining('the disk went away midway') });
    expect(steps).toBe(4); // it stopped midway, with pages still to copy
    expect(await readdir(backupDir)).toEqual([]);

    // What a crash in the middle of a copy would leave: cleared by the next backup.
    await writeFile(path.join(backupDir, '.vikno-K01-2026-01-01T000000Z.sqlite.partial'), 'half');
    await writeFile(path.join(backupDir, '.vikno-K01-2026-01-01T000000Z.sqlite.partial-journal'), 'half');
    fail = false;
    const ok = await server.backupNow();
    expect(ok.state).toBe('ok');
    expect(await readdir(backupDir)).toEqual([path.basename(ok.lastFile!)]);
    const checked = await Database.open(ok.lastFile!);
    try {
      expect(await checked.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await checked.get('SELECT COUNT(*) AS n FROM applications')).toEqual({ n: 20 });
    } finally {
      await checked.close();
    }
  });

  it('a shutdown during a backup stops the copy at its next step: no half file, no failure told, the last backup stands', async () => {
    const backupDir = await kiosks.folder('shutdown');
    let slow = false;
    let steps = 0;
    let remaining = 0;
    let midway!: () => void;
    const reached = new Promise<void>((resolve) => (midway = resolve));
    const server = await kiosks.startKiosk(
      await kiosks.folder('data'),
      undefined,
      onePageAStep(backupDir, async (progress) => {
        if (!slow) return;
        steps++;
        remaining = progress.remaining;
        if (steps === 3) midway();
        // A slow disk: the whole copy would take many seconds.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }),
    );
    const first = await server.backupNow();
    // The start's own backup is here too when it fell in another second than this one: whatever is here stays.
    const before = await readdir(backupDir);
    expect(before).toContain(path.basename(first.lastFile!));
    await commitMany(server.store, 30);
    slow = true;
    const backingUp = server.backupNow();
    await reached;
    await kiosks.stopKiosk(server);
    // Stopped within a step of the shutdown, with most of the copy still to do.
    expect(steps).toBeLessThanOrEqual(4);
    expect(remaining).toBeGreaterThan(20);
    expect(await backingUp).toMatchObject({ state: 'ok', lastFile: first.lastFile });
    expect(await readdir(backupDir)).toEqual(before);
  });
});
