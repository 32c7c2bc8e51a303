import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfFilePrinter } from '../../printers/drivers/pdf-file.ts';
import type { VisitReceipt } from '../../printers/printer.ts';
import { checklistFor } from '../../kiosk-server/receipts.ts';
import { loadCatalogue } from '../../content/catalogue.ts';
import { pdfText } from '../support/pdf.ts';

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
    await printer.print(receipt({ language: 'en', applications: [application('K01-2026-000124', 'One-time material aid')] }));
    const text = await pdfText(printer.fileFor('K01-2026-000124'));
    expect(text).toContain('Application submitted');
    expect(text).toContain('Bring with you');
  });

  it('lists every application of a visit, each with its number', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(receipt({ applications: [application('K01-2026-000200', 'Житлова субсидія'), application('K01-2026-000201', 'Допомога на проживання ВПО')] }));
    const text = await pdfText(printer.fileFor('K01-2026-000200'));
    expect(text).toContain('Заяви подано');
    expect(text).toContain('K01-2026-000201');
    expect(text).toContain('Допомога на проживання ВПО');
  });

  it('prints "what do I need?" as a checklist with every document and when it is needed', async () => {
    const printer = new PdfFilePrinter(dir);
    const checklist = checklistFor(await loadCatalogue(), 'idp-allowance', 'uk', 'ЦНАП', 'K01', new Date('2026-11-22T09:00:00Z'));
    await printer.print(checklist);
    const text = await pdfText(printer.fileFor('checklist-idp-allowance-20261122T090000'));
    expect(text).toContain('Допомога на проживання ВПО');
    expect(text).toContain('Довідка ВПО — якщо ви вже взяті на облік як ВПО');
    expect(text).toContain('Про що запитають');
    expect(text).toContain('Це не заява');
  });

  it('breaks a word too long for the line instead of running off the paper', async () => {
    const printer = new PdfFilePrinter(dir);
    await printer.print(receipt({ applications: [{ ...application('K01-2026-000300', 'Послуга'), documents: ['Д'.repeat(120)] }] }));
    const text = await pdfText(printer.fileFor('K01-2026-000300'));
    expect(text.replace(/ /g, '')).toContain('Д'.repeat(120));
  });
});
