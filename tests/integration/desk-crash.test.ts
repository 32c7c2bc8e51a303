// The kiosk server killed (SIGKILL) around «Прийняти» at the desk, then started again on the same data: before the commit
// the visit still waits (and can be accepted); after it, each application reaches the central system exactly once.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import type { RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { saveStaffAccount } from '../../kiosk-server/staff/accounts.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { ACCEPTANCE_API, type DeskVisitView } from '../../protocol/acceptance.ts';
import { STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import { connectClient, eventually, request, staffCookie, startTestSimulator, TEST_STAFF } from '../support/kiosk.ts';
import { startKioskProcess } from '../support/kiosk-process.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';

let dir: string;
let simulator: RunningSimulator;
let catalogue: Catalogue;
const dataDir = () => path.join(dir, 'kiosk');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-desk-crash-'));
  simulator = await startTestSimulator(dir);
  catalogue = await loadCatalogue();
});
afterAll(async () => {
  await simulator.close();
  await rm(dir, { recursive: true, force: true });
});

const startKiosk = () => startKioskProcess(dataDir(), simulator.url);

const kill = async (child: ChildProcess) => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
};

const desk = async (url: string, cookie: string, route: string, body: unknown = {}) => {
  const response = await fetch(`${url}${ACCEPTANCE_API}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1', cookie },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};

const acceptBody = (view: DeskVisitView) => ({
  identity: view.identity.map((item) => item.check),
  documents: Object.fromEntries(view.applications.map((a) => [a.number, Object.fromEntries(a.documents.map((d) => [d.id, 'seen']))])),
  signature: { kind: 'on_behalf', signerName: 'Петренко Ольга Іванівна' },
});

describe('a crash at the desk', () => {
  it('before «Прийняти» leaves the visit waiting; right after it, the applications are forwarded exactly once', { timeout: 120_000 }, async () => {
    // The central system is down at first: an accepted application can only be in the outbox when the kill comes.
    simulator.setFaults({ errorRate: 0, timeoutRate: 0, latencyMs: 0, down: true });
    let kiosk = await startKiosk();
    const db = await Database.open(path.join(dataDir(), 'kiosk.sqlite'));
    await saveStaffAccount(db, TEST_STAFF.login, TEST_STAFF.password, 'staff', new Date());
    await db.close();

    const client = await connectClient(kiosk.url);
    const { sessionId, view } = await startVisit(client, ['housing-subsidy', 'idp-registration']);
    await answerUntilCheck(client, catalogue, sessionId, view);
    const submitted = await request(client, 'application:submit', { sessionId });
    const numbers: string[] = submitted.data.applications.map((a: { applicationNumber: string }) => a.applicationNumber);
    client.disconnect();

    let cookie = await staffCookie(kiosk.url, TEST_STAFF);
    let visit = (await desk(kiosk.url, cookie, '/open', { code: numbers[0] })).body as DeskVisitView;
    expect((await desk(kiosk.url, cookie, `/${visit.visitId}/forms`)).status).toBe(200);
    await kill(kiosk.child);

    // Killed before the decision: nothing was accepted, the visit waits and opens again (the hold died with the process).
    kiosk = await startKiosk();
    cookie = await staffCookie(kiosk.url, TEST_STAFF);
    visit = (await desk(kiosk.url, cookie, `/${visit.visitId}/open`)).body as DeskVisitView;
    expect(visit.state).toBe('waiting');
    expect((await desk(kiosk.url, cookie, `/${visit.visitId}/accept`, acceptBody(visit))).status).toBe(200);
    await kill(kiosk.child);
    expect(await simulator.cases()).toEqual([]);

    simulator.setFaults({ errorRate: 0, timeoutRate: 0, latencyMs: 0, down: false });
    kiosk = await startKiosk();
    try {
      const cases = await eventually(async () => {
        const all = await simulator.cases();
        return all.length >= numbers.length ? all : undefined;
      }, 60_000);
      expect(cases.map((c) => c.applicationNumber).sort()).toEqual([...numbers].sort());
      for (const c of cases)
        expect(c).toMatchObject({ attempts: 1, acceptance: { policy: 'desk', signature: { kind: 'on_behalf', signerName: 'Петренко Ольга Іванівна' } } });
      cookie = await staffCookie(kiosk.url, TEST_STAFF);
      expect((await desk(kiosk.url, cookie, `/${visit.visitId}/open`)).body.code).toBe('accepted');
    } finally {
      await kill(kiosk.child);
    }
  });
});
