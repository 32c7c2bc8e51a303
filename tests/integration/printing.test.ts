// Pulling the paper never loses an application: a thermal printer (the ESC/POS stand-in on loopback) runs out of
// paper, the application is still submitted, the person's screen and staff are told, and the receipt prints by itself
// once the paper is back. Staff can reprint by number, and the person can ask for large print.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { findApplicationByNumber } from '../../kiosk-server/store/applications.ts';
import { pendingPrintJobs } from '../../kiosk-server/store/print-jobs.ts';
import { EscPosPrinter } from '../../printers/drivers/escpos.ts';
import type { PrinterState, PrintFailure } from '../../protocol/staff-events.ts';
import { startTestEscPosPrinter, type TestEscPosPrinter } from '../support/escpos-printer.ts';
import { connectClient, connectStaff, eventually, request, startTestKiosk, type KioskClient, type StaffClient, type TestKiosk } from '../support/kiosk.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';

let device: TestEscPosPrinter;
let kiosk: TestKiosk;
let client: KioskClient;
let staff: StaffClient;
let catalogue: Catalogue;
const printerStates: PrinterState[] = [];
const failures: PrintFailure[] = [];

beforeAll(async () => {
  catalogue = await loadCatalogue();
  device = await startTestEscPosPrinter();
  kiosk = await startTestKiosk({ printer: new EscPosPrinter({ host: '127.0.0.1', port: device.port, codePage: 'wpc1251' }), printerPollMs: 100 });
  client = await connectClient(kiosk.server.url);
  staff = await connectStaff(kiosk.server.url, (listener) => {
    listener.on('printer:status', (state) => printerStates.push(state));
    listener.on('print:failed', (failure) => failures.push(failure));
  });
});

afterAll(async () => {
  client?.disconnect();
  staff?.disconnect();
  await kiosk?.stop();
  await device?.close();
});

const jobsWith = (text: string) => device.jobs().filter((job) => job.indexOf(iconv.encode(text, 'cp1251')) !== -1);

describe('printing through the queue', () => {
  it('paper out: the application is submitted, the person and staff are told, and the receipt prints when the paper is back', async () => {
    await eventually(() => printerStates.find((s) => s.status === 'ready'));
    device.status = 'paper-out';
    await eventually(() => printerStates.find((s) => s.status === 'paper-out'));

    const { sessionId, view } = await startVisit(client, ['one-time-aid']);
    await answerUntilCheck(client, catalogue, sessionId, view);
    const receiptStates: string[] = [];
    client.on('receipt:status', ({ state }) => receiptStates.push(state));
    const submitted = await request(client, 'application:submit', { sessionId });
    expect(submitted).toMatchObject({ ok: true, data: { screen: 'confirmation', receipt: 'printing' } });
    const number: string = submitted.data.applications[0].applicationNumber;
    expect(await findApplicationByNumber(kiosk.server.store, number)).toBeDefined();

    await eventually(() => receiptStates.includes('failed') || undefined);
    const failure = await eventually(() => failures.find((f) => f.applicationNumbers.includes(number)));
    expect(failure).toEqual({ kioskId: 'K01', applicationNumbers: [number], printerStatus: 'paper-out' });
    expect((await pendingPrintJobs(kiosk.server.db)).map((j) => j.reference)).toEqual([number]);
    expect(jobsWith(number)).toHaveLength(0);
    // The screen says so after a resume too (a reload on the confirmation).
    expect((await request(client, 'visit:resume', { sessionId })).data.view.receipt).toBe('failed');

    device.status = 'ready';
    await eventually(() => receiptStates.includes('printed') || undefined);
    expect(jobsWith(number)).toHaveLength(1);
    expect(await pendingPrintJobs(kiosk.server.db)).toEqual([]);
    expect(printerStates.at(-1)).toMatchObject({ status: 'ready' });

    // Large print on request: one more job, in triple-size type for the number.
    expect(await request(client, 'receipt:large-print', { sessionId })).toEqual({ ok: true, data: { queued: true } });
    await eventually(() => (jobsWith(number).length === 2 ? true : undefined));
    expect(jobsWith(number)[1]!.indexOf(Buffer.from([0x1d, 0x21, 0x22]))).toBeGreaterThan(-1);

    // Staff reprint by number, after the person has gone.
    await request(client, 'visit:end', { sessionId });
    const reprint = await new Promise((resolve) => staff.emit('receipt:reprint', { applicationNumber: number }, resolve));
    expect(reprint).toMatchObject({ ok: true, data: { jobId: expect.any(Number) } });
    await eventually(() => (jobsWith(number).length === 3 ? true : undefined));
    const unknown = await new Promise((resolve) => staff.emit('receipt:reprint', { applicationNumber: 'K01-2026-999999' }, resolve));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await new Promise((resolve) => staff.emit('receipt:reprint', { applicationNumber: '; rm' } as never, resolve));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('a staff screen that connects is told the printer state at once', async () => {
    let told: (state: PrinterState) => void = () => undefined;
    const state = new Promise<PrinterState>((resolve) => (told = resolve));
    const late = await connectStaff(kiosk.server.url, (listener) => listener.once('printer:status', told));
    expect(await state).toEqual({ kioskId: 'K01', status: 'ready', pendingJobs: 0 });
    late.disconnect();
  });
});
