// Kiosk screens on "another machine" for the pairing tests: the server is bound to a non-loopback address of this
// machine (its eth0 address, say), so a client connecting there comes from that address, not loopback — the network
// stays on this machine. Without such an address the server's seam says every address is remote.
import { networkInterfaces } from 'node:os';
import { io } from 'socket.io-client';
import type { PairingCodeView } from '../../protocol/pairing.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import type { KioskServerOptions } from '../../kiosk-server/server.ts';
import type { KioskClient } from './kiosk.ts';

/** An IPv4 address of this machine that is not loopback, if it has one. */
export function machineAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces()))
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  return undefined;
}

/** Server options under which a test client is a screen on another machine. */
export function remoteScreenOptions(): Partial<KioskServerOptions> {
  const address = machineAddress();
  return address ? { host: address } : { isLocalAddress: () => false };
}

/** A kiosk screen with the given handshake; `listen` is attached before it connects, so nothing sent on connect is missed. */
export async function connectScreen(
  url: string,
  auth: Record<string, string> = {},
  listen: (socket: KioskClient) => void = () => undefined,
): Promise<KioskClient> {
  const socket: KioskClient = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth, rejectUnauthorized: false });
  listen(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A staff API call with a login cookie. */
export function pairingApi(url: string, cookie: string | undefined, path: string, body?: unknown): Promise<Response> {
  return fetch(`${url}${STAFF_API}/pairing${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { [STAFF_REQUEST_HEADER]: '1', ...(cookie && { cookie }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** «Підключити кіоск» for a kiosk id: the code as staff see it. */
export async function issueCode(url: string, cookie: string, kioskId: string): Promise<PairingCodeView> {
  const response = await pairingApi(url, cookie, '/codes', { kioskId });
  if (response.status !== 201) throw new Error(`no code: ${response.status} ${await response.text()}`);
  return (await response.json()) as PairingCodeView;
}
