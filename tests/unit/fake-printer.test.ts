import { describe, expect, it } from 'vitest';
import { FakePrinter } from '../../printers/drivers/fake.ts';
import { PrinterNotReadyError, type Checklist } from '../../printers/printer.ts';

const checklist = { kind: 'checklist', printedAt: new Date(), serviceId: 'one-time-aid' } as Checklist;

describe('the fake printer', () => {
  it('fails as the real drivers do: a PrinterNotReadyError saying why', async () => {
    const printer = new FakePrinter();
    for (const state of ['paper-out', 'cover-open', 'offline', 'error'] as const) {
      printer.state = state;
      const failure = await printer.print(checklist).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(PrinterNotReadyError);
      expect((failure as PrinterNotReadyError).status).toBe(state);
    }
    expect(printer.printed).toEqual([]);
  });

  it('prints when ready, and when only low on paper', async () => {
    const printer = new FakePrinter();
    await printer.print(checklist);
    printer.state = 'paper-low';
    await printer.print(checklist);
    expect(printer.printed).toHaveLength(2);
  });
});
