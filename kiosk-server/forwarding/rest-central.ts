import { z } from 'zod';
import { CentralError, type CentralCaseSystem } from './central-case-system.ts';
import type { ApplicationPayload } from './payload.ts';

const CaseResponse = z.object({ caseId: z.string().min(1) });

export interface RestCentralOptions {
  baseUrl: string;
  timeoutMs?: number;
}

/** `POST {baseUrl}/applications` with the JSON payload and an `Idempotency-Key` header. */
export class RestCentralCaseSystem implements CentralCaseSystem {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(options: RestCentralOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async submit(payload: ApplicationPayload, idempotencyKey: string): Promise<{ caseId: string }> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new CentralError(`central case system unreachable: ${cause ?? (error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) throw new CentralError(`central case system answered ${response.status}: ${text.slice(0, 200)}`, response.status);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new CentralError(`central case system answered ${response.status} with a body that is not JSON`, response.status);
    }
    const parsed = CaseResponse.safeParse(body);
    if (!parsed.success) throw new CentralError('central case system answered without a caseId', response.status);
    return parsed.data;
  }
}
