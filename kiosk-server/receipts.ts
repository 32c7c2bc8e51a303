import type { ServiceDefinition } from '../content/schema.ts';
import type { ReceiptDocument } from '../printers/printer.ts';
import type { StoredApplication } from './store/applications.ts';

/** The receipt of one stored application, in the language the person used. */
export function receiptFor(application: StoredApplication, service: ServiceDefinition, centreName: string): ReceiptDocument {
  const lang = application.language;
  return {
    kind: 'application-receipt',
    language: lang,
    centreName,
    kioskId: application.kioskId,
    applicationNumber: application.number,
    serviceTitle: service.title[lang],
    submittedAt: application.submittedAt,
    whatHappensNext: service.whatHappensNext[lang],
    decisionTime: service.decisionTime[lang],
    documents: service.documents.filter((d) => application.documentIds.includes(d.id)).map((d) => d.title[lang]),
    qrText: application.number,
  };
}
