// The CUPS driver through a real scheduler and cups-pdf: the receipt goes through `lp` and comes out as a PDF file.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusFromLpstat } from '../../printers/cups/lpstat.ts';
import { CupsPrinter } from '../../printers/drivers/cups.ts';
import { PrinterNotReadyError } from '../../printers/printer.ts';
import { addPdfQueue, ensureCupsScheduler, removeQueue, waitForCupsPdf } from '../support/cups.ts';
import { pdfQrCodes } from '../support/pdf.ts';
import { ukrainianReceipt } from '../support/receipts.ts';

const QUEUE = `vikno-test-${process.pid}`;
const NUMBER = `K01-2026-${String(process.pid % 1_000_000).padStart(6, '0')}`;
const written: string[] = [];

const receipt = ukrainianReceipt(NUMBER, 'Житлова субсидія');

beforeAll(async () => {
  await ensureCupsScheduler();
  await addPdfQueue(QUEUE);
});
afterAll(async () => {
  await removeQueue(QUEUE);
  for (const file of written) await rm(file, { force: true });
});

describe('CUPS', () => {
  it('prints a receipt through lp and cups-pdf on 80 mm paper', async () => {
    const printer = new CupsPrinter({ queue: QUEUE, paper: 'roll-80mm' });
    expect(await printer.status()).toBe('ready');
    await printer.print(receipt);
    const file = await waitForCupsPdf(NUMBER);
    written.push(file);
    // cups-pdf runs the job through Ghostscript, which drops the text layer of embedded subset fonts: the words are drawn
    // but cannot be extracted. What comes out is checked as paper: 80 mm wide, and the QR code reads as the number. The
    // Ukrainian text of the PDF handed to lp is checked in receipt-pdf.test.ts (it is the same renderer).
    const page = (await PDFDocument.load(await readFile(file))).getPage(0);
    expect(Math.abs(page.getWidth() - (80 / 25.4) * 72), 'width of 80 mm in points, give or take rounding').toBeLessThan(2);
    expect(await pdfQrCodes(file)).toEqual([NUMBER]);
  });

  it('reports a disabled queue as offline and sends nothing to it', async () => {
    const printer = new CupsPrinter({ queue: QUEUE, paper: 'a4' });
    execFileSync('cupsdisable', ['-r', 'paper out', QUEUE]);
    try {
      expect(await printer.status()).toBe('offline');
      await expect(printer.print(receipt)).rejects.toBeInstanceOf(PrinterNotReadyError);
    } finally {
      execFileSync('cupsenable', [QUEUE]);
    }
    expect(await printer.status()).toBe('ready');
    expect(await new CupsPrinter({ queue: 'no-such-queue', paper: 'a4' }).status()).toBe('offline');
  });

  it('reads the printer-state-reasons CUPS lists as alerts', () => {
    const idle = 'printer kiosk is idle.  enabled since Sun 22 Nov 2026 12:00:00\n\tForm mounted:\n\tAlerts: none\n';
    expect(statusFromLpstat(idle)).toBe('ready');
    expect(statusFromLpstat(idle.replace('Alerts: none', 'Alerts: media-empty-error'))).toBe('paper-out');
    expect(statusFromLpstat(idle.replace('Alerts: none', 'Alerts: media-low-report'))).toBe('paper-low');
    expect(statusFromLpstat(idle.replace('Alerts: none', 'Alerts: cover-open-warning media-low-report'))).toBe('cover-open');
    expect(statusFromLpstat(idle.replace('Alerts: none', 'Alerts: marker-supply-empty-error'))).toBe('error');
    expect(statusFromLpstat('printer kiosk disabled since Sun 22 Nov 2026 -\n\tpaper out\n')).toBe('offline');
  });
});
