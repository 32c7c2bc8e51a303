// Whether the kiosk's disk takes writes: a write that fails because the disk is full (or read-only, or failing) raises
// the staff alert, and the next write that succeeds clears it. Only the error's code is kept: never what was written.
import type { Database } from './database.ts';

/** sqlite3's codes for a disk that failed, not a query: full, read-only, an I/O error, a file that cannot be opened. */
const STORAGE_ERROR_CODES = new Set(['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']);

/** The failing code of an error that means the disk did not take a write, or undefined for any other error. */
export function storageErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_ERROR_CODES.has(code) ? code : undefined;
}

export interface StorageFailure {
  /** sqlite3's code, for example SQLITE_FULL. */
  code: string;
  /** When writes first failed (ISO). */
  since: string;
}

export class StorageHealth {
  private current: StorageFailure | null = null;

  constructor(
    db: Database,
    private readonly now: () => Date,
    private readonly changed: (failure: StorageFailure | null) => void,
  ) {
    db.watchWrites((error) => this.wrote(error));
  }

  /** Null while writes succeed. */
  get failure(): StorageFailure | null {
    return this.current;
  }

  private wrote(error: unknown): void {
    if (error === null) {
      if (!this.current) return;
      this.current = null;
      this.changed(null);
      return;
    }
    const code = storageErrorCode(error);
    if (!code || this.current?.code === code) return;
    this.current = { code, since: this.current?.since ?? this.now().toISOString() };
    this.changed(this.current);
  }
}
