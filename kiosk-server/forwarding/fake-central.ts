import { CentralError, type CentralCaseSystem } from './central-case-system.ts';
import type { ApplicationPayload } from './payload.ts';

/** In-memory central case system for tests: keeps cases by idempotency key and can be told to fail. */
export class FakeCentralCaseSystem implements CentralCaseSystem {
  readonly cases = new Map<string, { caseId: string; payload: ApplicationPayload; attempts: number }>();
  /** How many of the next calls fail as if the network were down. */
  failNext = 0;
  calls = 0;

  async submit(payload: ApplicationPayload, idempotencyKey: string): Promise<{ caseId: string }> {
    this.calls++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new CentralError('fake outage');
    }
    const existing = this.cases.get(idempotencyKey);
    if (existing) {
      existing.attempts++;
      return { caseId: existing.caseId };
    }
    const caseId = `FAKE-${this.cases.size + 1}`;
    this.cases.set(idempotencyKey, { caseId, payload, attempts: 1 });
    return { caseId };
  }
}
