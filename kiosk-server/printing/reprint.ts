// Reprinting a receipt by any of its application numbers (staff): the same document as before, or, for applications
// from before the print queue, one made again from the stored applications.
import type { Catalogue } from '../../content/catalogue.ts';
import { receiptFor, type Centre } from '../receipts.ts';
import { findApplicationByNumber } from '../store/applications.ts';
import type { KioskStore } from '../store/kiosk-store.ts';
import { latestReceiptJob } from '../store/print-jobs.ts';
import type { PrintQueue } from './print-queue.ts';

export async function reprintReceipt(
  { store, queue, catalogue, centre }: { store: KioskStore; queue: PrintQueue; catalogue: Catalogue; centre: Centre },
  applicationNumber: string,
  largePrint: boolean,
): Promise<number | undefined> {
  const job = await latestReceiptJob(store.db, applicationNumber);
  if (job) return queue.add(job.document, { ...(job.visitId && { visitId: job.visitId }), largePrint });
  const application = await findApplicationByNumber(store, applicationNumber);
  if (!application) return undefined;
  return queue.add(receiptFor([application], catalogue, centre), { visitId: application.visitId, largePrint });
}
