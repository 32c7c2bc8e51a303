import express, { type Express } from 'express';
import path from 'node:path';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Catalogue } from '../../content/catalogue.ts';
import type { SpeechService } from '../speech/speech-service.ts';
import { HttpError, jsonErrorHandler } from './errors.ts';
import { inlineScriptSources } from './page-scripts.ts';
import { speechRouter } from './speech-route.ts';
import { wakeWordRouter } from './wake-word-route.ts';
import { staffRouter, type StaffRoutesOptions } from './staff-routes.ts';
import { STAFF_API } from '../../protocol/staff-api.ts';
import type { WakeWordConfig } from '../wake-word/wake-word-config.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import type { ForwardingState } from '../../protocol/staff-events.ts';
import type { KioskMetrics } from '../metrics/metrics.ts';
import { metricsRouter } from '../metrics/metrics-route.ts';
import { backupHealthOf, type BackupStatus } from '../backup/backups.ts';

/** Where Porcupine validates its AccessKey (the only address the kiosk page may reach beyond the kiosk). */
const PICOVOICE_LICENSE_SERVER = 'https://rest.picovoice.ai';

export interface AppOptions {
  catalogue: Catalogue;
  /** The built kiosk UI (index.html, app.js, styles). */
  uiDir: string;
  logger: Logger;
  speech: SpeechService;
  wakeWord: WakeWordConfig;
  /** The receipt printer's last known state (undefined before the first reading). */
  printerStatus: () => PrinterStatus | undefined;
  /** The forwarding queue: pending, failing, and a fault only staff can mend. */
  forwardingState: () => Promise<ForwardingState>;
  /** The backups: off, ok or failing (a failing backup leaves `status` at `ok`: the kiosk still serves people). */
  backupStatus: () => BackupStatus;
  /** The staff console's API (login, applications, audit, statistics). */
  staff: StaffRoutesOptions;
  /** GET /metrics, for this machine and the `allow` addresses (METRICS_ALLOW); absent: no /metrics. */
  metrics?: { metrics: KioskMetrics; allow: readonly string[] };
}

/** The HTTP side of the kiosk server, built without listening (main listens; tests use a random port). */
export function buildApp({ catalogue, uiDir, logger, speech, wakeWord, printerStatus, forwardingState, backupStatus, staff, metrics }: AppOptions): Express {
  // Porcupine runs WebAssembly in workers made from blobs and checks its AccessKey with Picovoice: allowed only when it is on.
  const porcupine = wakeWord.engine === 'porcupine';
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", inlineScriptSources(uiDir), ...(porcupine ? ["'wasm-unsafe-eval'"] : [])],
          workerSrc: ["'self'", ...(porcupine ? ['blob:'] : [])],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", ...(porcupine ? [PICOVOICE_LICENSE_SERVER] : [])],
          mediaSrc: ["'self'", 'blob:'],
          // The kiosk is served over plain HTTP on the centre's network: never rewrite its requests to HTTPS.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );

  // For staff and monitoring: the kiosk is up, which voice speaks each language (null: the voice guide is off there), and
  // the printer's state, the forwarding queue (no application numbers: this page needs no login) and the backups.
  app.get('/healthz', async (_req, res) => {
    const voices = Object.fromEntries(Object.entries(speech.describe()).map(([lang, voice]) => [lang, voice ?? null]));
    const { kioskId: _kioskId, ...forwarding } = await forwardingState();
    res.json({ status: 'ok', voices, wakeWord: wakeWord.engine, printer: printerStatus() ?? 'unknown', forwarding, backup: backupHealthOf(backupStatus()) });
  });

  if (metrics) app.use(metricsRouter(metrics.metrics, metrics.allow));

  app.get('/api/services', (_req, res) => {
    res.json(catalogue.services.map((s) => ({ id: s.id, title: s.title })));
  });

  app.use(STAFF_API, staffRouter(staff));
  app.use('/api', speechRouter(speech, metrics?.metrics));
  app.use(wakeWordRouter(wakeWord, logger));

  app.use('/api', (req, _res, next) => next(new HttpError(404, `no such endpoint: ${req.method} ${req.originalUrl}`)));

  // The staff console is a page of its own (its own bundle: the kiosk never loads staff code).
  app.get('/staff{/*rest}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(path.join(uiDir, 'staff.html'));
  });

  // The kiosk page must never come from a cache: after a visit ends, Back cannot bring a page of it back.
  app.use(express.static(uiDir, { index: 'index.html', setHeaders: (res) => res.setHeader('Cache-Control', 'no-store') }));
  app.use((req, _res, next) => next(new HttpError(404, `not found: ${req.originalUrl}`)));
  app.use(jsonErrorHandler(logger));
  return app;
}
