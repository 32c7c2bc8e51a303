// The staff API of kiosk pairing (/api/staff/pairing/…), behind the staff login: the kiosks and their paired screens,
// «Підключити кіоск» (a one-time code) and «Відключити» (a screen unpaired, and let go at once).
import express, { type Request, type Router } from 'express';
import type { PairingCodeView, PairingOverview } from '../../protocol/pairing.ts';
import { PairedScreenParam, PairingCodeRequest } from '../../protocol/staff-api-schemas.ts';
import type { KioskPairing } from '../pairing/kiosk-pairing.ts';
import type { StaffLogin } from '../staff/logins.ts';
import { HttpError } from './errors.ts';

export function pairingRouter(pairing: KioskPairing, staffOf: (req: Request) => StaffLogin): Router {
  const router = express.Router();

  router.get('/', async (_req, res) => {
    res.json({ kioskIds: [...pairing.kioskIds], screens: await pairing.screens() } satisfies PairingOverview);
  });

  router.post('/codes', async (req, res) => {
    const parsed = PairingCodeRequest.safeParse(req.body);
    if (!parsed.success) throw new HttpError(400, 'send {kioskId}: one of the kiosks this server serves');
    const code = await pairing.issue(parsed.data.kioskId, staffOf(req).login);
    if (!code) throw new HttpError(404, `this server does not serve kiosk ${parsed.data.kioskId} (KIOSK_ID, KIOSK_IDS)`);
    res.status(201).json(code satisfies PairingCodeView);
  });

  router.post('/screens/:id/unpair', async (req, res) => {
    const id = PairedScreenParam.safeParse(req.params['id']);
    if (!id.success) throw new HttpError(400, 'not a paired screen id');
    if (!(await pairing.unpair(id.data, staffOf(req).login))) throw new HttpError(404, 'no screen is paired with that id');
    res.status(204).end();
  });

  return router;
}
