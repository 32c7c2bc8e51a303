// The console's calls to /api/staff: JSON in and out; a 401 means the session ended, and the console shows the login.
import { STAFF_API, STAFF_REQUEST_HEADER, type StaffApiError } from '../../protocol/staff-api.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly lockedUntil?: string,
    /** The server's code for what went wrong (the desk's refusals name theirs). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Fired on window when the server says the session is over. */
export const LOGGED_OUT_EVENT = 'vikno-staff-logged-out';

/** A staff API request, with the header the server asks of every one. */
export const staffFetch = (path: string, init: RequestInit = {}) =>
  fetch(`${STAFF_API}${path}`, { ...init, credentials: 'same-origin', headers: { ...init.headers, [STAFF_REQUEST_HEADER]: '1' } });

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await staffFetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => ({ error: response.statusText }))) as T | StaffApiError;
  if (!response.ok) {
    const error = json as StaffApiError;
    if (response.status === 401 && path !== '/login') window.dispatchEvent(new Event(LOGGED_OUT_EVENT));
    throw new ApiError(response.status, error.error, error.lockedUntil, error.code);
  }
  return json as T;
}

export const apiGet = <T>(path: string) => call<T>('GET', path);
export const apiPost = <T>(path: string, body: unknown = {}) => call<T>('POST', path, body);
