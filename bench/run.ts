// `npm run bench`: measures the kiosk on this machine and prints a table. Figures, not assertions: tests never time things.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { io } from 'socket.io-client';
import { UI_OUT_DIR } from '../kiosk-ui/build.ts';
import { loadCatalogue } from '../content/catalogue.ts';
import { answerUntilCheck } from '../tests/support/socket-walk.ts';
import type { KioskClient } from '../tests/support/kiosk.ts';
import { connectStaff, startTestKiosk } from '../tests/support/kiosk.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { renderReceiptPdf } from '../printers/layouts/receipt-pdf.ts';
import type { VisitReceipt } from '../printers/printer.ts';
import type { KioskView } from '../protocol/views.ts';
import { measureDrain } from './drain.ts';
import { dataOf, request } from './acks.ts';
import { measureStaff, STATS_VISITS } from './staff.ts';
import { measureDesk } from './desk.ts';
import { measureMetrics } from './metrics.ts';
import { measureVoices } from './voices.ts';
import { measureBackup } from './backup.ts';
import { coldLoadRows, loadRows, printTable, runOnly, soakRows } from './parts.ts';

const STEP_ROUND_TRIPS = 1_000;
const HELP_CALLS = 100;
const KEYPAD_MOVES = 200;
const SUBMISSIONS = 100;
const DRAIN_BACKLOG = 10_000;

// `BENCH_ONLY=cold-load,load,soak npm run bench`: only those parts (bench/parts.ts).
if (process.env['BENCH_ONLY']) await runOnly(process.env['BENCH_ONLY']);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), n: samples.length };
}

