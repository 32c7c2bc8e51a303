import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../kiosk-server/config.ts';
import { ArchivingPrinter } from '../../printers/archiving-printer.ts';
import { FakePrinter } from '../../printers/drivers/fake.ts';
import { PdfFilePrinter } from '../../printers/drivers/pdf-file.ts';
import { createPrinter, describePrinter } from '../../printers/printer-config.ts';
import type { VisitReceipt } from '../../printers/printer.ts';

describe('printer configuration', () => {
  it('prints to PDF files on an 80 mm roll unless told otherwise', () => {
    expect(configFromEnv({}).printer).toEqual({ driver: 'pdf-file', paper: 'roll-80mm' });
    expect(configFromEnv({ PRINTER_PAPER: 'a4' }).printer).toEqual({ driver: 'pdf-file', paper: 'a4' });
  });

  it('takes a CUPS queue or an ESC/POS address, and names what is missing', () => {
    expect(configFromEnv({ PRINTER: 'cups', CUPS_QUEUE: 'kiosk-receipts', PRINTER_PAPER: 'a4' }).printer).toEqual({
      driver: 'cups',
      queue: 'kiosk-receipts',
      paper: 'a4',
    });
    expect(() => configFromEnv({ PRINTER: 'cups' })).toThrow(/CUPS_QUEUE/);
    expect(configFromEnv({ PRINTER: 'escpos', ESCPOS_ADDRESS: '192.168.1.50' }).printer).toEqual({
      driver: 'escpos',
      host: '192.168.1.50',
      port: 9100,
      codePage: 'wpc1251',
      columns: 48,
    });
    expect(
      configFromEnv({ PRINTER: 'escpos', ESCPOS_ADDRESS: 'printer.local:9101', ESCPOS_CODE_PAGE: 'pc1125', ESCPOS_CODE_PAGE_NUMBER: '59' }).printer,
    ).toMatchObject({
      port: 9101,
      codePage: 'pc1125',
      codePageNumber: 59,
    });
    expect(() => configFromEnv({ PRINTER: 'escpos' })).toThrow(/ESCPOS_ADDRESS/);
    expect(() => configFromEnv({ PRINTER: 'escpos', ESCPOS_ADDRESS: 'printer;rm -rf' })).toThrow(/ESCPOS_ADDRESS/);
    expect(describePrinter({ driver: 'escpos', host: 'p', port: 9100, codePage: 'pc866' })).toBe('ESC/POS at p:9100, code page pc866');
  });

  it('keeps a PDF copy of every receipt whatever prints it, and a failed copy does not stop the print', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vikno-archive-'));
    try {
      expect(createPrinter({ driver: 'cups', queue: 'q', paper: 'a4' }, dir, () => undefined)).toBeInstanceOf(ArchivingPrinter);
      expect(createPrinter({ driver: 'pdf-file', paper: 'a4' }, dir, () => undefined)).toBeInstanceOf(PdfFilePrinter);
      const paper = new FakePrinter();
      const receipt: VisitReceipt = {
        kind: 'visit-receipt',
        language: 'uk',
        centreName: 'ЦНАП',
        kioskId: 'K01',
        submittedAt: new Date('2026-11-22T12:00:00Z'),
        applications: [{ applicationNumber: 'K01-2026-000900', serviceTitle: 'Послуга', whatHappensNext: '…', decisionTime: '…', documents: [] }],
      };
      await new ArchivingPrinter(paper, new PdfFilePrinter(dir), () => undefined).print(receipt);
      expect(paper.printed).toHaveLength(1);
      expect(await readdir(dir)).toEqual(['K01-2026-000900.pdf']);
      const errors: unknown[] = [];
      await new ArchivingPrinter(paper, new PdfFilePrinter(path.join(dir, 'K01-2026-000900.pdf', 'not-a-folder')), (e) => errors.push(e)).print(receipt);
      expect(paper.printed).toHaveLength(2);
      expect(errors).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
