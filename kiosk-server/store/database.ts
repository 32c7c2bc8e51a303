import sqlite3 from 'sqlite3';

export type SqlValue = string | number | null;

/** sqlite3's Backup object (its type declarations leave it out): SQLite's online backup API. */
interface SqliteBackup {
  step(pages: number, callback: (error: Error | null, done: boolean) => void): void;
  finish(callback?: () => void): void;
  readonly remaining: number;
  readonly pageCount: number;
}
type BackupCapable = { backup(filename: string, callback: (error: Error | null) => void): SqliteBackup };

/** How far a copy has got, after each step. */
export interface BackupProgress {
  remaining: number;
  pageCount: number;
}

/** The statements a piece of work can run, inside or outside a transaction. */
export interface Sql {
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number; lastID: number }>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
}

/**
 * One sqlite3 connection used by one piece of work at a time. sqlite3 runs statements of a connection in order, but a
 * transaction spans several awaits: without this queue another request's statement could land inside it (and be rolled
 * back with it).
 */
export class Database implements Sql {
  private queue: Promise<unknown> = Promise.resolve();
  /** Hears how every write went (null: it succeeded), so a full disk is noticed wherever it happens. */
  private writeWatchers: ((error: unknown) => void)[] = [];

  private constructor(private readonly db: sqlite3.Database) {}

  /** `synchronous: 'NORMAL'` trades the last commits on power loss for speed (the central simulator; never the kiosk). */
  static async open(filename: string, options: { synchronous?: 'FULL' | 'NORMAL' } = {}): Promise<Database> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(filename, (error) => (error ? reject(error) : resolve(handle)));
    });
    const database = new Database(db);
    await database.exec(`
      PRAGMA journal_mode = WAL;
      -- FULL: a commit is on disk before the person is told "submitted", even if power fails right after.
      PRAGMA synchronous = ${options.synchronous ?? 'FULL'};
      PRAGMA foreign_keys = ON;
      -- Deleted personal data is overwritten in the file, not left in free pages.
      PRAGMA secure_delete = ON;
      PRAGMA busy_timeout = 5000;
    `);
    return database;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private raw: Sql = {
    run: (sql, params = []) =>
      new Promise((resolve, reject) => {
        this.db.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
          if (error) reject(error);
          else resolve({ changes: this.changes, lastID: this.lastID });
        });
      }),
    get: <T>(sql: string, params: SqlValue[] = []) =>
      new Promise<T | undefined>((resolve, reject) => {
        this.db.get(sql, params, (error, row) => (error ? reject(error) : resolve(row as T | undefined)));
      }),
    all: <T>(sql: string, params: SqlValue[] = []) =>
      new Promise<T[]>((resolve, reject) => {
        this.db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[])));
      }),
  };

  exec(sql: string): Promise<void> {
    return this.exclusive(() => new Promise<void>((resolve, reject) => this.db.exec(sql, (e) => (e ? reject(e) : resolve()))));
  }

  /** `watcher(null)` after each write or transaction that succeeded, `watcher(error)` after one that failed. */
  watchWrites(watcher: (error: unknown) => void): void {
    this.writeWatchers.push(watcher);
  }

  private tell(error: unknown): void {
    for (const watch of this.writeWatchers) watch(error);
  }

  run(sql: string, params?: SqlValue[]) {
    const write = this.exclusive(() => this.raw.run(sql, params));
    // Only a statement that changed rows proves the disk takes writes (a DELETE of nothing writes nothing).
    void write.then(
      ({ changes }) => changes > 0 && this.tell(null),
      (error: unknown) => this.tell(error),
    );
    return write;
  }

  get<T>(sql: string, params?: SqlValue[]) {
    return this.exclusive(() => this.raw.get<T>(sql, params));
  }

  all<T>(sql: string, params?: SqlValue[]) {
    return this.exclusive(() => this.raw.all<T>(sql, params));
  }

  /** Runs `work` in one IMMEDIATE transaction: all of it is committed, or none of it. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      let changed = 0;
      const tx: Sql = {
        ...this.raw,
        run: async (sql, params) => {
          const result = await this.raw.run(sql, params);
          changed += result.changes;
          return result;
        },
      };
      await this.raw.run('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        await this.raw.run('COMMIT');
        if (changed > 0) this.tell(null);
        return result;
      } catch (error) {
        await this.raw.run('ROLLBACK').catch(() => undefined);
        this.tell(error);
        throw error;
      }
    });
  }

  /**
   * Copies the database as it is now into `filename` (SQLite's online backup API), `pagesPerStep` pages a step. Each step
   * waits its turn in the queue, so it never lands inside a transaction, and the kiosk's own statements run between steps
   * (SQLite carries their changes into the copy). `afterStep` may throw to stop the copy (tests use it as a fault);
   * `signal` stops it between two steps (the server is shutting down), with the signal's reason.
   */
  async backupTo(
    filename: string,
    options: { pagesPerStep: number; afterStep?: (progress: BackupProgress) => Promise<void> | void; signal?: AbortSignal },
  ): Promise<BackupProgress> {
    const backup = await this.exclusive(
      () =>
        new Promise<SqliteBackup>((resolve, reject) => {
          const handle = (this.db as unknown as BackupCapable).backup(filename, (error) => (error ? reject(error) : resolve(handle)));
        }),
    );
    try {
      for (;;) {
        const done = await this.exclusive(
          () => new Promise<boolean>((resolve, reject) => backup.step(options.pagesPerStep, (error, finished) => (error ? reject(error) : resolve(finished)))),
        );
        const progress = { remaining: backup.remaining, pageCount: backup.pageCount };
        if (done) return progress;
        options.signal?.throwIfAborted();
        await options.afterStep?.(progress);
        options.signal?.throwIfAborted();
      }
    } finally {
      await new Promise<void>((resolve) => backup.finish(() => resolve()));
    }
  }

  close(): Promise<void> {
    return this.exclusive(() => new Promise<void>((resolve, reject) => this.db.close((e) => (e ? reject(e) : resolve()))));
  }
}
