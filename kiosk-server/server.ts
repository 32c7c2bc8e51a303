// Puts the kiosk server together, each part built after the parts it needs: store, events, forwarding, printing,
// visits, staff help, HTTP and socket.io. `main` calls it with the configuration; tests with a temporary folder and port 0.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../content/catalogue.ts';
import { PdfFilePrinter } from '../printers/drivers/pdf-file.ts';
import { DEFAULT_TIMING } from '../protocol/timing.ts';
import { backupStateOf, Backups } from './backup/backups.ts';
import { systemClock } from './clock.ts';
import { DEFAULT_ACCEPTANCE } from './desk/acceptance-settings.ts';
import { DeskAcceptance } from './desk/desk-acceptance.ts';
import { acceptanceQueueState, expireWaiting as expireAcceptance } from './desk/desk-store.ts';
import { officialFormsFor } from './printing/official-forms.ts';
import { DomainEventBus } from './events/domain-events.ts';
import { HelpDesk } from './help-desk.ts';
import { createKioskMetrics } from './metrics/metrics.ts';
import { buildApp } from './http/app.ts';
import { PrintQueue } from './printing/print-queue.ts';
import { reprintReceipt } from './printing/reprint.ts';
import { kioskPrompts } from './speech/prompts.ts';
import { SpeechService } from './speech/speech-service.ts';
import { Assistance } from './staff/assistance.ts';
import { writeAudit } from './staff/audit.ts';
import { KioskPresence } from './staff/kiosk-presence.ts';
import { loginOf } from './staff/logins.ts';
import { KioskPairing } from './pairing/kiosk-pairing.ts';
import { createListener } from './wiring/listener.ts';
import { StatusLookup } from './status-lookup.ts';
import { openKioskStore } from './store/kiosk-store.ts';
import { StorageHealth } from './store/storage-health.ts';
import { VisitsInProgress } from './store/visits-in-progress.ts';
import { makeFailingDue } from './store/outbox.ts';
import { Visits } from './visits.ts';
import { buildForwarding } from './wiring/forwarding.ts';
import type { KioskServer, KioskServerOptions } from './wiring/server-options.ts';
import { startSockets } from './wiring/sockets.ts';
import { certificateValidity } from './wiring/tls-config.ts';

export type { ForwardingOptions, KioskServer, KioskServerOptions } from './wiring/server-options.ts';

/** Printer state is read every 5 s: paper put back is noticed, and the waiting receipt printed, within seconds. */
const DEFAULT_PRINTER_POLL_MS = 5000;

export const DEFAULT_UI_DIR = fileURLToPath(new URL('../build/ui/', import.meta.url));
const SWEEP_INTERVAL_MS = 60_000;

