import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Catalogue } from '../../content/catalogue.ts';
import type { SpeechService } from '../speech/speech-service.ts';
import { HttpError, jsonErrorHandler } from './errors.ts';
import { speechRouter } from './speech-route.ts';

export interface AppOptions {
  catalogue: Catalogue;
  /** The built kiosk UI (index.html, app.js, styles). */
  uiDir: string;
  logger: Logger;
  speech: SpeechService;
}

/** The HTTP side of the kiosk server, built without listening (main listens; tests use a random port). */
export function buildApp({ catalogue, uiDir, logger, speech }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          mediaSrc: ["'self'", 'blob:'],
          // The kiosk is served over plain HTTP on the centre's network: never rewrite its requests to HTTPS.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/api/services', (_req, res) => {
    res.json(catalogue.services.map((s) => ({ id: s.id, title: s.title })));
  });

  app.use('/api', speechRouter(speech));

  app.use('/api', (req, _res, next) => next(new HttpError(404, `no such endpoint: ${req.method} ${req.originalUrl}`)));

  // The kiosk page must never come from a cache: after a visit ends, Back cannot bring a page of it back.
  app.use(express.static(uiDir, { index: 'index.html', setHeaders: (res) => res.setHeader('Cache-Control', 'no-store') }));
  app.use((req, _res, next) => next(new HttpError(404, `not found: ${req.originalUrl}`)));
  app.use(jsonErrorHandler(logger));
  return app;
}