const ms = (v: number) => `${v.toFixed(2)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

// The cold load first, on a machine nothing else in the bench has loaded yet (as a kiosk PC at boot): measured after
// the other parts, the bench's own servers, PDFs and speech left behind slowed the kiosk page more than the blank one.
const coldLoad = await coldLoadRows();

const kiosk = await startTestKiosk();
const { server, simulator } = kiosk;
const socket: KioskClient = io(server.url, { transports: ['websocket'], forceNew: true });
await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));

const catalogue = await loadCatalogue();

async function newVisit(serviceIds = ['one-time-aid']): Promise<{ sessionId: string; view: KioskView }> {
  const { sessionId } = dataOf(await request(socket, 'visit:start', { lang: 'uk' }), 'visit:start');
  let view = dataOf(await request(socket, 'services:choose', { sessionId, serviceIds }), 'services:choose');
  if (view.screen === 'suggest') view = dataOf(await request(socket, 'services:suggested', { sessionId, accepted: [] }), 'services:suggested');
  return { sessionId, view };
}

// Step round trip: answer a question (validated, next step computed, view built) and go back, over socket.io.
const stepSamples: number[] = [];
{
  const { sessionId } = await newVisit();
  const nameValues = { surname: 'Шевченко', givenName: 'Тарас', patronymic: '' };
  for (let i = 0; i < STEP_ROUND_TRIPS; i++) {
    let t = performance.now();
    await request(socket, 'step:answer', { sessionId, stepId: 'applicant-name', values: nameValues });
    stepSamples.push(performance.now() - t);
    t = performance.now();
    await request(socket, 'step:back', { sessionId });
    stepSamples.push(performance.now() - t);
  }
  await request(socket, 'visit:end', { sessionId });
}

// Submit: tap "Submit" → ack after commit (application + outbox row), and → receipt PDF written (receipt:status).
const commitSamples: number[] = [];
const receiptSamples: number[] = [];
for (let i = 0; i < SUBMISSIONS; i++) {
  // Every fifth visit applies for two services at once (two applications, one receipt).
  const { sessionId, view } = await newVisit(i % 5 === 4 ? ['one-time-aid', 'housing-subsidy'] : ['one-time-aid']);
  await answerUntilCheck(socket, catalogue, sessionId, view);
  const start = performance.now();
  const printed = new Promise<number>((resolve) => socket.once('receipt:status', () => resolve(performance.now())));
  const ack = await request(socket, 'application:submit', { sessionId });
  if (!ack.ok || ack.data.screen !== 'confirmation') throw new Error(`submit failed: ${JSON.stringify(ack)}`);
  commitSamples.push(performance.now() - start);
  receiptSamples.push((await printed) - start);
  await request(socket, 'visit:end', { sessionId });
}

// "Покликати працівника": kiosk event → stored → heard by a staff listener on /staff.
const helpSamples: number[] = [];
{
  const staff = await connectStaff(server.url);
  for (let i = 0; i < HELP_CALLS; i++) {
    const start = performance.now();
    const heard = new Promise<number>((resolve) => staff.once('help:called', () => resolve(performance.now())));
    await request(socket, 'help:call', {});
    helpSamples.push((await heard) - start);
  }
  staff.disconnect();
}

// Keypad ▼ in Chromium: the time from the key to focus on the next item, on the longest screen (the service list) at the
// largest text, where the focus order is worked out from every element on the page.
const keypadSamples: number[] = [];
const SERVICE_LIST_PAINTS = 20;
const servicePaintSamples: number[] = [];
{
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Українська', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Яку допомогу ви хочете отримати?' }).waitFor();
  await page.evaluate(() => (document.documentElement.dataset['textSize'] = '4'));
  for (let i = 0; i < KEYPAD_MOVES; i++) {
    keypadSamples.push(
      await page.evaluate(
        (up) => {
          const start = performance.now();
          document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: up ? 'ArrowUp' : 'ArrowDown', bubbles: true }));
          return performance.now() - start;
        },
        Math.floor(i / 40) % 2 === 1,
      ),
    );
  }
  // The service list's first paint at the largest text: «Українська» tapped → every service drawn and a frame painted
  // (the visit started on the server and the list view sent back), with the 18+ services of the catalogue.
  for (let i = 0; i < SERVICE_LIST_PAINTS; i++) {
    // A fresh page each time: the visit kept in sessionStorage would otherwise be restored on the service list.
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Українська', exact: true }).waitFor();
    await page.evaluate(() => (document.documentElement.dataset['textSize'] = '4'));
    servicePaintSamples.push(
      await page.evaluate(async (count) => {
        const start = performance.now();
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Українська')!.click();
        while (document.querySelectorAll('input[name="services"]').length < count) await new Promise((r) => setTimeout(r, 1));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - start;
      }, catalogue.services.length),
    );
  }
  await browser.close();
}

// Receipt PDFs: the time to make one (a visit with one or two applications), and the memory 1 000 of them leave behind in
// one process (a kiosk prints all day without restarting).
const RECEIPTS = 1000;
const receiptPdfSamples: number[] = [];
const receiptMemory = await (async () => {
  const receiptOf = (i: number): VisitReceipt => ({
    kind: 'visit-receipt',
    language: i % 3 === 0 ? 'en' : 'uk',
    centreName: 'ЦНАП Ірпінської міської ради',
    centreAddress: 'вул. Шевченка, 2, Ірпінь',
    kioskId: 'K01',
    submittedAt: new Date(),
    applications: Array.from({ length: i % 5 === 0 ? 2 : 1 }, (_, j) => ({
      applicationNumber: `K01-2026-${String(i * 2 + j).padStart(6, '0')}`,
      serviceTitle: catalogue.services[(i + j) % catalogue.services.length]!.title.uk,
      whatHappensNext: catalogue.services[(i + j) % catalogue.services.length]!.whatHappensNext.uk,
      decisionTime: catalogue.services[(i + j) % catalogue.services.length]!.decisionTime.uk,
      documents: catalogue.services[(i + j) % catalogue.services.length]!.documents.map((d) => d.title.uk),
    })),
  });
  await renderReceiptPdf(receiptOf(0)); // fonts read once
  const before = process.memoryUsage();
  for (let i = 0; i < RECEIPTS; i++) {
    const start = performance.now();
    await renderReceiptPdf(receiptOf(i));
    receiptPdfSamples.push(performance.now() - start);
  }
  const after = process.memoryUsage();
  return { rss: after.rss - before.rss, heap: after.heapUsed - before.heapUsed };
})();

// Everything submitted reaches the simulator.
const deadline = Date.now() + 30_000;
const expected = SUBMISSIONS + Math.floor(SUBMISSIONS / 5);
while ((await simulator.cases()).length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
const forwarded = (await simulator.cases()).length;

// What the page loads at start: app.js and the chunks it imports (not the wake-word engines, loaded only when configured).
const chunkFiles = await readdir(path.join(UI_OUT_DIR, 'chunks'));
const startChunks = await Promise.all(chunkFiles.filter((f) => /^chunk-.*\.js$/.test(f)).map((f) => readFile(path.join(UI_OUT_DIR, 'chunks', f))));
const bundle = Buffer.concat([await readFile(path.join(UI_OUT_DIR, 'app.js')), ...startChunks]);
const porcupineFile = chunkFiles.find((f) => /^porcupine-engine-.*\.js$/.test(f));
const porcupineChunk = porcupineFile ? await readFile(path.join(UI_OUT_DIR, 'chunks', porcupineFile)) : Buffer.alloc(0);
// The stylesheets are inline in the page, with the page script and the welcome screen (kiosk-ui/first-screen/).
const kioskPage = await readFile(path.join(UI_OUT_DIR, 'index.html'));
const staffBundle = Buffer.concat([await readFile(path.join(UI_OUT_DIR, 'staff.js')), ...startChunks]);
const staffFigures = await measureStaff(server, socket);
const rss = process.memoryUsage().rss;

socket.disconnect();
await kiosk.stop();

const step = summary(stepSamples);
const commit = summary(commitSamples);
const receipt = summary(receiptSamples);
const help = summary(helpSamples);
const keypad = summary(keypadSamples);
const servicePaint = summary(servicePaintSamples);
// What every server start and `npm run content:check` do: read every file and run every check.
const contentCheckSamples: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await loadCatalogue();
  contentCheckSamples.push(performance.now() - t);
}
const contentCheck = summary(contentCheckSamples);
const receiptPdf = summary(receiptPdfSamples);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const rows: [string, string, string, string][] = [
  ['step round trip over socket.io (answer / back)', ms(step.median), ms(step.p95), String(step.n)],
  ['submit → committed (ack; 1 in 5 visits has 2 services)', ms(commit.median), ms(commit.p95), String(commit.n)],
  ['submit → committed + receipt PDF written', ms(receipt.median), ms(receipt.p95), String(receipt.n)],
  ['help call → heard by a /staff listener (stored first)', ms(help.median), ms(help.p95), String(help.n)],
  [
    'staff login (scrypt N=2^15 r=8 p=3, session opened)',
    ms(summary(staffFigures.login).median),
    ms(summary(staffFigures.login).p95),
    String(staffFigures.login.length),
  ],
  [
    '"Іду" on the console → heard by the kiosk',
    ms(summary(staffFigures.coming).median),
    ms(summary(staffFigures.coming).p95),
    String(staffFigures.coming.length),
  ],
  [
    'kiosk step → shown on the dashboard',
    ms(summary(staffFigures.dashboard).median),
    ms(summary(staffFigures.dashboard).p95),
    String(staffFigures.dashboard.length),
  ],
  [
    `statistics of a year, ${STATS_VISITS} visits (GET /api/staff/stats)`,
    ms(summary(staffFigures.stats).median),
    ms(summary(staffFigures.stats).p95),
    String(staffFigures.stats.length),
  ],
  ['keypad ▼ → next item focused (service list, largest text)', ms(keypad.median), ms(keypad.p95), String(keypad.n)],
  ['receipt PDF made (80 mm, 1 or 2 applications, QR, fonts subset)', ms(receiptPdf.median), ms(receiptPdf.p95), String(receiptPdf.n)],
  [`memory after ${RECEIPTS} receipt PDFs in one process (RSS / heap growth)`, mib(receiptMemory.rss), mib(receiptMemory.heap), '-'],
  ['UI bundle loaded at start, app.js + shared chunk (raw / gzip)', kb(bundle.length), kb(gzipSync(bundle).length), '-'],
  ['Porcupine wake-word chunk, only when configured (raw / gzip)', kb(porcupineChunk.length), kb(gzipSync(porcupineChunk).length), '-'],
  ['staff console bundle, staff.js + shared chunk (raw / gzip)', kb(staffBundle.length), kb(gzipSync(staffBundle).length), '-'],
  ['kiosk page index.html, styles and welcome screen inline (raw / gzip)', kb(kioskPage.length), kb(gzipSync(kioskPage).length), '-'],
  ['applications forwarded to the simulator', `${forwarded} of ${expected}`, '', '-'],
  [
    `service list first paint, largest text, ${catalogue.services.length} services (tap → painted)`,
    ms(servicePaint.median),
    ms(servicePaint.p95),
    String(servicePaint.n),
  ],
  [`content check: load and check ${catalogue.services.length} services from disk`, ms(contentCheck.median), ms(contentCheck.p95), String(contentCheck.n)],
  ['content check: combinations walked / paths with every service chosen', String(catalogue.combinations.count), String(catalogue.combinations.allPaths), '-'],
  ['server + bench process RSS after the run', `${(rss / 1024 / 1024).toFixed(0)} MiB`, '', '-'],
];
const drain = await measureDrain(DRAIN_BACKLOG);
rows.push(
  [
    `backlog of ${DRAIN_BACKLOG} drained to the loopback simulator (rate / time)`,
    `${drain.perSecond.toFixed(0)} /s`,
    `${drain.seconds.toFixed(1)} s`,
    String(drain.backlog),
  ],
  ['  … arrived / lost / duplicates / requests per case', `${drain.arrived}`, `${drain.lost} / ${drain.duplicates} / ${drain.requestsPerCase.toFixed(2)}`, '-'],
);
const desk = await measureDesk(catalogue);
for (const [label, samples] of [
  ['desk policy: submit → committed (ack), waiting for acceptance', desk.submit],
  ['desk: scanned receipt → visit page data (opened, audited)', desk.open],
  ['desk: forms to sign → PDF written by the desk printer (A4)', desk.forms],
] as const) {
  const figure = summary([...samples]);
  rows.push([label, ms(figure.median), ms(figure.p95), String(figure.n)]);
}
const metricsFigures = await measureMetrics(catalogue);
const scrape = summary(metricsFigures.scrape);
rows.push([`GET /metrics after 40 visits (${kb(metricsFigures.bytes)} of text)`, ms(scrape.median), ms(scrape.p95), String(scrape.n)]);
// The voice with each engine installed here (espeak-ng; RHVoice after npm run setup:voices).
rows.push(...(await measureVoices(catalogue)));
const backup = await measureBackup(DRAIN_BACKLOG);
const backupFigure = summary(backup.samples);
rows.push([
  `one backup of ${DRAIN_BACKLOG} applications (${(backup.bytes / 1024 / 1024).toFixed(1)} MiB, backup API, synced)`,
  ms(backupFigure.median),
  ms(backupFigure.p95),
  String(backupFigure.n),
]);
rows.push(...coldLoad, ...(await loadRows(catalogue)), ...(await soakRows(catalogue)));
printTable(rows);
if (forwarded !== expected || drain.lost || drain.duplicates) process.exitCode = 1;
