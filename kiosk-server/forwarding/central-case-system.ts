import type { CaseStatus, RefusalReason } from '../../protocol/application-status.ts';
import type { GrantDecision } from '../../protocol/decision.ts';
import type { ApplicationPayload } from './payload.ts';

/** What the central case system says about one case. */
export interface CaseState {
  caseId: string;
  status: CaseStatus;
  /** For a refusal: why (unknown codes become `other`). */
  reason: RefusalReason | null;
  /** When the status last changed there (ISO). */
  changedAt: string;
  /** For a grant: what was granted, as far as it said (null or absent: nothing; the decision letter has it). */
  decision?: GrantDecision | null;
  /** Why a decision that came with the status was not believed (status sync logs it; the status stands without it). */
  decisionIgnored?: string;
}

/** The deciding body's case system, reached directly (REST) or through Трембіта. */
export interface CentralCaseSystem {
  /** Where and how it is reached, for the start-up line and logs (never a secret). */
  readonly description: string;
  /** The longest one call may take (the outbox's claim on an item outlasts it). */
  readonly timeoutMs: number;
  /** Delivers one application; the same idempotency key always yields the same case. `stop` cuts the call short. */
  submit(payload: ApplicationPayload, idempotencyKey: string, stop?: AbortSignal): Promise<{ caseId: string }>;
  /** The case's current status. */
  status(caseId: string, stop?: AbortSignal): Promise<CaseState>;
}

/**
 * What went wrong, as the outbox needs to know it: `configuration` (a refused signature or client, a wrong address) and
 * `rejected` (the application itself refused) need staff; the rest pass by themselves.
 */
export type CentralErrorKind = 'unreachable' | 'timeout' | 'unavailable' | 'configuration' | 'rejected' | 'not_found' | 'protocol';

/** Raised for any answer other than an accepted case; the outbox retries it later (and never drops the application). */
export class CentralError extends Error {
  constructor(
    message: string,
    readonly kind: CentralErrorKind,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CentralError';
  }
}

/** Errors that a retry will not mend: staff are told at once. */
export const needsStaff = (kind: CentralErrorKind): boolean => kind === 'configuration' || kind === 'rejected';
