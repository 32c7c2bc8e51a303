import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfFilePrinter } from '../../printers/drivers/pdf-file.ts';
import type { ReceiptDocument } from '../../printers/printer.ts';
import { pdfText } from '../support/pdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-receipt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const receipt = (overrides: Partial<ReceiptDocument> = {}): ReceiptDocument => ({
  kind: 'application-receipt',
  language: 'uk',
  centreName: 'ЦНАП Ірпінської громади',
  kioskId: 'K01',
  applicationNumber: 'K01-2026-000123',
  serviceTitle: 'Одноразова матеріальна допомога',
  submittedAt: new Date('2026-11-22T12:05:00Z'),
  whatHappensNext: 'Заяву розгляне комісія. Її їжак, ґанок і єнот — букви і, ї, є, ґ.',
  decisionTime: 'до 30 календарних днів',
  documents: ['Паспорт або ID-картка', 'Довідка від лікаря'],
  qrText: 'K01-2026-000123',
  ...overrides,
});

describe('the PDF receipt', () => {
  it('is an 80 mm page with the number, service, Kyiv time, documents and Ukrainian letters intact', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(receipt());
    const file = printer.fileFor('K01-2026-000123');
    const text = await pdfText(file);
    for (const expected of ['K01-2026-000123', 'Одноразова матеріальна допомога', '22.11.2026 14:05', 'Паспорт або ID-картка', 'Довідка від лікаря', 'їжак, ґанок і єнот', 'Ірпінської']) {
      expect(text).toContain(expected);
    }
    const bytes = await readFile(file);
    // Page width 80 mm = 226.77 pt; the fonts are embedded as subsets, not whole DejaVu files (~750 kB each).
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getWidth()).toBeCloseTo((80 / 25.4) * 72, 1);
    expect(bytes.length).toBeLessThan(100_000);
    expect(await printer.status()).toBe('ready');
  });

  it('prints in English when the visit was in English', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(receipt({ language: 'en', applicationNumber: 'K01-2026-000124', serviceTitle: 'One-time material aid' }));
    const text = await pdfText(printer.fileFor('K01-2026-000124'));
    expect(text).toContain('Application submitted');
    expect(text).toContain('Bring with you');
  });
});
