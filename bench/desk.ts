// The desk's figures for `npm run bench`: the kiosk's own submit → ack when applications wait for the desk (to set
// beside the same figure forwarded on submit), a scanned receipt → the visit's page data, and the forms printed to sign.
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import type { Catalogue } from '../content/catalogue.ts';
import { ACCEPTANCE_API, type DeskVisitView } from '../protocol/acceptance.ts';
import { STAFF_REQUEST_HEADER } from '../protocol/staff-api.ts';
import { staffCookie, startTestKiosk, TEST_STAFF, type KioskClient } from '../tests/support/kiosk.ts';
import { answerUntilCheck } from '../tests/support/socket-walk.ts';
import { dataOf, request } from './acks.ts';

const VISITS = 40;

export interface DeskFigures {
  /** submit → ack under ACCEPTANCE=desk (1 in 5 visits with 2 services, as the main submit figure). */
  submit: number[];
  /** The number as a scanner sends it → the visit's page data (opened, audited). */
  open: number[];
  /** «Надрукувати форми» → the forms PDF written by the desk printer. */
  forms: number[];
}

export async function measureDesk(catalogue: Catalogue): Promise<DeskFigures> {
  const kiosk = await startTestKiosk({ acceptance: { policy: 'desk' } });
  const socket: KioskClient = io(kiosk.server.url, { transports: ['websocket'], forceNew: true });
  await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
  const cookie = await staffCookie(kiosk.server.url, TEST_STAFF);
  const desk = async (route: string, body: unknown = {}) => {
    const response = await fetch(`${kiosk.server.url}${ACCEPTANCE_API}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1', cookie },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const figures: DeskFigures = { submit: [], open: [], forms: [] };
  try {
    for (let i = 0; i < VISITS; i++) {
      const { sessionId } = dataOf(await request(socket, 'visit:start', { lang: 'uk' }), 'visit:start');
      const serviceIds = i % 5 === 4 ? ['one-time-aid', 'housing-subsidy'] : ['one-time-aid'];
      let view = dataOf(await request(socket, 'services:choose', { sessionId, serviceIds }), 'services:choose');
      if (view.screen === 'suggest') view = dataOf(await request(socket, 'services:suggested', { sessionId, accepted: [] }), 'services:suggested');
      await answerUntilCheck(socket, catalogue, sessionId, view);
      let start = performance.now();
      const submitted = dataOf(await request(socket, 'application:submit', { sessionId }), 'application:submit');
      figures.submit.push(performance.now() - start);
      if (submitted.screen !== 'confirmation') throw new Error('submit did not confirm');
      await request(socket, 'visit:end', { sessionId });

      start = performance.now();
      const visit = (await desk('/open', { code: submitted.applications[0]!.applicationNumber })) as DeskVisitView;
      figures.open.push(performance.now() - start);
      start = performance.now();
      await desk(`/${visit.visitId}/forms`);
      figures.forms.push(performance.now() - start);
      await desk(`/${visit.visitId}/release`).catch(() => undefined);
    }
  } finally {
    socket.disconnect();
    await kiosk.stop();
  }
  return figures;
}
