import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { SAMPLE_PERSON } from '../support/answers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.ts';
import { officialFormsFor } from '../../kiosk-server/printing/official-forms.ts';
import { EscPosPrinter } from '../../printers/drivers/escpos.ts';
import { PdfFilePrinter } from '../../printers/drivers/pdf-file.ts';
import { documentReference } from '../../printers/printer.ts';
import { pdfQrCodes, pdfText } from '../support/pdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-forms-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const person = SAMPLE_PERSON;

describe('the forms to sign, on A4', () => {
  it('holds the name, the РНОКПП, both services ticked, the numbers and their QR codes, and numbers its pages', async () => {
    const catalogue = await loadCatalogue();
    const doc = officialFormsFor(
      catalogue,
      [
        { number: 'K01-2026-000201', serviceId: 'housing-subsidy', answers: person, documentIds: [] },
        { number: 'K01-2026-000202', serviceId: 'idp-allowance', answers: person, documentIds: [] },
      ],
      { name: 'ЦНАП Ірпінської громади' },
      new Date('2026-12-02T10:00:00Z'),
    );
    const printer = new PdfFilePrinter(dir);
    await printer.print(doc);
    const file = printer.fileFor(documentReference(doc));
    const text = (await pdfText(file)).replace(/[ \t]+/g, ' ');
    for (const expected of [
      'Заява про призначення всіх видів соціальної допомоги',
      'Шевченко-Бойко',
      '2125409365',
      'K01-2026-000201',
      'K01-2026-000202',
      'Декларація про доходи',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/☒\s*житлову субсидію/);
    expect(text).toMatch(/☒\s*допомогу на проживання внутрішньо переміщеним особам/);
    expect(text).toMatch(/☐\s*допомогу при народженні дитини/);
    const pdf = await PDFDocument.load(await readFile(file));
    expect(pdf.getPage(0).getWidth()).toBeCloseTo(595.28, 0);
    expect(text).toContain(`сторінка 1 з ${pdf.getPageCount()}`);
    expect(await pdfQrCodes(file)).toEqual(expect.arrayContaining(['K01-2026-000201', 'K01-2026-000202']));
  });

  it('is refused by the 80 mm receipt printer, with where to print it instead', async () => {
    const catalogue = await loadCatalogue();
    const doc = officialFormsFor(
      catalogue,
      [{ number: 'K01-2026-000203', serviceId: 'one-time-aid', answers: person, documentIds: [] }],
      { name: 'ЦНАП' },
      new Date(),
    );
    const escpos = new EscPosPrinter({ host: '127.0.0.1', port: 1, codePage: 'wpc1251', columns: 48 });
    await expect(escpos.print(doc)).rejects.toThrow(/desk printer/);
  });
});
