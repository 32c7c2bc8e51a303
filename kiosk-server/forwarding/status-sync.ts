// Keeps each forwarded application's status as the central case system has it, asking less often while nothing changes.
import type { Logger } from 'pino';
import { dueStatusChecks, nextStatusCheckAt, recordStatusCheck, type DueStatusCheck } from '../store/application-status.ts';
import type { Database } from '../store/database.ts';
import type { CentralCaseSystem } from './central-case-system.ts';
import { retryDelayMs, type BackoffPolicy } from './outbox-worker.ts';

/** First look a minute after forwarding; while nothing changes, twice as long each time, up to six hours. */
export const DEFAULT_STATUS_POLL: BackoffPolicy = { baseMs: 60_000, maxMs: 6 * 60 * 60_000 };
const BATCH = 50;
const CONCURRENCY = 4;
const IDLE_POLL_MS = 60_000;

export interface StatusSyncOptions {
  db: Database;
  central: CentralCaseSystem;
  logger: Logger;
  poll?: BackoffPolicy;
  now?: () => Date;
  onChanged?: (applicationId: string) => void;
}

export class StatusSync {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private readonly now: () => Date;
  private readonly poll: BackoffPolicy;
  /** Fired by stop(): a status call in flight is cut short. */
  private stopping = new AbortController();

  constructor(private readonly options: StatusSyncOptions) {
    this.now = options.now ?? (() => new Date());
    this.poll = options.poll ?? DEFAULT_STATUS_POLL;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = new AbortController();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    this.wakeUp?.();
    await this.loop;
  }

  /** Asks about every application whose check is due; returns how many statuses changed. */
  async checkDue(): Promise<number> {
    let changed = 0;
    for (;;) {
      const due = await dueStatusChecks(this.options.db, this.now(), BATCH);
      if (!due.length) return changed;
      for (let i = 0; i < due.length; i += CONCURRENCY) {
        if (!this.running && this.loop) return changed;
        const results = await Promise.all(due.slice(i, i + CONCURRENCY).map((check) => this.check(check)));
        changed += results.filter(Boolean).length;
      }
    }
  }

  private async check(due: DueStatusCheck): Promise<boolean> {
    const { db, central, logger } = this.options;
    const at = this.now();
    const later = new Date(at.getTime() + retryDelayMs(due.unchangedChecks + 2, this.poll));
    try {
      const state = await central.status(due.caseId, this.stopping.signal);
      // Not believed, so not kept: the status is, without it (the status screen then points to the decision letter).
      if (state.decisionIgnored)
        logger.warn({ caseId: due.caseId, problem: state.decisionIgnored }, 'decision sent with the status not understood; kept without it');
      const changed = await recordStatusCheck(db, due.applicationId, at, {
        kind: 'status',
        status: state.status,
        reason: state.reason,
        decision: state.decision ?? null,
        changedAt: state.changedAt,
        // A change is looked at again soon (a decision often follows a review); no change waits longer each time.
        nextCheckAt: state.status !== due.status ? new Date(at.getTime() + retryDelayMs(1, this.poll)) : later,
      });
      if (changed) {
        logger.info({ caseId: due.caseId, status: state.status }, 'application status changed');
        this.options.onChanged?.(due.applicationId);
      }
      return changed;
    } catch (error) {
      logger.warn({ caseId: due.caseId, err: (error as Error).message }, 'status check failed; will retry');
      await recordStatusCheck(db, due.applicationId, at, { kind: 'failed', nextCheckAt: later });
      return false;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let waitMs = IDLE_POLL_MS;
      try {
        await this.checkDue();
        const next = await nextStatusCheckAt(this.options.db);
        if (next) waitMs = Math.max(0, Math.min(IDLE_POLL_MS, next.getTime() - this.now().getTime()));
      } catch (error) {
        this.options.logger.error({ err: error }, 'status sync error');
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(waitMs, 50));
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /** A new application was forwarded: its first check may be sooner than the one slept for. */
  wake(): void {
    this.wakeUp?.();
  }
}
