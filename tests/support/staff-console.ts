// What the staff console's server-side test files share: one kiosk for the file (serving K01 to K06, with a clock the
// tests move on), and the ways they reach it: the staff API, staff and kiosk screens, acks.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, expect } from 'vitest';
import type { KioskView } from '../../protocol/views.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import { STAFF_NAMESPACE } from '../../protocol/staff-events.ts';
import { connectClient, connectStaff, request, startTestKiosk, type KioskClient, type StaffClient, type TestKiosk } from './kiosk.ts';
import { TestClock } from './test-clock.ts';

export { nextEvent as next } from './next-event.ts';

/** A clock the tests move on (lockouts last 15 minutes); it runs with the system clock otherwise. */
export const clock = new TestClock();

/** The file's kiosk and its address, set by `useStaffConsoleKiosk` before the first test. */
export let kiosk: TestKiosk;
export let url: string;

const open: { disconnect(): unknown }[] = [];

/** Starts the file's kiosk before its tests, and stops it (with every connection left open) after them. */
export function useStaffConsoleKiosk(): void {
  beforeAll(async () => {
    // These files log in far more often than a desk would: the per-address login limit is tested on a kiosk of its own.
    kiosk = await startTestKiosk({ clock, otherKioskIds: ['K02', 'K03', 'K04', 'K05', 'K06'], staffLoginRate: { limit: 1_000, windowMs: 60_000 } });
    url = kiosk.server.url;
  });
  afterAll(async () => {
    for (const socket of open.splice(0)) socket.disconnect();
    await kiosk?.stop();
  });
}

/** Disconnected when the file's tests are done. */
export function closeAfterwards<T extends { disconnect(): unknown }>(socket: T): T {
  open.push(socket);
  return socket;
}

export const api = (path: string, init: RequestInit & { cookie?: string } = {}) =>
  fetch(`${url}${STAFF_API}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1', ...(init.cookie && { cookie: init.cookie }), ...init.headers },
  });

export const login = (account: { login: string; password: string }) => api('/login', { method: 'POST', body: JSON.stringify(account) });

/** A staff screen connection attempt: resolves with the refusal's message, or 'connected'. */
export function tryStaffSocket(cookie?: string): Promise<string> {
  const socket = closeAfterwards(
    io(`${url}${STAFF_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      ...(cookie && { extraHeaders: { cookie } }),
    }),
  );
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

export async function staffScreen(listen: (staff: StaffClient) => void = () => undefined, cookie?: string): Promise<StaffClient> {
  return closeAfterwards(await connectStaff(url, listen, cookie));
}

export async function kioskScreen(kioskId?: string): Promise<KioskClient> {
  return closeAfterwards(await connectClient(url, kioskId));
}

/** A visit on a kiosk screen, on its first question of one-time aid. */
export async function visitOnFirstQuestion(client: KioskClient): Promise<{ sessionId: string; view: KioskView }> {
  const started = await request(client, 'visit:start', { lang: 'uk' });
  const sessionId: string = started.data.sessionId;
  let ack = await request(client, 'services:choose', { sessionId, serviceIds: ['one-time-aid'] });
  if (ack.data.screen === 'suggest') ack = await request(client, 'services:suggested', { sessionId, accepted: [] });
  expect(ack.data.screen).toBe('question');
  return { sessionId, view: ack.data };
}

/** Emits a staff event and resolves with its ack. */
export const emit = <T = { ok: boolean; data?: unknown; error?: { code: string } }>(socket: StaffClient, event: string, payload: unknown) =>
  new Promise<T>((resolve) => (socket.emit as (e: string, p: unknown, a: (r: T) => void) => void)(event, payload, resolve));