export async function startKioskServer(options: KioskServerOptions): Promise<KioskServer> {
  const { logger, kioskId } = options;
  await mkdir(options.dataDir, { recursive: true });
  const catalogue = options.catalogue ?? (await loadCatalogue());
  for (const warning of catalogue.warnings) logger.warn({ warning }, 'content not checked recently');
  const { store, keyOrigin } = await openKioskStore(options.dataDir, options.dataKey);
  const { db } = store;
  const printer = options.printer ?? new PdfFilePrinter(path.join(options.dataDir, 'receipts'));
  const deskPrinter = options.deskPrinter ?? new PdfFilePrinter(path.join(options.dataDir, 'desk-receipts'), 'a4');
  const clock = options.clock ?? systemClock;
  const kioskIds = [kioskId, ...(options.otherKioskIds ?? [])];
  const centre = { name: options.centreName, ...(options.centreAddress && { address: options.centreAddress }) };
  const events = new DomainEventBus();
  const acceptance = { ...DEFAULT_ACCEPTANCE, ...options.acceptance };
  const storage = new StorageHealth(
    db,
    () => clock.now(),
    (failing) => events.emit('storage:changed', { failing }),
  );

  const forwarding = buildForwarding({ store, central: options.central, kioskId, forwarding: options.forwarding ?? {}, events, clock, logger });
  const { worker, forwardingState } = forwarding;
  const printQueue = new PrintQueue({ db, printer, logger, clock, events, pollMs: options.printerPollMs ?? DEFAULT_PRINTER_POLL_MS });
  // Read at scrape time, so the parts built below are there by then.
  const metrics = createKioskMetrics({
    events,
    serviceIds: catalogue.services.map((service) => service.id),
    policy: acceptance.policy,
    now: () => clock.now(),
    forwardingState,
    printerStatus: () => printQueue.printerStatus,
    helpCallsWaiting: async () => (await helpDesk.open()).length,
    activeVisits: () => visits.activeCount,
    kioskScreens: () => presence.states(),
    // Only when backups are made (BACKUP_DIR); read at scrape time, so the backups made below are there by then.
    ...(options.backup && { backupStatus: () => backups.status() }),
    ...(options.tls && { tlsCertificateExpiresAt: certificateValidity(options.tls.cert).to }),
  });
  const visits = new Visits({
    catalogue,
    store,
    printer,
    printQueue,
    kioskId,
    centre,
    clock,
    logger,
    events,
    acceptance,
    metrics,
    inProgress: new VisitsInProgress(store, logger),
    onSubmitted: () => {
      worker.wake();
      events.emit('acceptance:changed', {});
    },
  });
  const presence = new KioskPresence({ kioskIds, visits, clock, events, printerStatus: () => printQueue.printerStatus });
  const assistance = new Assistance({ db, visits, presence, events, clock, logger });
  const helpDesk = new HelpDesk({ db, visits, clock, logger, events });
  const staffLogin = (token: string | undefined, touch = true) => loginOf(db, token, clock.now(), { touch });
  const pairing = new KioskPairing({
    db,
    clock,
    kioskIds,
    events,
    ...(options.isLocalAddress && { isLocal: options.isLocalAddress }),
    ...(options.pairingAttempts && { attempts: options.pairingAttempts }),
  });
  const desk = new DeskAcceptance({
    store,
    catalogue,
    clock,
    events,
    kioskIds: new Set(kioskIds),
    printForms: (applications) => deskPrinter.print(officialFormsFor(catalogue, applications, centre, clock.now())),
  });
  events.on('acceptance:accepted', () => worker.wake());
  const expireWaiting = async () => {
    const expired = await expireAcceptance(db, clock.now(), acceptance.expireAfterMs);
    if (expired.length) {
      logger.info({ applicationNumbers: expired }, 'applications not accepted in time expired');
      events.emit('acceptance:changed', {});
    }
    return expired;
  };

  const backups = new Backups({ settings: options.backup, db, kioskId, clock, logger, events });
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
    metrics: { metrics, allow: options.metricsAllow ?? [] },
    backupStatus: () => backups.status(),
    staff: {
      store,
      catalogue,
      clock,
      login: staffLogin,
      kiosks: () => presence.states(),
      loggedOut: (loginId) => events.emit('staff:logged-out', { loginId }),
      desk,
      pairing,
      ...(options.staffLoginRate && { loginRate: options.staffLoginRate }),
    },
  });
  const listener = createListener(app, options.tls, pairing.isLocal);
  const sockets = startSockets({
    http: listener.server,
    events,
    staffActions: {
      login: staffLogin,
      printerState: async () => {
        const status = printQueue.printerStatus;
        return status && { kioskId, status, pendingJobs: await printQueue.pendingCount() };
      },
      forwardingState,
      backupState: () => backupStateOf(backups.status(), kioskId, options.backup?.dir),
      storageState: () => ({ kioskId, failing: storage.failure }),
      acceptanceState: () => acceptanceQueueState(db),
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
      events,
      logger,
    },
    kioskEvents: {
      visits,
      helpDesk,
      presence,
      assistance,
      events,
      statusLookup: new StatusLookup({ db, catalogue, clock }),
      kioskId,
      kioskIds: new Set(kioskIds),
      timing: { ...DEFAULT_TIMING, ...options.timing },
      voices: { uk: speech.canSpeak('uk'), en: speech.canSpeak('en') },
      pairing,
      logger,
      metrics,
    },
  });

  const port = await listener.listen(options.port, options.host);
  await forwarding.start();
  await printQueue.start();
  await expireWaiting();
  await backups.start();
  visits.sweep();
  const sweeper = setInterval(() => {
    visits.sweep();
    expireWaiting().catch((error: unknown) => logger.error({ err: error }, 'could not expire applications waiting at the desk'));
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();
  const prerendered = options.prerenderSpeech === false ? Promise.resolve({ rendered: 0, cached: 0, ms: 0 }) : speech.prerender(kioskPrompts(catalogue));

  return {
    url: `${listener.scheme}://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    db,
    store,
    dataKeyOrigin: keyOrigin,
    visits,
    storage,
    worker,
    statusSync: forwarding.statusSync,
    forwardingState,
    applyRetention: forwarding.applyRetention,
    expireWaiting,
    desk,
    pairing,
    printer,
    speech,
    backupStatus: () => backups.status(),
    backupNow: () => backups.runNow(),
    prerendered,
    async close() {
      clearInterval(sweeper);
      await backups.stop();
      speech.stop();
      await prerendered.catch(() => undefined);
      await sockets.close();
      await listener.close();
      await forwarding.stop();
      await visits.idle();
      await printQueue.stop();
      await db.close();
    },
  };
}
