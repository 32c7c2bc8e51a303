// Puts the kiosk server together: store, printer, forwarding, HTTP and socket.io. `main` calls it with the
// configuration; tests call it with a temporary folder and port 0.
import { mkdir } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { loadCatalogue, type Catalogue } from '../content/catalogue.ts';
import type { Printer } from '../printers/printer.ts';
import { PdfFilePrinter } from '../printers/drivers/pdf-file.ts';
import { systemClock, type Clock } from './clock.ts';
import type { CentralCaseSystem } from './forwarding/central-case-system.ts';
import { OutboxWorker, type BackoffPolicy } from './forwarding/outbox-worker.ts';
import { StatusSync } from './forwarding/status-sync.ts';
import type { ForwardingState } from '../protocol/staff-events.ts';
import { StatusLookup } from './status-lookup.ts';
import { openKioskStore, type KioskStore } from './store/kiosk-store.ts';
import type { DataKeyOrigin } from './store/data-key.ts';
import { outboxCounts } from './store/outbox.ts';
import { DEFAULT_RETENTION_DAYS, deleteExpiredPersonalData } from './store/retention.ts';
import { HelpDesk, type StaffNamespace } from './help-desk.ts';
import { buildApp } from './http/app.ts';
import type { WakeWordConfig } from './wake-word/wake-word-config.ts';
import { PrintQueue } from './printing/print-queue.ts';
import { reprintReceipt } from './printing/reprint.ts';
import { registerKioskEvents, sessionRoom, type KioskIo } from './sockets/kiosk-events.ts';
import type { Database } from './store/database.ts';
import { disconnectSession, registerStaffNamespace } from './sockets/staff-namespace.ts';
import { Assistance } from './staff/assistance.ts';
import { writeAudit } from './staff/audit.ts';
import { KioskPresence } from './staff/kiosk-presence.ts';
import { loginOf } from './staff/logins.ts';
import { makeFailingDue } from './store/outbox.ts';
import { Visits } from './visits.ts';
import { SpeechService, type SpeechConfig } from './speech/speech-service.ts';
import type { SpeechEngine } from './speech/speech-engine.ts';
import { kioskPrompts } from './speech/prompts.ts';
import { DEFAULT_TIMING, type KioskTiming } from '../protocol/timing.ts';

/** Printer state is read every 5 s: paper put back is noticed, and the waiting receipt printed, within seconds. */
const DEFAULT_PRINTER_POLL_MS = 5000;

export const DEFAULT_UI_DIR = fileURLToPath(new URL('../build/ui/', import.meta.url));
const SWEEP_INTERVAL_MS = 60_000;
/** Personal data past its retention is looked for this often (and at start). */
const RETENTION_INTERVAL_MS = 60 * 60_000;
/** Staff screens hear of queue changes at most this often (a draining backlog changes it hundreds of times a second). */
const FORWARDING_STATUS_THROTTLE_MS = 1000;
/** Kiosk changes reach staff screens at most this often (the first at once; a help call never waits for this). */
const KIOSKS_STATE_THROTTLE_MS = 200;

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
  logger: Logger;
  /** Where applications go: REST, Трембіта, or a fake in tests. */
  central: CentralCaseSystem;
  /** KIOSK_DATA_KEY; without it the key file in the data folder is used (made on first start). */
  dataKey?: string;
  forwarding?: ForwardingOptions;
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
}

export interface KioskServer {
  url: string;
  port: number;
  db: Database;
  store: KioskStore;
  /** Where the data key came from (a new key file on first start). */
  dataKeyOrigin: DataKeyOrigin;
  visits: Visits;
  worker: OutboxWorker;
  statusSync: StatusSync;
  forwardingState(): Promise<ForwardingState>;
  /** Deletes personal data past its retention now; returns how many applications had theirs deleted. */
  applyRetention(): Promise<number>;
  printer: Printer;
  speech: SpeechService;
  /** Settles when the prompts rendered ahead of time are done (or at once when that is off). */
  prerendered: Promise<{ rendered: number; ms: number }>;
  close(): Promise<void>;
}

