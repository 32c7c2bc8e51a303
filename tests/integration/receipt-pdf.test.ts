import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfFilePrinter } from '../../printers/drivers/pdf-file.ts';
import type { VisitReceipt } from '../../printers/printer.ts';
import { checklistFor, receiptFor } from '../../kiosk-server/receipts.ts';
import { loadCatalogue } from '../../content/catalogue.ts';
import { renderReceiptPdf } from '../../printers/layouts/receipt-pdf.ts';
import { pdfQrCodes, pdfText } from '../support/pdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-receipt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const application = (number: string, serviceTitle: string) => ({
  applicationNumber: number,
  serviceTitle,
  whatHappensNext: 'Заяву розгляне комісія. Її їжак, ґанок і єнот — букви і, ї, є, ґ.',
  decisionTime: 'до 30 календарних днів',
  documents: ['Паспорт або ID-картка', 'Довідка від лікаря'],
});

const receipt = (overrides: Partial<VisitReceipt> = {}): VisitReceipt => ({
  kind: 'visit-receipt',
  language: 'uk',
  centreName: 'ЦНАП Ірпінської громади',
  kioskId: 'K01',
  submittedAt: new Date('2026-11-22T12:05:00Z'),
  applications: [application('K01-2026-000123', 'Одноразова матеріальна допомога')],
  ...overrides,
});

describe('the PDF receipt', () => {
  it('is an 80 mm page with the number, service, Kyiv time, documents and Ukrainian letters intact', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(receipt());
    const file = printer.fileFor('K01-2026-000123');
    const text = await pdfText(file);
    for (const expected of [
      'K01-2026-000123',
      'Одноразова матеріальна допомога',
      '22.11.2026 14:05',
      'Паспорт або ID-картка',
      'Довідка від лікаря',
      'їжак, ґанок і єнот',
      'Ірпінської',
    ]) {
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

  it('when the desk must accept it: «Заяву збережено» and what to do now, where the desk is, before the number', async () => {
    const printer = new PdfFilePrinter(dir);
    const desk = receiptFor(
      [
        {
          number: 'K01-2026-000300',
          serviceId: 'one-time-aid',
          documentIds: [],
          language: 'uk',
          kioskId: 'K01',
          submittedAt: new Date('2026-11-22T12:05:00Z'),
        },
      ],
      await loadCatalogue(),
      { name: 'ЦНАП Ірпінської громади' },
      { place: 'вікно № 3' },
    );
    await printer.print(desk);
    const text = (await pdfText(printer.fileFor('K01-2026-000300'))).replace(/\s+/g, ' ');
    expect(text).toContain('Заяву збережено');
    expect(text).not.toContain('Заяву подано');
    expect(text).toContain('Що зробити зараз');
    expect(text).toContain('адміністратора ЦНАП (вікно № 3)');
    expect(text.indexOf('Що зробити зараз')).toBeLessThan(text.indexOf('K01-2026-000300'));
    // What the service says happens next happens once the desk has accepted it.
    expect(text).toContain('Що буде після прийняття');
  });

  it('prints in English when the visit was in English', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(receipt({ language: 'en', applications: [application('K01-2026-000124', 'One-time material aid')] }));
    const text = await pdfText(printer.fileFor('K01-2026-000124'));
    expect(text).toContain('Application submitted');
    expect(text).toContain('Bring with you');
  });

  it('lists every application of a visit, each with its number', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(
      receipt({ applications: [application('K01-2026-000200', 'Житлова субсидія'), application('K01-2026-000201', 'Допомога на проживання ВПО')] }),
    );
    const text = await pdfText(printer.fileFor('K01-2026-000200'));
    expect(text).toContain('Заяви подано');
    expect(text).toContain('K01-2026-000201');
    expect(text).toContain('Допомога на проживання ВПО');
  });

  it('prints "what do I need?" as a checklist with every document and when it is needed', async () => {
    const printer = new PdfFilePrinter(dir);
    const checklist = checklistFor(await loadCatalogue(), 'idp-allowance', 'uk', { name: 'ЦНАП' }, 'K01', new Date('2026-11-22T09:00:00Z'));
    await printer.print(checklist);
    const text = await pdfText(printer.fileFor('checklist-idp-allowance-20261122T090000'));
    expect(text).toContain('Допомога на проживання ВПО');
    expect(text).toContain('Довідка ВПО — якщо ви вже взяті на облік як ВПО');
    expect(text).toContain('Про що запитають');
    expect(text).toContain('Це не заява');
  });

  it('carries a QR code per application that decodes to its number, and the centre address', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(
      receipt({
        centreAddress: 'вул. Центральна, 1, Ірпінь',
        applications: [application('K01-2026-000400', 'Житлова субсидія'), application('K01-2026-000401', 'Допомога ВПО')],
      }),
    );
    const file = printer.fileFor('K01-2026-000400');
    expect(await pdfQrCodes(file)).toEqual(['K01-2026-000400', 'K01-2026-000401']);
    expect(await pdfText(file)).toContain('вул. Центральна, 1, Ірпінь');
  });

  it('lays the same receipt out on A4 pages, and in large print on either paper', async () => {
    const long = receipt({ applications: Array.from({ length: 4 }, (_, i) => application(`K01-2026-00050${i}`, `Послуга ${i + 1}`)) });
    const a4 = await PDFDocument.load(await renderReceiptPdf(long, { paper: 'a4' }));
    expect(a4.getPage(0).getWidth()).toBeCloseTo((210 / 25.4) * 72, 1);
    expect(a4.getPage(0).getHeight()).toBeCloseTo((297 / 25.4) * 72, 1);
    expect(a4.getPageCount()).toBeGreaterThan(1);

    const a4Printer = new PdfFilePrinter(path.join(dir, 'a4'), 'a4');
    await a4Printer.print(long, { largePrint: true });
    const file = a4Printer.fileFor('K01-2026-000500-large');
    const text = await pdfText(file);
    for (let i = 0; i < 4; i++) expect(text).toContain(`K01-2026-00050${i}`);
    expect(text).toContain('їжак, ґанок і єнот');
    expect(await pdfQrCodes(file)).toEqual(['K01-2026-000500', 'K01-2026-000501', 'K01-2026-000502', 'K01-2026-000503']);

    // Large print on the roll: the same words on a longer strip, the number still on one line.
    const standard = await PDFDocument.load(await renderReceiptPdf(receipt()));
    const large = await PDFDocument.load(await renderReceiptPdf(receipt(), { largePrint: true }));
    expect(large.getPage(0).getHeight()).toBeGreaterThan(standard.getPage(0).getHeight() * 1.3);
    const largeFile = path.join(dir, 'large-roll.pdf');
    await writeFile(largeFile, await large.save());
    expect(await pdfText(largeFile)).toContain('K01-2026-000123');
  });

  it('breaks a word too long for the line instead of running off the paper', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(receipt({ applications: [{ ...application('K01-2026-000300', 'Послуга'), documents: ['Д'.repeat(120)] }] }));
    const text = await pdfText(printer.fileFor('K01-2026-000300'));
    expect(text.replace(/ /g, '')).toContain('Д'.repeat(120));
  });
});
