// What the kiosk server is started with, and what it hands back (tests read its parts).
import type { Logger } from 'pino';
import type { Catalogue } from '../../content/catalogue.ts';
import type { Printer } from '../../printers/printer.ts';
import type { ForwardingState } from '../../protocol/staff-events.ts';
import type { KioskTiming } from '../../protocol/timing.ts';
import type { BackupSettings, BackupStatus } from '../backup/backups.ts';
import type { Clock } from '../clock.ts';
import type { AcceptanceSettings } from '../desk/acceptance-settings.ts';
import type { DeskAcceptance } from '../desk/desk-acceptance.ts';
import type { CentralCaseSystem } from '../forwarding/central-case-system.ts';
import type { BackoffPolicy, OutboxWorker } from '../forwarding/outbox-worker.ts';
import type { StatusSync } from '../forwarding/status-sync.ts';
import type { SpeechEngine } from '../speech/speech-engine.ts';
import type { PrerenderResult, SpeechConfig, SpeechService } from '../speech/speech-service.ts';
import type { DataKeyOrigin } from '../store/data-key.ts';
import type { Database } from '../store/database.ts';
import type { KioskStore } from '../store/kiosk-store.ts';
import type { StorageHealth } from '../store/storage-health.ts';
import type { Visits } from '../visits.ts';
import type { WakeWordConfig } from '../wake-word/wake-word-config.ts';
import type { KioskPairing } from '../pairing/kiosk-pairing.ts';
import type { TlsFiles } from './listener.ts';

export interface ForwardingOptions {
  backoff?: BackoffPolicy;
  /** Sends in flight at once. */
  concurrency?: number;
  /** An application not handed on for this long raises a staff alert. */
  alertAfterMs?: number;
  /** How often statuses are asked for: the first wait, and the longest. */
  statusPoll?: BackoffPolicy;
  /** Personal data is deleted this long after the central system accepted the case. */
  retentionMs?: number;
  /** How often to look for personal data past its retention (tests shorten it). */
  retentionCheckMs?: number;
}

export interface KioskServerOptions {
  dataDir: string;
  kioskId: string;
  /** Other kiosks whose screens use this server (`/?kiosk=K02`); a screen naming any other is refused. */
  otherKioskIds?: string[];
  centreName: string;
  centreAddress?: string;
  port: number;
  host: string;
  /** TLS_CERT and TLS_KEY: HTTPS, and plain HTTP only from this machine. */
  tls?: TlsFiles;
  /**
   * Whether a connection comes from this machine (loopback by default): such a kiosk screen needs no pairing. Tests of
   * pairing bind a non-loopback address of this machine instead when there is one.
   */
  isLocalAddress?: (address: string | undefined) => boolean;
  /** Pairing codes a screen's address may try (5 per 10 minutes by default). */
  pairingAttempts?: { limit: number; windowMs: number };
  logger: Logger;
  /** Where applications go: REST, Трембіта, or a fake in tests. */
  central: CentralCaseSystem;
  /** KIOSK_DATA_KEY; without it the key file in the data folder is used (made on first start). */
  dataKey?: string;
  forwarding?: ForwardingOptions;
  /** At the desk (the default: nothing is forwarded before an administrator accepts it) or on submit. */
  acceptance?: Partial<AcceptanceSettings>;
  printer?: Printer;
  /** Staff login attempts allowed per address (30 a minute by default). */
  staffLoginRate?: { limit: number; windowMs: number };
  /** The printer at the staff desk, for reprints there (PDF files in the data folder by default). */
  deskPrinter?: Printer;
  catalogue?: Catalogue;
  uiDir?: string;
  clock?: Clock;
  /** How long the kiosk waits for people (tests shorten it). */
  timing?: Partial<KioskTiming>;
  /** Which engine speaks; `speechEngines` replaces the real engines (tests pass the fake). */
  speech?: SpeechConfig;
  speechEngines?: SpeechEngine[];
  /** Render every prompt of the catalogue ahead of time, in the background (on by default). */
  prerenderSpeech?: boolean;
  /** How often the printer's state is read (and waiting receipts retried). */
  printerPollMs?: number;
  /** The optional wake word (off by default). */
  wakeWord?: WakeWordConfig;
  /** METRICS_ALLOW: addresses (IPs or CIDRs) besides this machine that may read /metrics. */
  metricsAllow?: readonly string[];
  /** Backups of the database (BACKUP_DIR); without it there are none. */
  backup?: BackupSettings;
}

export interface KioskServer {
  url: string;
  port: number;
  db: Database;
  store: KioskStore;
  /** Where the data key came from (a new key file on first start). */
  dataKeyOrigin: DataKeyOrigin;
  visits: Visits;
  /** Whether the disk takes writes (the staff alert when it does not). */
  storage: StorageHealth;
  worker: OutboxWorker;
  statusSync: StatusSync;
  forwardingState(): Promise<ForwardingState>;
  /** Deletes personal data past its retention now; returns how many applications had theirs deleted. */
  applyRetention(): Promise<number>;
  /** Expires applications not accepted at the desk in time now; returns their numbers. */
  expireWaiting(): Promise<string[]>;
  desk: DeskAcceptance;
  /** Kiosk screens paired from other machines. */
  pairing: KioskPairing;
  printer: Printer;
  speech: SpeechService;
  /** The backups' state: off, ok or failing, and when the newest was made. */
  backupStatus(): BackupStatus;
  /** Makes a backup now (after one under way); resolves with the state after it. */
  backupNow(): Promise<BackupStatus>;
  /** Settles when the prompts rendered ahead of time are done (or at once when that is off). */
  prerendered: Promise<PrerenderResult>;
  close(): Promise<void>;
}
