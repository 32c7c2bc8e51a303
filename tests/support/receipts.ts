import type { VisitReceipt } from '../../printers/printer.ts';

/** A one-application receipt in Ukrainian whose words carry і, ї, є and ґ, for the printer tests. */
export function ukrainianReceipt(applicationNumber: string, serviceTitle = 'Одноразова матеріальна допомога'): VisitReceipt {
  return {
    kind: 'visit-receipt',
    language: 'uk',
    centreName: 'ЦНАП Ірпінської громади',
    kioskId: 'K01',
    submittedAt: new Date('2026-11-22T12:05:00Z'),
    applications: [
      {
        applicationNumber,
        serviceTitle,
        whatHappensNext: 'Заяву розгляне комісія: їжак, ґанок, єнот, інжир.',
        decisionTime: 'до 30 днів',
        documents: ['Паспорт або ID-картка'],
      },
    ],
  };
}
