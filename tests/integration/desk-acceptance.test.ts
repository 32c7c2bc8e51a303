// Acceptance at the desk, through the staff API: nothing is forwarded before an administrator accepts; identity, a
// correction, documents, the forms to sign and the signature travel with the case; refusal and expiry never forward.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { ACCEPTANCE_API, type DeskVisitView } from '../../protocol/acceptance.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import { connectClient, eventually, request, staffCookie, startTestKiosk, TEST_ADMIN, TEST_STAFF, type KioskClient, type TestKiosk } from '../support/kiosk.ts';
import { pdfText } from '../support/pdf.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';
import { TestClock } from '../support/test-clock.ts';

let kiosk: TestKiosk;
let client: KioskClient;
let catalogue: Catalogue;
let staff: string;
let admin: string;
const clock = new TestClock();

beforeAll(async () => {
  catalogue = await loadCatalogue();
  kiosk = await startTestKiosk({ clock, acceptance: { policy: 'desk', deskPlace: 'вікно № 3' }, otherKioskIds: ['K02'] });
  client = await connectClient(kiosk.server.url);
  staff = await staffCookie(kiosk.server.url, TEST_STAFF);
  admin = await staffCookie(kiosk.server.url, TEST_ADMIN);
});
afterAll(async () => {
  client.disconnect();
  await kiosk.stop();
});

