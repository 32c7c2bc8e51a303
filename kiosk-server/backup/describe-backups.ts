// The `backups:` line `npm start` prints, with a warning when there are none or they are on the data's own disk.
import { stat } from 'node:fs/promises';
import type { BackupSettings } from './backups.ts';

/** The device a path is on, or undefined when it cannot be read (a missing folder fails at the first backup instead). */
const deviceOf = (where: string) =>
  stat(where).then(
    (s) => s.dev,
    () => undefined,
  );

export async function describeBackups(settings: BackupSettings | undefined, dataDir: string): Promise<string> {
  if (!settings) {
    return 'OFF: BACKUP_DIR is not set, so the database is the only copy of applications not yet forwarded. Set BACKUP_DIR to a folder on another disk or a USB stick';
  }
  const minutes = settings.intervalMs / 60_000;
  const [backupDevice, dataDevice] = await Promise.all([deviceOf(settings.dir), deviceOf(dataDir)]);
  const sameDisk = backupDevice !== undefined && backupDevice === dataDevice;
  return `into ${settings.dir} at start and every ${minutes} minute${minutes === 1 ? '' : 's'}, the last ${settings.keep} kept (the data key is not in them: keep it apart; restore with npm run restore -- FILE)${
    sameDisk ? '\n               WARNING: BACKUP_DIR is on the same disk as the data: a dead disk takes the backups with it' : ''
  }`;
}