function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function startKioskServer(options: KioskServerOptions): Promise<KioskServer> {
  const { logger } = options;
  await mkdir(options.dataDir, { recursive: true });
  const catalogue = options.catalogue ?? (await loadCatalogue());
  const { store, keyOrigin } = await openKioskStore(options.dataDir, options.dataKey);
  const { db } = store;
  const printer = options.printer ?? new PdfFilePrinter(path.join(options.dataDir, 'receipts'));
  const deskPrinter = options.deskPrinter ?? new PdfFilePrinter(path.join(options.dataDir, 'desk-receipts'), 'a4');
  const { central } = options;
  const forwarding = options.forwarding ?? {};
  const clock = options.clock ?? systemClock;
  let io: KioskIo | undefined;
  let staff: StaffNamespace | undefined;

  const forwardingState = async (): Promise<ForwardingState> => ({ kioskId: options.kioskId, ...(await outboxCounts(db)), staffError: worker.staffError });
  let statusTimer: NodeJS.Timeout | undefined;
  const forwardingChanged = () => {
    statusTimer ??= setTimeout(() => {
      statusTimer = undefined;
      if (staff)
        void forwardingState().then(
          (state) => staff?.emit('forwarding:status', state),
          () => undefined,
        );
    }, FORWARDING_STATUS_THROTTLE_MS);
  };
  const statusSync = new StatusSync({ db, central, logger, now: () => clock.now(), ...(forwarding.statusPoll && { poll: forwarding.statusPoll }) });
  const worker: OutboxWorker = new OutboxWorker({
    store,
    central,
    logger,
    now: () => clock.now(),
    leaseMs: 2 * central.timeoutMs + 1000,
    ...(forwarding.backoff && { backoff: forwarding.backoff }),
    ...(forwarding.concurrency && { concurrency: forwarding.concurrency }),
    ...(forwarding.alertAfterMs && { alertAfterMs: forwarding.alertAfterMs }),
    ...(forwarding.statusPoll && { firstStatusCheckMs: forwarding.statusPoll.baseMs }),
    onForwarded: () => statusSync.wake(),
    onChange: forwardingChanged,
    onStuck: (items) => staff?.emit('forwarding:alert', { kioskId: options.kioskId, applications: items }),
  });
  const retentionMs = forwarding.retentionMs ?? DEFAULT_RETENTION_DAYS * 86_400_000;
  const applyRetention = async () => {
    const deleted = await deleteExpiredPersonalData(db, clock.now(), retentionMs);
    if (deleted) logger.info({ applications: deleted }, 'personal data deleted after the retention period');
    return deleted;
  };
  const staffLogin = (token: string | undefined, touch = true) => loginOf(db, token, clock.now(), { touch });
  const centre = { name: options.centreName, ...(options.centreAddress && { address: options.centreAddress }) };
  let visits: Visits | undefined;
  const printQueue = new PrintQueue({
    db,
    printer,
    logger,
    clock,
    pollMs: options.printerPollMs ?? DEFAULT_PRINTER_POLL_MS,
    onJobOutcome: (job, outcome) => {
      visits?.receiptOutcome(job, outcome);
      if (!outcome.printed && job.document.kind === 'visit-receipt') {
        const applicationNumbers = job.document.applications.map((a) => a.applicationNumber);
        staff?.emit('print:failed', { kioskId: options.kioskId, applicationNumbers, printerStatus: outcome.status });
      }
    },
    onStatus: (status, pendingJobs) => {
      staff?.emit('printer:status', { kioskId: options.kioskId, status, pendingJobs });
      presence.moved();
    },
  });
  visits = new Visits({
    catalogue,
    store,
    printer,
    printQueue,
    kioskId: options.kioskId,
    centre,
    clock,
    logger,
    onSubmitted: () => worker.wake(),
    onReceiptStatus: (sessionId, applicationNumbers, state) => io?.to(sessionRoom(sessionId)).emit('receipt:status', { applicationNumbers, state }),
    onEnded: (sessionId) => assistance.visitEnded(sessionId),
  });
  let kiosksTimer: NodeJS.Timeout | undefined;
  let lastKiosksState = 0;
  const presence: KioskPresence = new KioskPresence({
    kioskIds: [options.kioskId, ...(options.otherKioskIds ?? [])],
    visits,
    clock,
    printerStatus: () => printQueue.printerStatus,
    assistanceOf: (kioskId) => assistance.stateOf(kioskId),
    // The first change is sent at once; changes coming faster are gathered and sent together a little later.
    onChange: () => {
      if (kiosksTimer) return;
      const wait = lastKiosksState + KIOSKS_STATE_THROTTLE_MS - Date.now();
      const send = () => {
        kiosksTimer = undefined;
        lastKiosksState = Date.now();
        staff?.emit('kiosks:state', presence.states());
      };
      // At the soonest on the next tick: the state that caused the change is complete by then.
      kiosksTimer = setTimeout(send, Math.max(0, wait));
    },
  });
  const assistance: Assistance = new Assistance({ db, visits, presence: () => presence, kiosks: () => io, staff: () => staff, clock, logger });

  const speech = await SpeechService.create({
    config: options.speech ?? { engine: 'auto', voices: {} },
    cacheDir: path.join(options.dataDir, 'speech-cache'),
    logger,
    ...(options.speechEngines && { engines: options.speechEngines }),
  });
  const app = buildApp({
    catalogue,
    uiDir: options.uiDir ?? DEFAULT_UI_DIR,
    logger,
    speech,
    wakeWord: options.wakeWord ?? { engine: 'none', reason: 'not configured' },
    printerStatus: () => printQueue.printerStatus,
    forwardingState,
    staff: {
      store,
      catalogue,
      clock,
      login: staffLogin,
      kiosks: () => presence.states(),
      loggedOut: (sessionId) => disconnectSession(staff, sessionId),
      ...(options.staffLoginRate && { loginRate: options.staffLoginRate }),
    },
  });
  const http: HttpServer = createServer(app);
  io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: 100_000,
    // Browsers send their page's origin: only pages of this server may connect (a page on another port of the same
    // host would otherwise ride on the staff cookie). Programs that send no Origin still need the cookie for /staff.
    allowRequest: (req, callback) => callback(null, sameOrigin(req.headers.origin, req.headers.host)),
  });
  const helpDesk = new HelpDesk({ db, visits, clock, logger, staff: () => staff, kiosks: () => io });
  const staffNamespace = registerStaffNamespace(io, {
    login: staffLogin,
    printerState: async () => {
      const status = printQueue.printerStatus;
      return status && { kioskId: options.kioskId, status, pendingJobs: await printQueue.pendingCount() };
    },
    forwardingState,
    reprint: (applicationNumber, where, largePrint) =>
      reprintReceipt({ store, queue: printQueue, catalogue, centre, deskPrinter }, applicationNumber, where, largePrint),
    retryForwarding: async () => {
      const due = await makeFailingDue(db, clock.now());
      worker.wake();
      return due;
    },
    audit: (entry) => writeAudit(db, entry, clock.now()),
    helpDesk,
    presence,
    assistance,
    kiosks: () => io,
    logger,
  });
  staff = staffNamespace.staff;
  registerKioskEvents(io, {
    visits,
    helpDesk,
    presence,
    assistance,
    statusLookup: new StatusLookup({ db, catalogue, clock }),
    kioskId: options.kioskId,
    kioskIds: new Set([options.kioskId, ...(options.otherKioskIds ?? [])]),
    timing: { ...DEFAULT_TIMING, ...options.timing },
    voices: { uk: speech.canSpeak('uk'), en: speech.canSpeak('en') },
    logger,
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  worker.start();
  statusSync.start();
  await printQueue.start();
  const sweeper = setInterval(() => visits.sweep(), SWEEP_INTERVAL_MS);
  sweeper.unref();
  const retentionFailed = (error: unknown) => logger.error({ err: error }, 'personal data past retention could not be deleted');
  await applyRetention().catch(retentionFailed);
  const retention = setInterval(() => void applyRetention().catch(retentionFailed), forwarding.retentionCheckMs ?? RETENTION_INTERVAL_MS);
  retention.unref();
  const prerendered = options.prerenderSpeech === false ? Promise.resolve({ rendered: 0, ms: 0 }) : speech.prerender(kioskPrompts(catalogue));

  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    db,
    store,
    dataKeyOrigin: keyOrigin,
    visits,
    worker,
    statusSync,
    forwardingState,
    applyRetention,
    printer,
    speech,
    prerendered,
    async close() {
      clearInterval(sweeper);
      clearInterval(retention);
      clearTimeout(statusTimer);
      clearTimeout(kiosksTimer);
      staffNamespace.stop();
      speech.stop();
      await prerendered.catch(() => undefined);
      await new Promise<void>((resolve) => io!.close(() => resolve()));
      await worker.stop();
      await statusSync.stop();
      await visits!.idle();
      await printQueue.stop();
      await db.close();
    },
  };
}
