// Backup settings from the environment, the names backups are written under, and the `backups:` line of npm start.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupTime } from '../../kiosk-server/backup/backup-files.ts';
import { describeBackups } from '../../kiosk-server/backup/describe-backups.ts';
import { configFromEnv } from '../../kiosk-server/config.ts';

describe('backup settings', () => {
  it('are off without BACKUP_DIR; with it, every 15 minutes and the last 96 kept unless told', () => {
    expect(configFromEnv({}).backup).toBeUndefined();
    expect(configFromEnv({ BACKUP_DIR: '/media/vikno-backup' }).backup).toEqual({ dir: '/media/vikno-backup', intervalMs: 15 * 60_000, keep: 96 });
    expect(configFromEnv({ BACKUP_DIR: 'backups', BACKUP_INTERVAL_MINUTES: '1440', BACKUP_KEEP: '1' }).backup).toEqual({
      dir: path.resolve('backups'),
      intervalMs: 86_400_000,
      keep: 1,
    });
  });

  it('stop the start on a value out of range, naming the variable and the range', () => {
    for (const minutes of ['0', '1441', '2.5', 'often']) {
      expect(() => configFromEnv({ BACKUP_DIR: '/b', BACKUP_INTERVAL_MINUTES: minutes })).toThrow(/BACKUP_INTERVAL_MINUTES: BACKUP_INTERVAL_MINUTES is /);
    }
    expect(() => configFromEnv({ BACKUP_INTERVAL_MINUTES: '0' })).toThrow(/1–1440/);
    for (const keep of ['0', '10001', '1.5']) expect(() => configFromEnv({ BACKUP_KEEP: keep })).toThrow(/BACKUP_KEEP: BACKUP_KEEP is /);
  });
});

describe('backup file names', () => {
  it('name the kiosk and the time in UTC, to the second, and give the time back', () => {
    const at = new Date('2026-12-03T07:15:02.789Z');
    expect(backupFileName('K01', at)).toBe('vikno-K01-2026-12-03T071502Z.sqlite');
    expect(backupTime('vikno-K01-2026-12-03T071502Z.sqlite')).toEqual(new Date('2026-12-03T07:15:02Z'));
    expect(backupTime('notes.txt')).toBeUndefined();
  });
});

describe('the backups line of npm start', () => {
  it('says when there are none, and warns when they are on the data’s own disk', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vikno-describe-'));
    try {
      expect(await describeBackups(undefined, dir)).toMatch(/^OFF: BACKUP_DIR is not set/);
      const line = await describeBackups({ dir, intervalMs: 15 * 60_000, keep: 96 }, path.join(dir, '..'));
      expect(line).toContain(`into ${dir} at start and every 15 minutes, the last 96 kept`);
      expect(line).toContain('WARNING: BACKUP_DIR is on the same disk as the data');
      // A folder not there yet: no warning (the first backup says it is missing).
      expect(await describeBackups({ dir: path.join(dir, 'gone'), intervalMs: 60_000, keep: 1 }, dir)).not.toContain('WARNING');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
