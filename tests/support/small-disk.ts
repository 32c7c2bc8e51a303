// A real small filesystem (tmpfs) for a kiosk's data folder, filled up to the last byte and freed again: how the disk
// full tests make SQLite fail with SQLITE_FULL. Mounting needs root (or CAP_SYS_ADMIN); without it there is no disk.
import { execFile } from 'node:child_process';
import { mkdtemp, open, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FILLER = 'filler.bin';
/** tmpfs hands out whole pages: filling with page-sized blocks leaves nothing over. */
const BLOCK_BYTES = 4096;

export interface SmallDisk {
  /** The mounted folder, for the kiosk's data. */
  dir: string;
  /** Writes a filler file until the filesystem says it is full (ENOSPC). */
  fill(): Promise<void>;
  /** Deletes the filler: the space is back. */
  free(): Promise<void>;
  unmount(): Promise<void>;
}

/** A tmpfs of `megabytes`, or why one could not be mounted here. */
export async function mountSmallDisk(megabytes: number): Promise<SmallDisk | { reason: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vikno-small-disk-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  } catch (error) {
    await rmdir(dir);
    return { reason: `no tmpfs could be mounted (needs root): ${(error as Error).message.split('\n')[0]}` };
  }
  const filler = path.join(dir, FILLER);
  return {
    dir: path.join(dir, 'data'),
    async fill() {
      const file = await open(filler, 'a');
      const block = Buffer.alloc(BLOCK_BYTES, 0xff);
      try {
        for (;;) await file.write(block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        await file.close();
      }
    },
    async free() {
      await rm(filler, { force: true });
    },
    async unmount() {
      await run('umount', [dir]);
      await rmdir(dir);
    },
  };
}
