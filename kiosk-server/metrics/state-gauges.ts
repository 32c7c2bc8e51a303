// Gauges read when Prometheus scrapes (prom-client calls each one's collect()): the forwarding queue, the printer, help
// calls waiting, visits in memory, the kiosk screens, the backups when the server makes them, and the HTTPS certificate's
// expiry when it serves HTTPS.
import { Gauge, type Registry } from 'prom-client';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import type { ForwardingState } from '../../protocol/staff-events.ts';

/** What the backups report (the server's `backupStatus()`). */
export interface BackupStatusReading {
  lastSuccessAt?: Date;
  lastError?: string;
  state: 'off' | 'ok' | 'failing';
}

export interface StateReadings {
  now: () => Date;
  forwardingState: () => Promise<ForwardingState>;
  printerStatus: () => PrinterStatus | undefined;
  helpCallsWaiting: () => Promise<number>;
  activeVisits: () => number;
  /** The centre's kiosks (configured ids only) and whether a screen of each is connected. */
  kioskScreens: () => { kioskId: string; online: boolean }[];
  /** Absent: the server makes no backups, and no backup metric is exported. */
  backupStatus?: () => BackupStatusReading;
  /** When the HTTPS certificate expires (read at start: a renewed one is taken by a restart); absent without TLS. */
  tlsCertificateExpiresAt?: Date;
}

/** Every state a printer reports, and `unknown` before the first reading; a state added there must be added here. */
export const PRINTER_STATES = ['ready', 'paper-low', 'paper-out', 'cover-open', 'offline', 'error', 'unknown'] as const;
type MissingPrinterState = Exclude<PrinterStatus, (typeof PRINTER_STATES)[number]>;
const everyPrinterState: MissingPrinterState extends never ? true : never = true;
void everyPrinterState;

/** One read shared by the gauges scraped together (prom-client collects them all at once). */
function sharedWhileRunning<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => (running ??= read().finally(() => (running = undefined)));
}

export function registerStateGauges(registry: Registry, readings: StateReadings): void {
  const registers = [registry];
  const forwarding = sharedWhileRunning(readings.forwardingState);
  const secondsSince = (iso: string | Date) => Math.max(0, (readings.now().getTime() - new Date(iso).getTime()) / 1000);

  new Gauge({
    name: 'vikno_forwarding_waiting',
    help: 'Applications not yet accepted by the central case system (in the outbox).',
    registers,
    async collect() {
      this.set((await forwarding()).pending);
    },
  });
  new Gauge({
    name: 'vikno_forwarding_failing',
    help: 'Applications in the outbox whose last send failed (retried with backoff).',
    registers,
    async collect() {
      this.set((await forwarding()).failing);
    },
  });
  new Gauge({
    name: 'vikno_forwarding_oldest_age_seconds',
    help: 'Age of the oldest application still in the outbox (0 when it is empty).',
    registers,
    async collect() {
      const { oldestPendingSince } = await forwarding();
      this.set(oldestPendingSince ? secondsSince(oldestPendingSince) : 0);
    },
  });
  new Gauge({
    name: 'vikno_forwarding_staff_fault',
    help: '1 while a fault only staff can mend stops forwarding (a refused signature or certificate), else 0.',
    registers,
    async collect() {
      this.set((await forwarding()).staffError ? 1 : 0);
    },
  });
  new Gauge({
    name: 'vikno_printer_status',
    help: "The receipt printer's state: 1 for the current one, 0 for the others.",
    labelNames: ['status'],
    registers,
    collect() {
      const current = readings.printerStatus() ?? 'unknown';
      for (const status of PRINTER_STATES) this.set({ status }, status === current ? 1 : 0);
    },
  });
  new Gauge({
    name: 'vikno_help_calls_waiting',
    help: 'Help calls nobody has answered yet.',
    registers,
    async collect() {
      this.set(await readings.helpCallsWaiting());
    },
  });
  new Gauge({
    name: 'vikno_visits_active',
    help: 'Visits in memory now (a person between choosing a language and leaving).',
    registers,
    collect() {
      this.set(readings.activeVisits());
    },
  });
  new Gauge({
    name: 'vikno_kiosk_screen_online',
    help: "1 while a screen of the kiosk is connected, else 0, for each of the centre's kiosks.",
    labelNames: ['kiosk'],
    registers,
    collect() {
      for (const { kioskId, online } of readings.kioskScreens()) this.set({ kiosk: kioskId }, online ? 1 : 0);
    },
  });
  if (readings.backupStatus) registerBackupGauges(registers, readings.backupStatus, readings.now(), secondsSince);
  const expiresAt = readings.tlsCertificateExpiresAt;
  if (expiresAt)
    new Gauge({
      name: 'vikno_tls_certificate_expiry_timestamp_seconds',
      help: 'When the HTTPS certificate the server uses expires (Unix time); only with TLS_CERT.',
      registers,
      collect() {
        this.set(expiresAt.getTime() / 1000);
      },
    });
}

/** Until the first backup succeeds, its age counts from `startedAt`: backups that never work still raise the alert. */
function registerBackupGauges(registers: Registry[], status: () => BackupStatusReading, startedAt: Date, secondsSince: (at: Date) => number): void {
  new Gauge({
    name: 'vikno_backup_age_seconds',
    help: 'Seconds since the last backup that succeeded (since the start when none has yet); NaN when backups are off.',
    registers,
    collect() {
      const { state, lastSuccessAt } = status();
      this.set(state === 'off' ? Number.NaN : secondsSince(lastSuccessAt ?? startedAt));
    },
  });
  new Gauge({
    name: 'vikno_backup_failing',
    help: '1 while the last backup failed, else 0.',
    registers,
    collect() {
      this.set(status().state === 'failing' ? 1 : 0);
    },
  });
}