const desk = async (cookie: string, route: string, body?: unknown) => {
  const response = await fetch(`${kiosk.server.url}${ACCEPTANCE_API}${route}`, {
    method: body === undefined && route === '/waiting' ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1', cookie },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
};

/** A visit answered and submitted at the kiosk; returns its numbers. */
async function apply(serviceIds: string[]): Promise<{ numbers: string[]; confirmation: Record<string, unknown> }> {
  const { sessionId, view } = await startVisit(client, serviceIds);
  await answerUntilCheck(client, catalogue, sessionId, view);
  const submitted = await request(client, 'application:submit', { sessionId });
  expect(submitted.ok).toBe(true);
  return { numbers: submitted.data.applications.map((a: { applicationNumber: string }) => a.applicationNumber), confirmation: submitted.data };
}

const status = async (number: string) => (await request(client, 'status:lookup', { text: number })).data;

function acceptBody(view: DeskVisitView) {
  return {
    identity: view.identity.map((item) => item.check),
    documents: Object.fromEntries(
      view.applications.map((a) => [a.number, Object.fromEntries(a.documents.map((d, i) => [d.id, i === 0 ? 'seen' : 'not_presented']))]),
    ),
    signature: { kind: 'applicant' },
  };
}

describe('acceptance at the desk', () => {
  it('holds two applications until the administrator checks, corrects, prints, and accepts; then forwards each once with the acceptance', async () => {
    const { numbers, confirmation } = await apply(['housing-subsidy', 'idp-registration']);
    expect(confirmation).toMatchObject({ nextStep: { uk: expect.stringContaining('(вікно № 3)') } });
    expect(await status(numbers[0]!)).toMatchObject({ status: 'awaiting_acceptance' });
    // Nothing is forwarded before acceptance, however long the worker runs.
    kiosk.server.worker.wake();
    expect((await kiosk.simulator.cases()).filter((c) => numbers.includes(c.applicationNumber))).toEqual([]);

    const waiting = await desk(staff, '/waiting');
    expect(waiting.body.map((w: { applicationNumbers: string[] }) => w.applicationNumbers)).toContainEqual(numbers);

    // The scanner's burst may carry a Cyrillic layout and no hyphens: it still opens the visit.
    const opened = await desk(staff, '/open', { code: numbers[1]!.replace('K', 'К').replaceAll('-', '') });
    expect(opened.status).toBe(200);
    const view = opened.body as DeskVisitView;
    expect(view.applications.map((a) => a.number)).toEqual(numbers);
    expect(view.identity.find((i) => i.check === 'surname')).toMatchObject({ fieldId: 'surname', value: 'Шевченко' });

    // Another member of staff is told who has it.
    const second = await desk(admin, `/${view.visitId}/open`);
    expect(second).toMatchObject({ status: 409, body: { code: 'held', error: expect.stringContaining(TEST_STAFF.login) } });

    // Accepting needs every identity line, the forms printed, and every document marked.
    expect((await desk(staff, `/${view.visitId}/accept`, { ...acceptBody(view), identity: ['surname'] })).body.code).toBe('identity_unchecked');
    expect((await desk(staff, `/${view.visitId}/accept`, acceptBody(view))).body.code).toBe('forms_not_printed');

    const bad = await desk(staff, `/${view.visitId}/correct`, { fieldId: 'surname', value: 'Шевченко2', reason: 'у паспорті інакше' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'invalid_value', error: 'Вводьте лише літери, апостроф, дефіс і пробіл' } });

    expect((await desk(staff, `/${view.visitId}/forms`)).status).toBe(200);
    const corrected = await desk(staff, `/${view.visitId}/correct`, { fieldId: 'surname', value: 'Шевченко-Бойко', reason: 'так у паспорті' });
    expect(corrected.status).toBe(200);
    expect((corrected.body as DeskVisitView).identity[0]!.value).toBe('Шевченко-Бойко');
    expect((corrected.body as DeskVisitView).corrections).toMatchObject([
      { fieldId: 'surname', from: 'Шевченко', to: 'Шевченко-Бойко', staffLogin: TEST_STAFF.login },
    ]);
    // The person must see the corrected form before signing.
    clock.advance(1000);
    expect((await desk(staff, `/${view.visitId}/accept`, acceptBody(view))).body.code).toBe('forms_outdated');
    const reprinted = await desk(staff, `/${view.visitId}/forms`);
    expect(reprinted.status).toBe(200);
    const forms = (await readdir(path.join(kiosk.dataDir, 'desk-receipts'))).filter((f) => f.startsWith('forms-'));
    expect(forms.length).toBeGreaterThanOrEqual(1);
    const formText = await pdfText(path.join(kiosk.dataDir, 'desk-receipts', forms.sort().at(-1)!));
    expect(formText).toContain('Шевченко-Бойко');
    for (const n of numbers) expect(formText).toContain(n);

    const unmarked = acceptBody(view);
    delete unmarked.documents[numbers[0]!];
    expect((await desk(staff, `/${view.visitId}/accept`, unmarked)).body.code).toBe('documents_unmarked');

    const accepted = await desk(staff, `/${view.visitId}/accept`, acceptBody(view));
    expect(accepted).toEqual({ status: 200, body: { accepted: numbers } });
    const cases = await eventually(async () => {
      const mine = (await kiosk.simulator.cases()).filter((c) => numbers.includes(c.applicationNumber));
      return mine.length === 2 ? mine : undefined;
    });
    for (const c of cases) {
      expect(c.attempts).toBe(1);
      expect(c.acceptance).toMatchObject({
        policy: 'desk',
        staffLogin: TEST_STAFF.login,
        signature: { kind: 'applicant' },
        identity: { checked: ['surname', 'givenName', 'patronymic', 'dateOfBirth', 'document'] },
        corrections: [{ fieldId: 'surname', from: 'Шевченко', to: 'Шевченко-Бойко', reason: 'так у паспорті' }],
      });
    }
    expect(await status(numbers[0]!)).toMatchObject({ status: 'received' });
    // Accepted once: a second accept is refused, nothing more is sent.
    expect((await desk(staff, `/${view.visitId}/open`)).body.code).toBe('accepted');

    const audit = await fetch(`${kiosk.server.url}${STAFF_API}/audit?application=${numbers[0]}`, { headers: { [STAFF_REQUEST_HEADER]: '1', cookie: admin } });
    const actions = ((await audit.json()) as { action: string; detail: string | null }[]).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['desk-open', 'desk-forms', 'desk-correct', 'desk-accept']));
    expect(
      JSON.stringify(await (await fetch(`${kiosk.server.url}${STAFF_API}/audit`, { headers: { [STAFF_REQUEST_HEADER]: '1', cookie: admin } })).json()),
    ).not.toContain('Шевченко-Бойко');
  });

  it('refuses with a reason: never forwarded, and the status check says so', async () => {
    const { numbers } = await apply(['one-time-aid']);
    const view = (await desk(staff, '/open', { code: numbers[0] })).body as DeskVisitView;
    expect((await desk(staff, `/${view.visitId}/refuse`, { reason: 'identity_mismatch', note: 'інша особа' })).status).toBe(200);
    expect(await status(numbers[0]!)).toMatchObject({ status: 'not_accepted', reason: 'identity_mismatch' });
    expect((await desk(staff, '/open', { code: numbers[0] })).body.code).toBe('refused');
    kiosk.server.worker.wake();
    expect((await kiosk.simulator.cases()).some((c) => c.applicationNumber === numbers[0])).toBe(false);
  });

  it('names what is wrong with a number: unreadable, unknown here, or from another centre', async () => {
    expect(await desk(staff, '/open', { code: 'hello' })).toMatchObject({ status: 400, body: { code: 'invalid_code' } });
    expect(await desk(staff, '/open', { code: 'K02-2026-999999' })).toMatchObject({
      status: 404,
      body: { code: 'unknown', error: expect.stringContaining('K02-2026-999999') },
    });
    expect(await desk(staff, '/open', { code: 'ZZ9-2026-000001' })).toMatchObject({
      status: 404,
      body: { code: 'other_centre', error: expect.stringContaining('ZZ9') },
    });
  });

  it('expires what nobody brought in time: personal data deleted, never forwarded, counted in the statistics', async () => {
    const { numbers } = await apply(['one-time-aid']);
    clock.advance(7 * 86_400_000 + 1000);
    expect(await kiosk.server.expireWaiting()).toEqual(numbers);
    expect(await status(numbers[0]!)).toMatchObject({ status: 'not_accepted', reason: 'not_accepted_in_time' });
    const row = await kiosk.server.db.get<{ answers_sealed: string | null }>('SELECT answers_sealed FROM applications WHERE number = ?', [numbers[0]!]);
    expect(row!.answers_sealed).toBeNull();
    const year = numbers[0]!.split('-')[1];
    // A week on, the morning's login has long ended.
    staff = await staffCookie(kiosk.server.url, TEST_STAFF);
    const stats = await fetch(`${kiosk.server.url}${STAFF_API}/stats?from=${year}-01-01&to=${year}-12-31`, {
      headers: { [STAFF_REQUEST_HEADER]: '1', cookie: staff },
    });
    const body = await stats.json();
    expect(stats.status, JSON.stringify(body)).toBe(200);
    const oneTime = (body as { acceptance: { serviceId: string; expired: number; accepted: number; refused: number }[] }).acceptance.find(
      (a) => a.serviceId === 'one-time-aid',
    );
    expect(oneTime).toMatchObject({ expired: 1, refused: 1 });
  });
});
