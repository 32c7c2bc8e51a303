import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CentralError, type CaseState, type CentralCaseSystem, type CentralErrorKind } from './central-case-system.ts';
import { caseAccepted, caseState } from './case-answer.ts';
import { callCentral, kindOfStatus, type CentralHttpAnswer } from './central-http.ts';
import type { ApplicationPayload } from './payload.ts';

export interface TrembitaOptions {
  /** The organisation's security gateway (ШБО), e.g. http://10.0.0.5 — calls go to {gateway}/restapi. */
  gatewayUrl: string;
  /** Uxp-Client: <instance>/GOV/<ЄДРПОУ>/<subsystem>, e.g. SEVDEIR-TEST/GOV/12345678/VIKNO. */
  client: string;
  /** The provider's subsystem the services belong to: <instance>/GOV/<ЄДРПОУ>/<subsystem>. */
  provider: string;
  /** Service code and version for submitting, e.g. SubmitSocialApplication_v1/1. */
  submitService: string;
  /** Service code and version for the status, e.g. GetSocialApplicationStatus_v1/1. */
  statusService: string;
  /** Uxp-Purpose-Ids: why personal data is passed (the gateway's access monitoring needs it). */
  purposeIds: string;
  timeoutMs: number;
}

/** An X-Road style error: `{type, message, detail}`. */
const XRoadError = z.object({ type: z.string().min(1), message: z.string().optional(), detail: z.string().optional() });

/** Faults of the client's own set-up (its identity, the service it names, its certificate): retrying will not mend them. */
const CONFIGURATION_FAULTS =
  /AccessDenied|Unknown(Member|Subsystem|Service)|Invalid(Client|Service|Header|HttpHeader|Signature|Purpose)|Ssl|Certificate|Authentication/i;

export function kindOfXRoadError(type: string, status: number): CentralErrorKind {
  if (CONFIGURATION_FAULTS.test(type)) return 'configuration';
  if (/InvalidApplication|BadRequest|Rejected/i.test(type)) return 'rejected';
  return kindOfStatus(status);
}

/**
 * HTTP headers carry bytes, not Ukrainian letters: a passport booklet's series (МЕ123456) is percent-encoded as UTF-8
 * (`%D0%9C%D0%95123456`); a РНОКПП or an ID card number is digits and goes as it is.
 */
export const subjectHeader = (id: string): string => (/^[\x21-\x7e]*$/.test(id) ? id : encodeURIComponent(id));

function refusal(answer: CentralHttpAnswer, what: string): CentralError {
  const fault = XRoadError.safeParse(answer.body);
  if (fault.success) {
    // The fault type and the gateway's short message; not the detail, which may carry what was sent (and is shown to staff).
    const { type, message } = fault.data;
    return new CentralError(
      `Трембіта refused ${what}: ${type.slice(0, 120)}${message ? `: ${message.slice(0, 120)}` : ''}`,
      kindOfXRoadError(type, answer.status),
      answer.status,
    );
  }
  return new CentralError(`Трембіта refused ${what} with ${answer.status}`, kindOfStatus(answer.status), answer.status);
}

/**
 * The Трембіта (UXP) dialect: REST through the security gateway, `POST {gateway}/restapi`, the service named in
 * `Uxp-Service`, the idempotency key as `Uxp-QueryID`, the applicant as `Uxp-Subject-Id`.
 */
export class TrembitaCentralCaseSystem implements CentralCaseSystem {
  private readonly endpoint: string;
  readonly description: string;
  readonly timeoutMs: number;

  constructor(private readonly options: TrembitaOptions) {
    this.endpoint = `${options.gatewayUrl.replace(/\/+$/, '')}/restapi`;
    this.timeoutMs = options.timeoutMs;
    this.description = `Трембіта ${this.endpoint} as ${options.client} → ${options.provider}`;
  }

  private headers(service: string, queryId: string): Record<string, string> {
    return {
      'content-type': 'application/json',
      'uxp-client': this.options.client,
      'uxp-service': `${this.options.provider}/${service}`,
      'uxp-queryid': queryId,
      'uxp-purpose-ids': this.options.purposeIds,
    };
  }

  async submit(payload: ApplicationPayload, idempotencyKey: string, stop?: AbortSignal): Promise<{ caseId: string }> {
    const headers = this.headers(this.options.submitService, idempotencyKey);
    if (payload.applicant) headers['uxp-subject-id'] = subjectHeader(payload.applicant.id);
    const answer = await callCentral(this.endpoint, { method: 'POST', headers, body: JSON.stringify(payload) }, this.options.timeoutMs, stop);
    if (answer.status !== 200 && answer.status !== 201) throw refusal(answer, 'the application');
    return caseAccepted(answer.body);
  }

  async status(caseId: string, stop?: AbortSignal): Promise<CaseState> {
    // A status query is a request of its own: a fresh query id.
    const headers = this.headers(this.options.statusService, randomUUID());
    const answer = await callCentral(this.endpoint, { method: 'POST', headers, body: JSON.stringify({ caseId }) }, this.options.timeoutMs, stop);
    if (answer.status === 404 && XRoadError.safeParse(answer.body).data?.type.includes('CaseNotFound')) {
      throw new CentralError(`central case system has no case ${caseId}`, 'not_found', 404);
    }
    if (answer.status !== 200) throw refusal(answer, 'the status query');
    return caseState(answer.body);
  }
}
