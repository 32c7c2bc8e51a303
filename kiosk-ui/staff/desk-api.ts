// The acceptance page's calls (/api/staff/acceptance/…) and what a failed one says: the server's own words and code, or
// that it did not answer.
import { ACCEPTANCE_API } from '../../protocol/acceptance.ts';
import { STAFF_API } from '../../protocol/staff-api.ts';
import { ApiError, apiGet, apiPost } from './staff-api-client.ts';
import { say, WORDS } from './staff-text.ts';

const DESK = ACCEPTANCE_API.slice(STAFF_API.length);

export const deskGet = <T>(path: string) => apiGet<T>(`${DESK}${path}`);
export const deskPost = <T>(path: string, body: unknown = {}) => apiPost<T>(`${DESK}${path}`, body);

/** A refusal as the page shows it: the words (Ukrainian, as the server sends them) and the code, when there is one. */
export interface DeskFailure {
  text: string;
  code?: string;
}

export function deskFailure(error: unknown): DeskFailure {
  if (error instanceof ApiError) return { text: error.message, ...(error.code && { code: error.code }) };
  return { text: say(WORDS.desk.page.noAnswer) };
}
