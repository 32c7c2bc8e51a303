// GET /metrics: the Prometheus text format, for this machine and METRICS_ALLOW only (anyone else: 403 JSON).
import express, { type Router } from 'express';
import { HttpError } from '../http/errors.ts';
import { metricsAccess } from './allow-list.ts';
import type { KioskMetrics } from './metrics.ts';

export function metricsRouter(metrics: Pick<KioskMetrics, 'contentType' | 'scrape'>, allow: readonly string[]): Router {
  const allowed = metricsAccess(allow);
  const router = express.Router();
  router.get('/metrics', async (req, res, next) => {
    // The socket's address: express's req.ip would follow X-Forwarded-For if `trust proxy` were ever set.
    if (!allowed(req.socket.remoteAddress)) return next(new HttpError(403, 'metrics are only for this machine and the addresses in METRICS_ALLOW'));
    try {
      const text = await metrics.scrape();
      res.set({ 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
      res.send(text);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
