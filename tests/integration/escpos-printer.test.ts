// The ESC/POS driver against a printer stand-in on loopback: the bytes on the wire, and the status it reads.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../printers/drivers/escpos.ts';
import { encodeForPrinter } from '../../printers/escpos/code-pages.ts';
import { wrapColumns } from '../../printers/layouts/receipt-escpos.ts';
import { statusFromBytes, bytesForStatus } from '../../printers/escpos/status.ts';
import { PrinterNotReadyError } from '../../printers/printer.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import { startTestEscPosPrinter, type TestEscPosPrinter } from '../support/escpos-printer.ts';
import { ukrainianReceipt } from '../support/receipts.ts';

const receipt = ukrainianReceipt('K01-2026-000123');

const contains = (haystack: Buffer, needle: Buffer) => haystack.indexOf(needle) !== -1;

let device: TestEscPosPrinter;
beforeAll(async () => {
  device = await startTestEscPosPrinter();
});
afterAll(() => device.close());

describe('ESC/POS over TCP', () => {
  it('sends the chosen code page, the Ukrainian text encoded in it, the number in double size, a QR code and a cut', async () => {
    const printer = new EscPosPrinter({ host: '127.0.0.1', port: device.port, codePage: 'wpc1251' });
    await printer.print(receipt);
    const job = device.jobs().at(-1)!;
    expect(contains(job, Buffer.from([0x1b, 0x40, 0x1b, 0x74, 46])), 'ESC @ then ESC t 46 (WPC1251)').toBe(true);
    expect(contains(job, iconv.encode('їжак, ґанок, єнот,', 'cp1251'))).toBe(true);
    expect(contains(job, iconv.encode('Ірпінської', 'cp1251'))).toBe(true);
    expect(contains(job, Buffer.concat([Buffer.from([0x1d, 0x21, 0x11]), Buffer.from([0x1b, 0x45, 1])]))).toBe(true);
    expect(contains(job, Buffer.concat([Buffer.from([0x1d, 0x28, 0x6b, 18, 0, 0x31, 0x50, 0x30]), Buffer.from('K01-2026-000123')])), 'QR data').toBe(true);
    expect(contains(job, Buffer.from([0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30])), 'QR print').toBe(true);
    expect(contains(job, Buffer.from([0x1d, 0x56, 66, 0])), 'cut').toBe(true);
    // UTF-8 never reaches the printer.
    expect(contains(job, Buffer.from('ї', 'utf8'))).toBe(false);
  });

  it('uses PC1125 when configured (і ї є ґ kept), and PC866 prints і and ґ as i and г', async () => {
    await new EscPosPrinter({ host: '127.0.0.1', port: device.port, codePage: 'pc1125', codePageNumber: 59 }).print(receipt);
    const pc1125 = device.jobs().at(-1)!;
    expect(contains(pc1125, Buffer.from([0x1b, 0x74, 59]))).toBe(true);
    expect(contains(pc1125, iconv.encode('їжак, ґанок, єнот,', 'cp1125'))).toBe(true);
    expect(encodeForPrinter('ґі', 'pc866')).toEqual(iconv.encode('гi', 'cp866'));
  });

  it('reads paper out, cover open, paper low and ready from the printer, and offline when nothing answers', async () => {
    const printer = new EscPosPrinter({ host: '127.0.0.1', port: device.port, codePage: 'wpc1251' });
    for (const status of ['paper-out', 'cover-open', 'paper-low', 'error', 'ready'] as PrinterStatus[]) {
      device.status = status;
      expect(await printer.status(), status).toBe(status);
    }
    const nobody = new EscPosPrinter({ host: '127.0.0.1', port: 1, codePage: 'wpc1251', timeoutMs: 500 });
    expect(await nobody.status()).toBe('offline');
    await expect(nobody.print(receipt)).rejects.toBeInstanceOf(PrinterNotReadyError);
  });

  it('sends nothing to a printer without paper, and says so', async () => {
    const printer = new EscPosPrinter({ host: '127.0.0.1', port: device.port, codePage: 'wpc1251' });
    device.status = 'paper-out';
    const jobsBefore = device.jobs().length;
    await expect(printer.print(receipt)).rejects.toMatchObject({ status: 'paper-out' });
    expect(device.jobs().length).toBe(jobsBefore);
    device.status = 'ready';
  });

  it('wraps text at the line width, breaking a word only when it is longer than a line', () => {
    expect(wrapColumns('Довідка про доходи всіх членів сімʼї', 16)).toEqual(['Довідка про', 'доходи всіх', 'членів сімʼї']);
    expect(wrapColumns('Д'.repeat(20), 8)).toEqual(['ДДДДДДДД', 'ДДДДДДДД', 'ДДДД']);
  });

  it('understands the status bits of DLE EOT 1, 2 and 4', () => {
    for (const status of ['ready', 'paper-low', 'paper-out', 'cover-open', 'offline', 'error'] as PrinterStatus[]) {
      expect(statusFromBytes(...bytesForStatus(status)), status).toBe(status);
    }
    expect(statusFromBytes(0x00, 0x12, 0x12), 'not a status byte').toBe('error');
    // Paper end alone (the roll sensor) is paper out even if the printer has not gone offline yet.
    expect(statusFromBytes(0x12, 0x12, 0x72)).toBe('paper-out');
  });
});
