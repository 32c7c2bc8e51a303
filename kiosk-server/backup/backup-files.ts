// The backup folder's files: each backup's name (kiosk id and time, so they sort by age), the half-written copies a
// failed run leaves, and pruning to the newest few.
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Files of a copy still being written; never a name the restore or a person takes for a backup. */
const PARTIAL_SUFFIX = '.partial';

/** `vikno-K01-2026-12-03T071502Z.sqlite`: the time in UTC, to the second. */
export function backupFileName(kioskId: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  // 20261203T071502Z → 2026-12-03T071502Z: the date as people read it, the time compact.
  return `vikno-${kioskId}-${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6)}.sqlite`;
}

/** Where a backup is written before it is complete: a hidden name beside it, renamed once it is on disk. */
export const partialFileName = (finalName: string): string => `.${finalName}${PARTIAL_SUFFIX}`;

const backupPattern = (kioskId: string) => new RegExp(`^vikno-${kioskId}-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z\\.sqlite$`);

/** This kiosk's backups in the folder, oldest first (other kiosks' files, and anything else, are left alone). */
export async function listBackups(dir: string, kioskId: string): Promise<string[]> {
  const pattern = backupPattern(kioskId);
  return (await readdir(dir)).filter((name) => pattern.test(name)).sort();
}

/** Deletes this kiosk's oldest backups beyond `keep`; returns the names deleted. */
export async function pruneBackups(dir: string, kioskId: string, keep: number): Promise<string[]> {
  const names = await listBackups(dir, kioskId);
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const name of old) await unlink(path.join(dir, name));
  return old;
}

/** Deletes what an earlier run of this kiosk left half-written (a crash, a pulled stick): never a complete backup. */
export async function removeStalePartials(dir: string, kioskId: string): Promise<void> {
  const prefix = `.vikno-${kioskId}-`;
  for (const name of await readdir(dir)) {
    if (name.startsWith(prefix) && (name.endsWith(PARTIAL_SUFFIX) || name.endsWith(`${PARTIAL_SUFFIX}-journal`))) {
      await unlink(path.join(dir, name)).catch(() => undefined);
    }
  }
}

/** When a backup was made, from its name (`vikno-K01-2026-12-03T071502Z.sqlite` → 2026-12-03T07:15:02Z). */
export function backupTime(name: string): Date | undefined {
  const match = /(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z\.sqlite$/.exec(name);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`) : undefined;
}
