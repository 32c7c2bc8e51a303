import type { Catalogue } from '../content/catalogue.ts';
import type { Language } from '../content/localized.ts';
import { stepHeading } from './session/views.ts';
import { composeFlow } from '../content/flow.ts';
import { RECEIPT_WORDS } from '../content/text/receipt.ts';
import { deskNextStep } from '../content/text/next-step.ts';
import type { Checklist, VisitReceipt } from '../printers/printer.ts';
import type { StoredApplication } from './store/applications.ts';

/** The centre the kiosk stands in, as printed at the top of every document. */
export interface Centre {
  name: string;
  address?: string;
}

/** What a receipt needs of an application: never its answers. */
export type ReceiptSource = Pick<StoredApplication, 'number' | 'serviceId' | 'documentIds' | 'language' | 'kioskId' | 'submittedAt'>;

/**
 * The receipt of one visit's stored applications, in the language the person used; `desk` when they wait for the
 * administrator (the receipt then says to go there, and where).
 */
export function receiptFor(applications: ReceiptSource[], catalogue: Catalogue, centre: Centre, desk: { place: string | null } | null = null): VisitReceipt {
  const first = applications[0]!;
  const lang = first.language;
  return {
    kind: 'visit-receipt',
    language: lang,
    ...(desk && { nextStep: deskNextStep(RECEIPT_WORDS, desk.place)[lang] }),
    centreName: centre.name,
    ...(centre.address && { centreAddress: centre.address }),
    kioskId: first.kioskId,
    submittedAt: first.submittedAt,
    applications: applications.map((application) => {
      const service = catalogue.get(application.serviceId)!;
      return {
        applicationNumber: application.number,
        serviceTitle: service.title[lang],
        whatHappensNext: service.whatHappensNext[lang],
        decisionTime: service.decisionTime[lang],
        documents: service.documents.filter((d) => application.documentIds.includes(d.id)).map((d) => d.title[lang]),
      };
    }),
  };
}

/** "What do I need?" as a checklist: every question the service may ask and every document, with when it is needed. */
export function checklistFor(catalogue: Catalogue, serviceId: string, lang: Language, centre: Centre, kioskId: string, printedAt: Date): Checklist {
  const service = catalogue.get(serviceId)!;
  const flow = composeFlow(catalogue, [serviceId]);
  return {
    kind: 'checklist',
    language: lang,
    centreName: centre.name,
    ...(centre.address && { centreAddress: centre.address }),
    kioskId,
    printedAt,
    serviceId,
    serviceTitle: service.title[lang],
    eligibility: service.eligibility[lang],
    decidingBody: service.decidingBody[lang],
    decisionTime: service.decisionTime[lang],
    sections: flow.parts.map((part) => ({ title: part.title[lang], questions: part.steps.map((s) => stepHeading(s)[lang]) })),
    documents: service.documents.map((d) => ({ title: d.title[lang], ...(d.whenText && { whenText: d.whenText[lang] }) })),
  };
}
