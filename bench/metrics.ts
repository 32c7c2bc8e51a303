// The /metrics figure for `npm run bench`: one scrape of a server that has done some visits (submitted, abandoned,
// help calls, speech), as a region's Prometheus makes every 30 s.
import { performance } from 'node:perf_hooks';
import type { Catalogue } from '../content/catalogue.ts';
import { connectClient, startTestKiosk } from '../tests/support/kiosk.ts';
import { answerUntilCheck, startVisit } from '../tests/support/socket-walk.ts';
import { dataOf, request } from './acks.ts';

const SCRAPES = 200;
/** Visits done before scraping: most submitted, one in four left on a question. */
const VISITS = 40;

export interface MetricsFigures {
  /** GET /metrics → whole body read, ms. */
  scrape: number[];
  /** The body's size, bytes. */
  bytes: number;
}

export async function measureMetrics(catalogue: Catalogue): Promise<MetricsFigures> {
  const kiosk = await startTestKiosk();
  const socket = await connectClient(kiosk.server.url);
  try {
    for (let i = 0; i < VISITS; i++) {
      const { sessionId, view } = await startVisit(socket, i % 5 === 4 ? ['one-time-aid', 'housing-subsidy'] : ['one-time-aid']);
      if (i % 4 === 3) {
        await request(socket, 'help:call', { sessionId });
      } else {
        await answerUntilCheck(socket, catalogue, sessionId, view);
        dataOf(await request(socket, 'application:submit', { sessionId }), 'application:submit');
      }
      await request(socket, 'visit:end', { sessionId });
    }
    const url = `${kiosk.server.url}/metrics`;
    const scrape: number[] = [];
    let bytes = 0;
    for (let i = 0; i < SCRAPES; i++) {
      const start = performance.now();
      const response = await fetch(url);
      const body = await response.text();
      scrape.push(performance.now() - start);
      if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
      bytes = Buffer.byteLength(body);
    }
    return { scrape, bytes };
  } finally {
    socket.disconnect();
    await kiosk.stop();
  }
}
