// One HTTP call to a central system, with a timeout, turned into JSON or a CentralError of the right kind.
import { CentralError } from './central-case-system.ts';

export interface CentralHttpAnswer {
  status: number;
  body: unknown;
  /** The body as text, for error messages. */
  text: string;
}

/** Sends the request; network failures and timeouts become CentralErrors, every HTTP answer is returned. */
export async function callCentral(url: string, init: RequestInit, timeoutMs: number): Promise<CentralHttpAnswer> {
  let response: Response;
  let text: string;
  try {
    // The timeout covers the whole exchange, body included: a peer that stops halfway cannot hold the worker.
    const signal = AbortSignal.timeout(timeoutMs);
    response = await fetch(url, { ...init, signal });
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new CentralError(`central case system did not answer within ${timeoutMs} ms`, 'timeout');
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CentralError(`central case system unreachable: ${cause?.code ?? cause?.message ?? (error as Error).message}`, 'unreachable');
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

/** The kind of a refusal by HTTP status alone (both dialects start from it). */
export function kindOfStatus(status: number): CentralError['kind'] {
  if (status === 401 || status === 403 || status === 404 || status === 405) return 'configuration';
  if (status === 400 || status === 409 || status === 413 || status === 422) return 'rejected';
  return 'unavailable';
}
