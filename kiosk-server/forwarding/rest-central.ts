import { CentralError, type CaseState, type CentralCaseSystem } from './central-case-system.ts';
import { caseAccepted, caseState } from './case-answer.ts';
import { callCentral, kindOfStatus, type CentralHttpAnswer } from './central-http.ts';
import type { ApplicationPayload } from './payload.ts';
import { SIGNATURE_HEADER, signature } from './signature.ts';

export interface RestCentralOptions {
  baseUrl: string;
  /** Shared with the central system: every request is signed with it. */
  hmacSecret: string;
  timeoutMs: number;
}

/** The status and what to check; never the peer's own text, which may echo what it was sent (and is shown to staff). */
function refusal(answer: CentralHttpAnswer, what: string): CentralError {
  const kind = kindOfStatus(answer.status);
  const hint = answer.status === 401 ? ' (the signature was refused: check CENTRAL_HMAC_SECRET)' : answer.status === 404 ? ' (check CENTRAL_URL)' : '';
  return new CentralError(`central case system refused ${what} with ${answer.status}${hint}`, kind, answer.status);
}

/**
 * The REST dialect: `POST {CENTRAL_URL}/applications` with the JSON payload, an `Idempotency-Key` header and an HMAC-SHA256
 * signature of the body; `GET {CENTRAL_URL}/applications/{caseId}` (the path signed) for the status.
 */
export class RestCentralCaseSystem implements CentralCaseSystem {
  private readonly baseUrl: string;
  readonly description: string;
  readonly timeoutMs: number;

  constructor(private readonly options: RestCentralOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs;
    this.description = `REST ${this.baseUrl}`;
  }

  async submit(payload: ApplicationPayload, idempotencyKey: string, stop?: AbortSignal): Promise<{ caseId: string }> {
    const body = JSON.stringify(payload);
    const answer = await callCentral(
      `${this.baseUrl}/applications`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey, [SIGNATURE_HEADER]: signature(this.options.hmacSecret, body) },
        body,
      },
      this.options.timeoutMs,
      stop,
    );
    if (answer.status !== 200 && answer.status !== 201) throw refusal(answer, 'the application');
    return caseAccepted(answer.body);
  }

  async status(caseId: string, stop?: AbortSignal): Promise<CaseState> {
    const path = `/applications/${encodeURIComponent(caseId)}`;
    const answer = await callCentral(
      `${this.baseUrl}${path}`,
      { headers: { [SIGNATURE_HEADER]: signature(this.options.hmacSecret, path) } },
      this.options.timeoutMs,
      stop,
    );
    if (answer.status === 404 && answer.body) throw new CentralError(`central case system has no case ${caseId}`, 'not_found', 404);
    if (answer.status !== 200) throw refusal(answer, 'the status query');
    return caseState(answer.body);
  }
}
