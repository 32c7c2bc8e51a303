// One backup, written so that a file under a backup's name is always whole: copied into a hidden file in the backup
// folder, synced, renamed, and the folder synced. A copy that fails midway leaves nothing behind.
import { open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFailure } from '../../protocol/staff-events.ts';
import type { BackupProgress, Database } from '../store/database.ts';
import { backupFileName, partialFileName, removeStalePartials } from './backup-files.ts';

/** Only the kiosk's user may read a backup: it holds the numbers in clear and the sealed answers. */
const OWNER_ONLY = 0o600;

export interface CopyOptions {
  /** Pages copied a step (4 KiB each): the kiosk's own statements run between steps. */
  pagesPerStep: number;
  /** Called after each step; tests throw from it to fail a copy midway. */
  afterStep?: (progress: BackupProgress) => Promise<void> | void;
  /** Aborted at shutdown: the copy stops between two steps, and its partial file is deleted. */
  signal?: AbortSignal;
}

/** A backup that could not be made, with a message a person can act on. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly reason: BackupFailure = 'other',
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The system's reason, in words that say what to do about it. */
export function describeBackupError(error: unknown, dir: string): BackupError {
  if (error instanceof BackupError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message;
  switch (code) {
    case 'ENOENT':
      return new BackupError(`the backup folder ${dir} does not exist (is its disk or USB stick plugged in and mounted?)`, 'missing');
    case 'ENOTDIR':
      return new BackupError(`the backup folder ${dir} is not a folder`, 'not-folder');
    case 'EACCES':
    case 'EPERM':
      return new BackupError(`no permission to write in the backup folder ${dir}`, 'no-permission');
    case 'EROFS':
      return new BackupError(`the backup folder ${dir} is on a read-only disk`, 'read-only');
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return new BackupError(`the backup folder ${dir} is full`, 'full');
    default:
      return new BackupError(`the backup into ${dir} failed: ${message}`);
  }
}

async function syncFile(file: string, flags: 'r' | 'r+'): Promise<number> {
  const handle = await open(file, flags);
  try {
    await handle.sync();
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

/** Copies the database into `dir` under this kiosk's name for `at`; resolves with the file and its size. */
export async function writeBackup(db: Database, dir: string, kioskId: string, at: Date, options: CopyOptions): Promise<{ file: string; bytes: number }> {
  try {
    // Never made here: a missing folder is an unmounted disk, and backups must not fill the disk they protect.
    if (!(await stat(dir)).isDirectory()) throw new BackupError(`the backup folder ${dir} is not a folder`, 'not-folder');
    await removeStalePartials(dir, kioskId);
  } catch (error) {
    throw describeBackupError(error, dir);
  }
  const name = backupFileName(kioskId, at);
  const file = path.join(dir, name);
  const partial = path.join(dir, partialFileName(name));
  try {
    // Made here first: a folder that cannot be written to fails with the system's reason (SQLite only says "cannot open").
    await (await open(partial, 'wx', OWNER_ONLY)).close();
    await db.backupTo(partial, options);
    const bytes = await syncFile(partial, 'r+');
    await rename(partial, file);
    await syncFile(dir, 'r');
    return { file, bytes };
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    await unlink(`${partial}-journal`).catch(() => undefined);
    if (options.signal?.aborted) throw options.signal.reason;
    throw describeBackupError(error, dir);
  }
}
