import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { KioskStore } from '../store/kiosk-store.ts';
import {
  claimDueItems,
  nextDueAt,
  recordOutcomes,
  releaseClaims,
  takeNewlyStuckItems,
  type OutboxItem,
  type OutboxOutcome,
  type StuckItem,
} from '../store/outbox.ts';
import { CentralError, needsStaff, type CentralCaseSystem } from './central-case-system.ts';
import { GroupCommit } from './group-commit.ts';

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 10 * 60_000 };
/** The worker looks at the outbox at least this often even when nobody wakes it. */
const IDLE_POLL_MS = 30_000;
/**
 * Applications sent at the same time: a backlog of 10 000 drains in about 15 s on loopback (bench), while a real peer sees
 * no more than 32 requests open from one kiosk.
 */
export const DEFAULT_CONCURRENCY = 32;
/** An item failing this long (or in a way only staff can mend) raises a staff alert. It is never dropped. */
export const DEFAULT_ALERT_AFTER_MS = 60 * 60_000;
/** Each claim takes this many lanes' worth of items. */
const CLAIM_AHEAD = 4;

/** Exponential backoff with "full jitter" between half and all of the step, capped, so kiosks do not retry in step. */
export function retryDelayMs(attempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

export interface OutboxWorkerOptions {
  store: KioskStore;
  central: CentralCaseSystem;
  logger: Logger;
  backoff?: BackoffPolicy;
  now?: () => Date;
  /** Sends in flight at once. */
  concurrency?: number;
  /** How long a claim holds; longer than a call can take (the central call's timeout), so it never runs out mid-call. */
  leaseMs: number;
  alertAfterMs?: number;
  /** When the first status check of a forwarded application is due. */
  firstStatusCheckMs?: number;
  onForwarded?: (applicationId: string, caseId: string) => void;
  /** Applications stuck too long or refused for a reason staff must mend. */
  onStuck?: (items: StuckItem[]) => void;
  /** Any change in the outbox (a send that succeeded or failed). */
  onChange?: () => void;
}

type ClaimedItem = OutboxItem & { claimedUntil: number };

/** Store-and-forward: sends every outbox item to the central case system until it is accepted, with the same key each time. */
export class OutboxWorker {
  /** Names this worker's claims: another worker (or process) on the same store never sends what it holds. */
  readonly workerId = `worker-${process.pid}-${randomBytes(4).toString('hex')}`;
  private running = false;
  private wakeUp: (() => void) | undefined;
  /** A wake that came while the worker was busy, so the application committed meanwhile is not left for the next poll. */
  private woken = false;
  private loop: Promise<void> | undefined;
  private readonly now: () => Date;
  private readonly backoff: BackoffPolicy;
  private readonly concurrency: number;
  private readonly outcomes: GroupCommit<OutboxOutcome, boolean>;
  /** Fired by stop(): calls in flight are cut short rather than waited for (their items stay in the outbox). */
  private stopping = new AbortController();
  /** The last error that only staff can mend (a refused signature): shown on /healthz until a send succeeds. */
  private lastStaffError: { kind: string; message: string; at: string } | null = null;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.now = options.now ?? (() => new Date());
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.outcomes = new GroupCommit((batch) => recordOutcomes(options.store.db, this.workerId, batch));
  }

  get staffError(): { kind: string; message: string; at: string } | null {
    return this.lastStaffError;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = new AbortController();
    this.loop = this.run();
  }

  /** Called after a commit so a new application goes out at once rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    this.wake();
    await this.loop;
  }

  /** Sends everything that is due now, `concurrency` at a time; returns how many items were delivered. */
  async drainOnce(): Promise<number> {
    let delivered = 0;
    let buffer: ClaimedItem[] = [];
    let claiming: Promise<void> | undefined;
    let exhausted = false;
    let claimFailure: unknown;
    const stopping = () => !this.running && this.loop !== undefined;
    // Claims are made ahead, several sends' worth at a time (each claim is a commit, and commits wait for the disk), so
    // lanes rarely wait for one.
    const refill = () => {
      if (claiming || exhausted || stopping() || buffer.length >= this.concurrency) return;
      const now = this.now();
      claiming = claimDueItems(this.options.store, { workerId: this.workerId, now, leaseMs: this.options.leaseMs, limit: this.concurrency * CLAIM_AHEAD })
        .then(
          (items) => {
            buffer.push(...items.map((item) => ({ ...item, claimedUntil: now.getTime() + this.options.leaseMs })));
            if (!items.length) exhausted = true;
          },
          (error: unknown) => {
            claimFailure = error;
            exhausted = true;
          },
        )
        .finally(() => (claiming = undefined));
    };
    const next = async (): Promise<ClaimedItem | undefined> => {
      for (;;) {
        refill();
        if (buffer.length || !claiming) break;
        await claiming;
      }
      if (stopping()) return undefined;
      const item = buffer.shift();
      refill();
      return item;
    };
    const tooLate: number[] = [];
    const lane = async () => {
      for (let item = await next(); item; item = await next()) {
        // A claim that might run out during the call is given back instead: another worker may take it, never both at once.
        if (this.now().getTime() + this.options.central.timeoutMs >= item.claimedUntil) tooLate.push(item.id);
        else if (await this.send(item)) delivered++;
      }
    };
    // Every lane finishes its send before the pass ends (or fails): none is left running unseen.
    const lanes = await Promise.allSettled(Array.from({ length: this.concurrency }, lane));
    await claiming;
    // Claimed but not sent (the worker is stopping, or the lease ran short): free at once for the next pass.
    await releaseClaims(this.options.store.db, this.workerId, [...tooLate, ...buffer.map((item) => item.id)]);
    buffer = [];
    const failure = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
    if (failure) throw failure.reason;
    if (claimFailure) throw claimFailure;
    await this.alertStuck();
    return delivered;
  }

  private async send(item: OutboxItem): Promise<boolean> {
    const { central, logger } = this.options;
    let outcome: OutboxOutcome;
    try {
      if (!item.payload) throw new CentralError(item.unreadable ?? 'the stored application cannot be opened', 'configuration');
      const { caseId } = await central.submit(item.payload, item.idempotencyKey, this.stopping.signal);
      const at = this.now();
      outcome = {
        itemId: item.id,
        applicationId: item.applicationId,
        forwarded: true,
        caseId,
        at,
        firstStatusCheckAt: new Date(at.getTime() + (this.options.firstStatusCheckMs ?? 60_000)),
      };
    } catch (error) {
      const kind = error instanceof CentralError ? error.kind : 'unavailable';
      const message = (error as Error).message;
      // A fault only staff can mend is retried at the slowest pace: it keeps trying, without hammering the peer.
      const delay = needsStaff(kind) ? retryDelayMs(Number.MAX_SAFE_INTEGER, this.backoff) : retryDelayMs(item.attempts + 1, this.backoff);
      const at = this.now();
      outcome = {
        itemId: item.id,
        applicationId: item.applicationId,
        forwarded: false,
        error: message,
        kind,
        at,
        nextAttemptAt: new Date(at.getTime() + delay),
      };
      if (needsStaff(kind)) {
        this.lastStaffError = { kind, message, at: at.toISOString() };
        logger.error(
          { applicationNumber: item.applicationNumber, kind, err: message },
          kind === 'configuration' ? 'forwarding refused: configuration error' : 'forwarding refused: the application was rejected',
        );
      } else {
        logger.warn(
          { applicationNumber: item.applicationNumber, attempts: item.attempts + 1, retryInMs: delay, kind, err: message },
          'forwarding failed; will retry',
        );
      }
    }
    // A claim taken over meanwhile is recorded by the worker that holds it now, and only its news counts.
    if (!(await this.outcomes.add(outcome))) return false;
    if (outcome.forwarded) {
      this.lastStaffError = null;
      logger.info({ applicationNumber: item.applicationNumber, caseId: outcome.caseId }, 'application forwarded');
      this.options.onForwarded?.(item.applicationId, outcome.caseId);
    }
    this.options.onChange?.();
    return outcome.forwarded;
  }

  private async alertStuck(): Promise<void> {
    const stuck = await takeNewlyStuckItems(this.options.store.db, this.now(), this.options.alertAfterMs ?? DEFAULT_ALERT_AFTER_MS);
    if (!stuck.length) return;
    this.options.logger.error({ applications: stuck.map((s) => s.applicationNumber) }, 'applications not forwarded: staff alerted');
    this.options.onStuck?.(stuck);
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
      const due = failed ? undefined : await nextDueAt(this.options.store.db).catch(() => undefined);
      // Also woken in time to raise the alert for an item failing since before the worker started.
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
