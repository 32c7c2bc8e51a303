import { CentralError, type CaseState, type CentralCaseSystem, type CentralErrorKind } from './central-case-system.ts';
import type { ApplicationPayload } from './payload.ts';

/** In-memory central case system for tests: keeps cases by idempotency key and can be told to fail. */
export class FakeCentralCaseSystem implements CentralCaseSystem {
  readonly description = 'fake central case system (in memory)';
  readonly timeoutMs = 1000;
  readonly cases = new Map<string, { caseId: string; payload: ApplicationPayload; attempts: number; state: CaseState }>();
  /** How many of the next calls fail as if the network were down. */
  failNext = 0;
  /** The kind of the failures `failNext` makes. */
  failAs: CentralErrorKind = 'unreachable';
  calls = 0;
  statusCalls = 0;

  async submit(payload: ApplicationPayload, idempotencyKey: string): Promise<{ caseId: string }> {
    this.calls++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new CentralError('fake outage', this.failAs);
    }
    const existing = this.cases.get(idempotencyKey);
    if (existing) {
      existing.attempts++;
      return { caseId: existing.caseId };
    }
    const caseId = `FAKE-${this.cases.size + 1}`;
    this.cases.set(idempotencyKey, { caseId, payload, attempts: 1, state: { caseId, status: 'received', reason: null, changedAt: new Date().toISOString() } });
    return { caseId };
  }

  async status(caseId: string): Promise<CaseState> {
    this.statusCalls++;
    const found = [...this.cases.values()].find((c) => c.caseId === caseId);
    if (!found) throw new CentralError(`no case ${caseId}`, 'not_found', 404);
    return found.state;
  }

  /** Moves a case on, as the deciding body would. */
  decide(caseId: string, state: Omit<CaseState, 'caseId'>): void {
    const found = [...this.cases.values()].find((c) => c.caseId === caseId);
    if (!found) throw new Error(`no case ${caseId}`);
    found.state = { caseId, ...state };
  }
}
