import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, Payload, ServerToClientEvents } from '../../protocol/events.ts';
import { STAFF_NAMESPACE, type StaffClientToServerEvents, type StaffServerToClientEvents } from '../../protocol/staff-events.ts';
import { startCentralSimulator, type CentralSimulatorOptions, type RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { RestCentralCaseSystem } from '../../kiosk-server/forwarding/rest-central.ts';
import type { CentralCaseSystem } from '../../kiosk-server/forwarding/central-case-system.ts';
import { startKioskServer, type KioskServer, type KioskServerOptions } from '../../kiosk-server/server.ts';
import { FakeSpeechEngine } from '../../kiosk-server/speech/engines/fake.ts';
import { saveHashedStaffAccount } from '../../kiosk-server/staff/accounts.ts';
import { hashPassword } from '../../kiosk-server/staff/passwords.ts';
import { STAFF_COOKIE } from '../../kiosk-server/staff/logins.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';

export { eventually } from './eventually.ts';

export interface TestKiosk {
  server: KioskServer;
  simulator: RunningSimulator;
  dataDir: string;
  stop(): Promise<void>;
}

/** The secret the test simulator and the kiosks talking to it share. */
export const TEST_HMAC_SECRET = 'test-secret-shared-with-the-simulator';

/** A central simulator on a random loopback port, with its SQLite file in `dir`. */
export function startTestSimulator(dir: string, options: Partial<CentralSimulatorOptions> = {}): Promise<RunningSimulator> {
  return startCentralSimulator({ port: 0, dbFile: path.join(dir, 'central-sim.sqlite'), hmacSecret: TEST_HMAC_SECRET, holdMs: 5_000, ...options });
}

/** The REST dialect to a simulator, signing with the shared test secret. */
export const restCentral = (url: string, timeoutMs = 2_000) => new RestCentralCaseSystem({ baseUrl: url, hmacSecret: TEST_HMAC_SECRET, timeoutMs });

/** Accounts every test kiosk has. */
export const TEST_STAFF = { login: 'olena.staff', password: 'correct horse battery' } as const;
export const TEST_ADMIN = { login: 'ivan.admin', password: 'admin password for tests' } as const;
/** Hashed once per test process (scrypt is deliberately slow; each kiosk started need not pay it again). */
const testAccountHashes = Promise.all([hashPassword(TEST_STAFF.password), hashPassword(TEST_ADMIN.password)]);

/** A test kiosk's options: on `dataDir`, forwarding to the simulator at `simulatorUrl`, quiet and instant. */
export function testKioskOptions(dataDir: string, simulatorUrl: string): KioskServerOptions {
  return {
    dataDir,
    kioskId: 'K01',
    centreName: 'ЦНАП тестового міста',
    port: 0,
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
    central: restCentral(simulatorUrl),
    // A quiet, instant voice; tests of the real engines ask for them.
    speechEngines: [new FakeSpeechEngine()],
    prerenderSpeech: false,
    // Forwarded on submit, as the tests of forwarding expect; the desk's own tests ask for `desk`.
    acceptance: { policy: 'kiosk' },
  };
}

/** A real kiosk server and central simulator on random loopback ports, with a data folder of its own. */
export async function startTestKiosk(
  overrides: Partial<KioskServerOptions> = {},
  peer: { simulator?: Partial<CentralSimulatorOptions>; central?: (simulatorUrl: string) => CentralCaseSystem } = {},
): Promise<TestKiosk> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vikno-test-'));
  const simulator = await startTestSimulator(dataDir, peer.simulator);
  const server = await startKioskServer({
    ...testKioskOptions(dataDir, simulator.url),
    ...(peer.central && { central: peer.central(simulator.url) }),
    ...overrides,
  });
  const [staffHash, adminHash] = await testAccountHashes;
  await saveHashedStaffAccount(server.db, TEST_STAFF.login, staffHash, 'staff', new Date());
  await saveHashedStaffAccount(server.db, TEST_ADMIN.login, adminHash, 'admin', new Date());
  return {
    server,
    simulator,
    dataDir,
    async stop() {
      await server.close();
      await simulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type KioskClient = Socket<ServerToClientEvents, ClientToServerEvents>;
export type StaffClient = Socket<StaffServerToClientEvents, StaffClientToServerEvents>;

/** Logs in over the API; resolves with the session cookie (`name=value`). */
export async function staffCookie(url: string, account: { login: string; password: string } = TEST_STAFF): Promise<string> {
  const response = await fetch(`${url}${STAFF_API}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${STAFF_COOKIE}=`));
  return cookie!.split(';')[0]!;
}

/**
 * A logged-in staff screen on the /staff namespace; `listen` attaches handlers before the connection, so nothing sent on
 * connect is missed. Without a cookie it logs in as TEST_STAFF first.
 */
export async function connectStaff(url: string, listen: (staff: StaffClient) => void = () => undefined, cookie?: string): Promise<StaffClient> {
  const staff: StaffClient = io(`${url}${STAFF_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { cookie: cookie ?? (await staffCookie(url)) },
  });
  listen(staff);
  await new Promise<void>((resolve, reject) => {
    staff.once('connect', () => resolve());
    staff.once('connect_error', reject);
  });
  return staff;
}

/**
 * Resolves once everything the server had sent this staff screen has arrived: socket.io keeps one connection's packets
 * in order, so the answer to a harmless request («Іду» to a call there is not) comes behind them. For checking that
 * something was not sent.
 */
export function staffCaughtUp(staff: StaffClient): Promise<void> {
  return new Promise((resolve) => staff.emit('help:answer', { callId: Number.MAX_SAFE_INTEGER }, () => resolve()));
}

/** A kiosk screen; `kioskId` names which of the centre's kiosks it is (as `?kiosk=` does for the page). */
export async function connectClient(url: string, kioskId?: string): Promise<KioskClient> {
  const socket: KioskClient = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...(kioskId && { auth: { kioskId } }) });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** An ack as tests read it: `data` is whatever the event returns (tests check its shape with matchers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TestAck = { ok: boolean; data?: any; error?: Extract<Ack<unknown>, { ok: false }>['error'] };

/** Emits a kiosk event, valid or deliberately not, and resolves with its ack. */
export function request<E extends keyof ClientToServerEvents>(socket: KioskClient, event: E, payload: Payload<E> | unknown): Promise<TestAck> {
  return new Promise((resolve) => {
    (socket.emit as (e: string, p: unknown, a: (r: TestAck) => void) => void)(event, payload, resolve);
  });
}
