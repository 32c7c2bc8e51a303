// The kiosk's backups: one at start and one every interval into the backup folder, the newest few kept. Their state
// lives here and in the folder itself (the newest file's name says when it was made): a failure turns it to `failing`,
// which staff consoles and /healthz show, and the next backup that works turns it back.
import type { Logger } from 'pino';
import type { BackupFailure, BackupState } from '../../protocol/staff-events.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import type { Database } from '../store/database.ts';
import { describeBackupError, writeBackup, type CopyOptions } from './backup-copy.ts';
import { backupTime, listBackups, pruneBackups } from './backup-files.ts';

export const DEFAULT_BACKUP_INTERVAL_MINUTES = 15;
/** A day of backups at the default interval. */
export const DEFAULT_BACKUP_KEEP = 96;
/** 1024 pages (4 MiB) a step: a step takes milliseconds, so a submit never waits long behind one. */
const PAGES_PER_STEP = 1024;

export interface BackupSettings {
  /** The backup folder (BACKUP_DIR): another disk or a USB stick. */
  dir: string;
  intervalMs: number;
  /** Backups kept (BACKUP_KEEP); older ones are deleted after each backup. */
  keep: number;
  /** Tests: smaller steps, and a fault midway. */
  copy?: Partial<CopyOptions>;
}

/** What other parts read (/healthz, the staff console, metrics). */
export interface BackupStatus {
  state: BackupState['state'];
  lastSuccessAt?: Date;
  lastError?: string;
  lastReason?: BackupFailure;
  failingSince?: Date;
  /** The newest backup made by this run of the server. */
  lastFile?: string;
}

/** The status as JSON for /healthz: the failure in English words only. */
export function backupHealthOf(status: BackupStatus): Pick<BackupState, 'state' | 'lastSuccessAt' | 'error' | 'failingSince'> {
  return {
    state: status.state,
    lastSuccessAt: status.lastSuccessAt?.toISOString() ?? null,
    error: status.lastError ?? null,
    failingSince: status.failingSince?.toISOString() ?? null,
  };
}

/** The status for the staff console: with the failure's name and the folder, for the console's own words. */
export function backupStateOf(status: BackupStatus, kioskId: string, dir: string | undefined): BackupState {
  return { kioskId, dir: dir ?? null, ...backupHealthOf(status), reason: status.lastReason ?? null };
}

export interface BackupsOptions {
  /** Undefined: backups are off. */
  settings: BackupSettings | undefined;
  db: Database;
  kioskId: string;
  clock: Clock;
  logger: Logger;
  events: DomainEventBus;
}

export class Backups {
  private current: BackupStatus;
  private running: Promise<BackupStatus> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Set at shutdown: the database is about to close. */
  private stopped = false;
  /** Aborted at shutdown: a copy under way stops at its next step instead of holding the shutdown for the whole copy. */
  private readonly stopping = new AbortController();

  constructor(private readonly options: BackupsOptions) {
    this.current = { state: options.settings ? 'ok' : 'off' };
  }

  status(): BackupStatus {
    return { ...this.current };
  }

  /** Reads when the newest backup in the folder was made, backs up now, and again every interval. */
  async start(): Promise<void> {
    const { settings } = this.options;
    if (!settings) return;
    const newest = await listBackups(settings.dir, this.options.kioskId).then(
      (names) => names.at(-1),
      () => undefined,
    );
    const at = newest && backupTime(newest);
    if (at) this.current = { ...this.current, lastSuccessAt: at };
    void this.runNow();
    this.timer = setInterval(() => {
      if (!this.running) void this.runNow();
    }, settings.intervalMs);
    this.timer.unref();
  }

  /** Makes a backup now (after the one under way, if any); resolves with the status after it. */
  runNow(): Promise<BackupStatus> {
    const settings = this.options.settings;
    if (!settings || this.stopped) return Promise.resolve(this.status());
    const previous = this.running ?? Promise.resolve(this.current);
    const run: Promise<BackupStatus> = previous
      .catch(() => undefined)
      .then(() => (this.stopped ? this.status() : this.once(settings)))
      .finally(() => {
        if (this.running === run) this.running = undefined;
      });
    this.running = run;
    return run;
  }

  private async once(settings: BackupSettings): Promise<BackupStatus> {
    const { db, kioskId, clock, logger, events } = this.options;
    const startedAt = clock.now();
    const began = performance.now();
    try {
      const copy = { pagesPerStep: PAGES_PER_STEP, ...settings.copy, signal: this.stopping.signal };
      const { file, bytes } = await writeBackup(db, settings.dir, kioskId, startedAt, copy);
      const wasFailing = this.current.state === 'failing';
      this.current = { state: 'ok', lastSuccessAt: startedAt, lastFile: file };
      const pruned = await pruneBackups(settings.dir, kioskId, settings.keep).catch((error: unknown) => {
        // The copy is whole; the folder will fill up if this goes on, so staff are told.
        this.current = { ...this.current, ...this.failing(`old backups in ${settings.dir} could not be deleted: ${(error as Error).message}`, 'prune') };
        return [];
      });
      logger.info({ file, bytes, ms: Math.round(performance.now() - began), pruned: pruned.length }, 'database backed up');
      if (wasFailing && this.current.state === 'ok') logger.info({ dir: settings.dir }, 'backups work again');
    } catch (error) {
      if (this.stopping.signal.aborted) {
        // Not a failure of the backup folder: the last whole backup stands, and the next start makes a new one.
        logger.info({ dir: settings.dir }, 'backup under way stopped: the server is shutting down');
        return this.status();
      }
      const { message, reason } = describeBackupError(error, settings.dir);
      this.current = { ...this.current, ...this.failing(message, reason) };
      logger.error({ dir: settings.dir, error: message }, 'backup failed');
    }
    events.emit('backup:changed', backupStateOf(this.current, kioskId, settings.dir));
    return this.status();
  }

  private failing(message: string, reason: BackupFailure): Pick<BackupStatus, 'state' | 'lastError' | 'lastReason' | 'failingSince'> {
    return { state: 'failing', lastError: message, lastReason: reason, failingSince: this.current.failingSince ?? this.options.clock.now() };
  }

  /** Stops the timer, and a backup under way at its next step (the database must stay open until it has let go). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.stopping.abort(new Error('the server is shutting down'));
    await this.running?.catch(() => undefined);
  }
}
