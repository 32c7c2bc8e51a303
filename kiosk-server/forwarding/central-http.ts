// One HTTP call to a central system, with a timeout, turned into JSON or a CentralError of the right kind.
import { CentralError } from './central-case-system.ts';

export interface CentralHttpAnswer {
  status: number;
  body: unknown;
  /** The body as text, for error messages. */
  text: string;
}

/** A central system's answer is a few hundred bytes; anything past this is not read. */
const MAX_ANSWER_BYTES = 1024 * 1024;

/** Reads the body up to the limit, so a peer that sends without end cannot fill the kiosk's memory. */
async function readCapped(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new CentralError(`central case system answered with more than ${MAX_ANSWER_BYTES} bytes`, 'protocol', response.status);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Sends the request; network failures and timeouts become CentralErrors, every HTTP answer is returned. `stop` (the
 * worker stopping) cuts the call short.
 */
export async function callCentral(url: string, init: RequestInit, timeoutMs: number, stop?: AbortSignal): Promise<CentralHttpAnswer> {
  let response: Response;
  let text: string;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    // The timeout covers the whole exchange, body included: a peer that stops halfway cannot hold the worker.
    response = await fetch(url, { ...init, signal: stop ? AbortSignal.any([timeout, stop]) : timeout });
    text = await readCapped(response);
  } catch (error) {
    if (error instanceof CentralError) throw error;
    if (stop?.aborted) throw new CentralError('the call was cut short: the kiosk is stopping', 'unreachable');
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new CentralError(`central case system did not answer within ${timeoutMs} ms`, 'timeout');
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    // fetch refused the request itself (a header it cannot send, a bad address): no retry will mend it.
    if (error instanceof TypeError && !cause)
      throw new CentralError(`the request to the central case system could not be made: ${error.message}`, 'configuration');
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
  if (status === 400 || status === 413 || status === 422) return 'rejected';
  // 409 (the same key still being worked on), 429 and 5xx pass by themselves.
  return 'unavailable';
}
