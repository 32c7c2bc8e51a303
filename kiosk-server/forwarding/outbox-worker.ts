import type { Logger } from 'pino';
import type { Database } from '../store/database.ts';
import { dueOutboxItems, markAttemptFailed, markForwarded, nextDueAt } from '../store/outbox.ts';
import type { CentralCaseSystem } from './central-case-system.ts';

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 10 * 60_000 };
/** The worker looks at the outbox at least this often even when nobody wakes it. */
const IDLE_POLL_MS = 30_000;
const BATCH = 20;

/** Exponential backoff with "full jitter" between half and all of the step, capped, so kiosks do not retry in step. */
export function retryDelayMs(attempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

export interface OutboxWorkerOptions {
  db: Database;
  central: CentralCaseSystem;
  logger: Logger;
  backoff?: BackoffPolicy;
  now?: () => Date;
  onForwarded?: (applicationId: string, caseId: string) => void;
}

/** Store-and-forward: sends every outbox item to the central case system until it is accepted, with the same key each time. */
export class OutboxWorker {
  private running = false;
  private wakeUp: (() => void) | undefined;
  /** A wake that came while the worker was busy, so the application committed meanwhile is not left for the next poll. */
  private woken = false;
  private loop: Promise<void> | undefined;
  private readonly now: () => Date;
  private readonly backoff: BackoffPolicy;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.now = options.now ?? (() => new Date());
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Called after a commit so a new application goes out at once rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  /** Sends what is due now; returns how many items were delivered. */
  async drainOnce(): Promise<number> {
    const { db, central, logger } = this.options;
    let delivered = 0;
    for (const item of await dueOutboxItems(db, this.now(), BATCH)) {
      if (!this.running && this.loop) break; // stopping: the rest waits for the next start, safely in the outbox
      try {
        const { caseId } = await central.submit(JSON.parse(item.payloadJson), item.idempotencyKey);
        await markForwarded(db, item.id, caseId, this.now());
        delivered++;
        logger.info({ applicationId: item.applicationId, caseId }, 'application forwarded');
        this.options.onForwarded?.(item.applicationId, caseId);
      } catch (error) {
        const delay = retryDelayMs(item.attempts + 1, this.backoff);
        await markAttemptFailed(db, item.id, (error as Error).message, new Date(this.now().getTime() + delay));
        logger.warn({ applicationId: item.applicationId, attempts: item.attempts + 1, retryInMs: delay, err: (error as Error).message }, 'forwarding failed; will retry');
      }
    }
    return delivered;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      let failed = false;
      try {
        await this.drainOnce();
      } catch (error) {
        // The store itself failed (disk full, read-only): wait before trying again rather than spin.
        failed = true;
        this.options.logger.error({ err: error }, 'outbox worker error');
      }
      if (!this.running) break;
      if (this.woken && !failed) continue;
      const due = failed ? undefined : await nextDueAt(this.options.db).catch(() => undefined);
      const waitMs = failed ? this.backoff.baseMs : due ? Math.max(0, Math.min(IDLE_POLL_MS, due.getTime() - this.now().getTime())) : IDLE_POLL_MS;
      // Checked again right before sleeping: a stop or wake that came during the awaits above must not be missed.
      if (!this.running || (this.woken && !failed)) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }
}
