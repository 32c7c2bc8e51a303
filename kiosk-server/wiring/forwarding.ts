// The forwarding half of the server: the outbox worker that hands applications on, the status sync that asks how they
// are doing, and the deletion of personal data past its retention. Queue news goes out as domain events.
import type { Logger } from 'pino';
import type { ForwardingState } from '../../protocol/staff-events.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import type { CentralCaseSystem } from '../forwarding/central-case-system.ts';
import { OutboxWorker } from '../forwarding/outbox-worker.ts';
import { StatusSync } from '../forwarding/status-sync.ts';
import type { KioskStore } from '../store/kiosk-store.ts';
import { outboxCounts } from '../store/outbox.ts';
import { DEFAULT_RETENTION_DAYS, deleteExpiredPersonalData } from '../store/retention.ts';
import type { ForwardingOptions } from './server-options.ts';

/** Personal data past its retention is looked for this often (and at start). */
const RETENTION_INTERVAL_MS = 60 * 60_000;

export interface ForwardingPartOptions {
  store: KioskStore;
  central: CentralCaseSystem;
  kioskId: string;
  forwarding: ForwardingOptions;
  events: DomainEventBus;
  clock: Clock;
  logger: Logger;
}

export interface ForwardingPart {
  worker: OutboxWorker;
  statusSync: StatusSync;
  forwardingState(): Promise<ForwardingState>;
  applyRetention(): Promise<number>;
  /** Starts sending, asking and the retention checks (the first one awaited). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function buildForwarding(options: ForwardingPartOptions): ForwardingPart {
  const { store, central, forwarding, events, clock, logger } = options;
  const { db } = store;
  const now = () => clock.now();
  const statusSync = new StatusSync({ db, central, logger, now, ...(forwarding.statusPoll && { poll: forwarding.statusPoll }) });
  const worker = new OutboxWorker({
    store,
    central,
    logger,
    now,
    leaseMs: 2 * central.timeoutMs + 1000,
    ...(forwarding.backoff && { backoff: forwarding.backoff }),
    ...(forwarding.concurrency && { concurrency: forwarding.concurrency }),
    ...(forwarding.alertAfterMs && { alertAfterMs: forwarding.alertAfterMs }),
    ...(forwarding.statusPoll && { firstStatusCheckMs: forwarding.statusPoll.baseMs }),
    onForwarded: () => statusSync.wake(),
    onChange: () => events.emit('forwarding:changed', {}),
    onStuck: (applications) => events.emit('forwarding:stuck', { applications }),
  });
  const forwardingState = async (): Promise<ForwardingState> => ({ kioskId: options.kioskId, ...(await outboxCounts(db)), staffError: worker.staffError });

  const retentionMs = forwarding.retentionMs ?? DEFAULT_RETENTION_DAYS * 86_400_000;
  const applyRetention = async () => {
    const deleted = await deleteExpiredPersonalData(db, clock.now(), retentionMs);
    if (deleted) logger.info({ applications: deleted }, 'personal data deleted after the retention period');
    return deleted;
  };
  const retentionFailed = (error: unknown) => logger.error({ err: error }, 'personal data past retention could not be deleted');
  let retention: NodeJS.Timeout | undefined;

  return {
    worker,
    statusSync,
    forwardingState,
    applyRetention,
    async start() {
      worker.start();
      statusSync.start();
      await applyRetention().catch(retentionFailed);
      retention = setInterval(() => void applyRetention().catch(retentionFailed), forwarding.retentionCheckMs ?? RETENTION_INTERVAL_MS);
      retention.unref();
    },
    async stop() {
      clearInterval(retention);
      await worker.stop();
      await statusSync.stop();
    },
  };
}
