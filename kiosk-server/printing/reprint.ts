// Reprinting a receipt by any of its application numbers (staff): the same document as before, or, for applications
// from before the print queue, one made again from the stored applications. On the kiosk printer it goes through the
// print queue (kept until it is on paper); at the staff desk it is printed at once and a failure is told to staff.
import type { Catalogue } from '../../content/catalogue.ts';
import type { Printer, VisitReceipt } from '../../printers/printer.ts';
import { receiptFor, type Centre } from '../receipts.ts';
import { findApplicationByNumber } from '../store/applications.ts';
import type { KioskStore } from '../store/kiosk-store.ts';
import { latestReceiptJob } from '../store/print-jobs.ts';
import type { PrintQueue } from './print-queue.ts';

export interface ReprintContext {
  store: KioskStore;
  queue: PrintQueue;
  catalogue: Catalogue;
  centre: Centre;
  deskPrinter: Printer;
}

/** The print job's id on the kiosk printer, null when printed at the desk, undefined when no application has the number. */
export async function reprintReceipt(
  context: ReprintContext,
  applicationNumber: string,
  where: 'kiosk' | 'desk',
  largePrint: boolean,
): Promise<number | null | undefined> {
  const { store, queue, catalogue, centre, deskPrinter } = context;
  let receipt: { document: VisitReceipt; visitId: string | null } | undefined;
  const job = await latestReceiptJob(store.db, applicationNumber);
  if (job?.document.kind === 'visit-receipt') receipt = { document: job.document, visitId: job.visitId };
  else {
    const application = await findApplicationByNumber(store, applicationNumber);
    if (application) receipt = { document: receiptFor([application], catalogue, centre), visitId: application.visitId };
  }
  if (!receipt) return undefined;
  if (where === 'desk') {
    await deskPrinter.print(receipt.document, { largePrint });
    return null;
  }
  return queue.add(receipt.document, { ...(receipt.visitId && { visitId: receipt.visitId }), largePrint });
}
