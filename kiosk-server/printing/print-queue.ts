// Prints the jobs of the print queue, one at a time and in order, and watches the printer. A job that fails stays in
// the queue and is tried again when the printer reports it can print (paper back, cover closed), or after a back-off
// when it claims to be ready but still fails. Submission never waits for any of this.
import type { Logger } from 'pino';
import { PrinterNotReadyError, type Printer, type PrintDocument } from '../../printers/printer.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import type { PrintOutcome } from './print-outcome.ts';
import type { Database } from '../store/database.ts';
import { addPrintJob, markPrinted, markPrintFailed, pendingPrintJobs, type PrintJob } from '../store/print-jobs.ts';

const CAN_PRINT: PrinterStatus[] = ['ready', 'paper-low'];
/** A printer that says it is ready but fails anyway is tried again after 10 s, 20 s, … up to 5 minutes. */
const RETRY_BASE_MS = 10_000;
const RETRY_MAX_MS = 5 * 60_000;

export interface PrintQueueOptions {
  db: Database;
  printer: Printer;
  logger: Logger;
  clock: Clock;
  /** How often the printer's state is read. */
  pollMs: number;
  /**
   * Told `print:outcome` when a job printed or failed (its first failure only, so a screen and staff hear it once),
   * `receipt:print-failed` for a visit's receipt that failed, and `printer:status` when the printer's state changed.
   */
  events: DomainEventBus;
}

export class PrintQueue {
  private status: PrinterStatus | undefined;
  private draining: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: PrintQueueOptions) {}

  /** Reads the printer now (resolving once it has) and then every `pollMs`, printing what is waiting whenever it can. */
  async start(): Promise<void> {
    const tick = async () => {
      await this.poll().catch((error: unknown) => this.options.logger.error({ err: error }, 'printer status poll failed'));
      if (!this.stopped) this.timer = setTimeout(() => void tick(), this.options.pollMs);
    };
    await tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.draining;
  }

  get printerStatus(): PrinterStatus | undefined {
    return this.status;
  }

  async pendingCount(): Promise<number> {
    return (await pendingPrintJobs(this.options.db)).length;
  }

  /** Adds a job (a reprint, large print) and tries to print it at once. */
  async add(document: PrintDocument, options: { visitId?: string; largePrint?: boolean } = {}): Promise<number> {
    const id = await addPrintJob(this.options.db, document, { ...options, at: this.options.clock.now() });
    await this.drain();
    return id;
  }

  /** Prints every job that is due, in order; stops at the first failure (the printer cannot print now). */
  drain({ all = false } = {}): Promise<void> {
    const run = this.draining.then(() => this.printDue(all));
    this.draining = run.catch((error: unknown) => this.options.logger.error({ err: error }, 'print queue failed'));
    return this.draining;
  }

  /** Keeps the printer's state; a change goes to the log and to `printer:status`. */
  private async noteStatus(status: PrinterStatus): Promise<void> {
    const previous = this.status;
    if (status === previous) return;
    this.status = status;
    this.options.logger.info({ printer: this.options.printer.kind, status, previous }, 'printer status');
    this.options.events.emit('printer:status', { status, pendingJobs: await this.pendingCount() });
  }

  private async poll(): Promise<void> {
    const status = await this.options.printer.status();
    const previous = this.status;
    await this.noteStatus(status);
    // Back from paper out or cover open: everything waiting is tried now, back-off or not (jobs left from before a
    // restart too). Not awaited: the next reading does not wait for a long job.
    if (CAN_PRINT.includes(status)) void this.drain({ all: previous !== undefined && !CAN_PRINT.includes(previous) });
  }

  private async printDue(all: boolean): Promise<void> {
    const now = this.options.clock.now();
    for (const job of await pendingPrintJobs(this.options.db, all ? undefined : now)) {
      if (this.stopped) return;
      try {
        await this.options.printer.print(job.document, { largePrint: job.largePrint });
      } catch (error) {
        const status = error instanceof PrinterNotReadyError ? error.status : await this.options.printer.status();
        const message = error instanceof Error ? error.message : String(error);
        const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** job.attempts);
        await markPrintFailed(this.options.db, job.id, { error: message, status, nextAttemptAt: new Date(now.getTime() + delay) });
        this.options.logger.warn({ job: job.id, reference: job.reference, status, attempts: job.attempts + 1 }, 'print job failed; it stays in the queue');
        await this.noteStatus(status);
        if (job.attempts === 0) this.failed(job, { printed: false, status, error: message });
        return;
      }
      await markPrinted(this.options.db, job.id, this.options.clock.now());
      this.options.logger.info({ job: job.id, reference: job.reference, attempts: job.attempts + 1 }, 'print job printed');
      this.options.events.emit('print:outcome', { job, outcome: { printed: true } });
    }
  }

  private failed(job: PrintJob, outcome: PrintOutcome & { printed: false }): void {
    this.options.events.emit('print:outcome', { job, outcome });
    if (job.document.kind !== 'visit-receipt') return;
    const applicationNumbers = job.document.applications.map((a) => a.applicationNumber);
    this.options.events.emit('receipt:print-failed', { applicationNumbers, printerStatus: outcome.status });
  }
}
