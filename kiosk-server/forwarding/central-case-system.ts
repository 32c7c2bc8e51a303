import type { ApplicationPayload } from './payload.ts';

/** The deciding body's case system, reached directly (REST) or through Трембіта. */
export interface CentralCaseSystem {
  /** Delivers one application; the same idempotency key always yields the same case. */
  submit(payload: ApplicationPayload, idempotencyKey: string): Promise<{ caseId: string }>;
}

/** Raised for any answer other than an accepted case; the outbox retries it later. */
export class CentralError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CentralError';
  }
}
