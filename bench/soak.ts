// A long day: visits one after another, with no pauses, over socket.io against one server in a process of its own. Most
// are short (a service chosen, then left); every SUBMIT_EVERY-th is a whole application submitted. The server's RSS is
// read after a warm-up and at the end (its own process: nothing of the bench is in it). RSS only grows while V8 takes
// more room for a fast allocation rate; what would show a leak is the live heap after each full collection, which V8
// itself reports with --trace-gc.
import { performance } from 'node:perf_hooks';
import type { Catalogue } from '../content/catalogue.ts';
import { ORIGINAL_SERVICE_IDS } from '../tests/support/walk.ts';
import { startServerProcess } from './server-process.ts';
import { connectKiosk, VisitWalker } from './visit-walker.ts';

const SUBMIT_EVERY = 20;
/** Visits before the first reading: the server's code and caches warm, as they are after a kiosk's first hour. */
const WARM_UP_VISITS = 200;
/** A quiet moment before the last reading, for timers and the forwarding queue to settle. */
const SETTLE_MS = 3_000;

export interface SoakFigures {
  visits: number;
  submitted: number;
  seconds: number;
  rssBefore: number;
  rssAfter: number;
  /** The live heap (MiB) after each full collection during the soak, in order (none before the warm-up's end). */
  liveHeapMiB: number[];
}

/** V8's live heap after each full collection (mark-compact), in MiB, from the lines --trace-gc prints, in order. */
export function liveHeapsAfterFullGc(printed: string): number[] {
  return [...printed.matchAll(/Mark-Compact[^\n]*? -> ([\d.]+) \([\d.]+\) MB/g)].map((match) => Number(match[1]));
}

export async function measureSoak(catalogue: Catalogue, visits: number): Promise<SoakFigures> {
  const server = await startServerProcess({}, ['--trace-gc']);
  try {
    const walker = new VisitWalker(await connectKiosk(server.url, 'K01'), catalogue, { pauseMs: () => 0 });
    const visit = (i: number) => walker.visit(ORIGINAL_SERVICE_IDS[i % ORIGINAL_SERVICE_IDS.length]!, { leave: i % SUBMIT_EVERY !== 0 });
    for (let i = 0; i < WARM_UP_VISITS; i++) await visit(i);
    const before = await server.usage();
    const collectionsBefore = liveHeapsAfterFullGc(server.output()).length;
    const started = performance.now();
    let submitted = 0;
    for (let i = 0; i < visits; i++) if ((await visit(i)) === 'submitted') submitted++;
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const after = await server.usage();
    walker.close();
    const liveHeapMiB = liveHeapsAfterFullGc(server.output()).slice(collectionsBefore);
    return { visits, submitted, seconds, rssBefore: before.rssBytes, rssAfter: after.rssBytes, liveHeapMiB };
  } finally {
    await server.stop();
  }
}
