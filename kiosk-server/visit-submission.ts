// One visit's submit, once the engine has its submissions ready: every application and its outbox row committed in one
// transaction, with the receipt made from what was stored. Nothing is said to the person until this has returned.
import { randomUUID } from 'node:crypto';
import type { Catalogue } from '../content/catalogue.ts';
import type { Language } from '../content/localized.ts';
import type { ErrorCode } from '../protocol/events.ts';
import type { Result } from '../protocol/result.ts';
import type { VisitReceipt } from '../printers/printer.ts';
import type { AcceptanceSettings } from './desk/acceptance-settings.ts';
import { receiptFor, type Centre } from './receipts.ts';
import type { Submission } from './session/engine.ts';
import { commitApplications, type StoredApplication } from './store/applications.ts';
import type { KioskStore } from './store/kiosk-store.ts';
import { storageErrorCode } from './store/storage-health.ts';

export interface SubmissionContext {
  catalogue: Catalogue;
  store: KioskStore;
  centre: Centre;
  acceptance: AcceptanceSettings;
}

export interface CommittedVisit {
  visitId: string;
  stored: StoredApplication[];
  receipt: VisitReceipt;
}

/** Where the person goes next, when the desk must accept their applications (null: the kiosk's own acceptance). */
export function deskOf({ policy, deskPlace }: AcceptanceSettings): { place: string | null } | null {
  return policy === 'desk' ? { place: deskPlace ?? null } : null;
}

/**
 * Commits the visit's applications. A disk that refuses them (full, failing) gives `not_saved`: the answers stay in the
 * visit and the same submit works once there is room; anything else is `internal`. The error itself is thrown to
 * nobody: `onError` hears it (for the log).
 */
export async function commitVisit(
  context: SubmissionContext,
  visit: { kioskId: string; lang: Language; submissions: Submission[]; submittedAt: Date },
  onError: (error: unknown) => void,
): Promise<Result<CommittedVisit, ErrorCode>> {
  const { catalogue, centre, acceptance } = context;
  const visitId = randomUUID();
  let receipt: VisitReceipt | undefined;
  try {
    const stored = await commitApplications(
      context.store,
      visit.submissions.map((submission) => ({
        id: randomUUID(),
        visitId,
        kioskId: visit.kioskId,
        serviceId: submission.serviceId,
        serviceVersion: catalogue.get(submission.serviceId)!.version,
        language: visit.lang,
        answers: submission.answers,
        documentIds: submission.documentIds,
        applicant: submission.applicant,
        submittedAt: visit.submittedAt,
      })),
      { policy: acceptance.policy, receiptOf: (applications) => (receipt = receiptFor(applications, catalogue, centre, deskOf(acceptance))) },
    );
    return { ok: true, data: { visitId, stored, receipt: receipt! } };
  } catch (error) {
    onError(error);
    return { ok: false, code: storageErrorCode(error) ? 'not_saved' : 'internal' };
  }
}
