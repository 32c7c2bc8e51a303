import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { findApplicationByNumber } from '../../kiosk-server/store/applications.ts';
import { outboxCounts } from '../../kiosk-server/store/outbox.ts';
import { connectClient, eventually, request, startTestKiosk, type KioskClient, type TestKiosk } from '../support/kiosk.ts';
import { pdfText } from '../support/pdf.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';

let kiosk: TestKiosk;
let client: KioskClient;
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = await loadCatalogue();
  kiosk = await startTestKiosk();
  client = await connectClient(kiosk.server.url);
});

afterAll(async () => {
  client?.disconnect();
  await kiosk?.stop();
});

async function casesFor(numbers: string[]) {
  return eventually(async () => {
    const list = (await (await fetch(`${kiosk.simulator.url}/cases`)).json()) as { applicationNumber: string; idempotencyKey: string; serviceId: string }[];
    const mine = list.filter((c) => numbers.includes(c.applicationNumber));
    return mine.length >= numbers.length ? mine : undefined;
  });
}

describe('applications over socket.io', () => {
  it('one service: answered, submitted, stored with its outbox row, printed and forwarded exactly once', async () => {
    const { sessionId, view } = await startVisit(client, ['one-time-aid']);
    const { view: check } = await answerUntilCheck(client, catalogue, sessionId, view);
    expect(check.screen).toBe('check-answers');

    const receiptEvent = new Promise<{ applicationNumbers: string[]; state: string }>((resolve) => client.once('receipt:status', resolve));
    const submitted = await request(client, 'application:submit', { sessionId });
    expect(submitted).toMatchObject({ ok: true, data: { screen: 'confirmation' } });
    const number: string = submitted.data.applications[0].applicationNumber;
    expect(number).toMatch(/^K01-\d{4}-\d{6}$/);

    // Acknowledged only after the commit: the row and its outbox entry are there as soon as the ack is.
    const stored = await findApplicationByNumber(kiosk.server.store, number);
    expect(stored).toMatchObject({ serviceId: 'one-time-aid', answers: { phone: '+380501234567', reason: 'illness' } });

    expect(await receiptEvent).toEqual({ applicationNumbers: [number], state: 'printed' });
    const receipt = path.join(kiosk.dataDir, 'receipts', `${number}.pdf`);
    expect(existsSync(receipt)).toBe(true);
    const text = await pdfText(receipt);
    expect(text).toContain(number);
    expect(text).toContain('Одноразова матеріальна допомога');
    expect(text).toContain('Довідка від лікаря');

    const cases = await casesFor([number]);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ applicationNumber: number, idempotencyKey: stored!.id });

    // A second tap on submit does not make a second application.
    const again = await request(client, 'application:submit', { sessionId });
    expect(again).toMatchObject({ ok: false, error: { code: 'stale_step' } });
  });

  it('two services in one visit: shared questions once, one receipt listing both numbers, one case each', async () => {
    const { sessionId, view } = await startVisit(client, ['housing-subsidy', 'idp-registration']);
    const { visited } = await answerUntilCheck(client, catalogue, sessionId, view);
    expect(visited.filter((id) => id === 'applicant-name')).toHaveLength(1);
    expect(visited).toContain('housing-subsidy-heating');
    expect(visited).toContain('idp-registration-reason');

    const submitted = await request(client, 'application:submit', { sessionId });
    const numbers: string[] = submitted.data.applications.map((a: { applicationNumber: string }) => a.applicationNumber);
    expect(numbers).toHaveLength(2);
    const [first, second] = await Promise.all(numbers.map((n) => findApplicationByNumber(kiosk.server.store, n)));
    expect(first!.visitId).toBe(second!.visitId);
    expect(first!.serviceId).toBe('housing-subsidy');
    expect(second!.answers).toHaveProperty('idpReason');
    expect(second!.answers).not.toHaveProperty('iban'); // IDP registration does not ask for payment

    const text = await eventually(async () =>
      existsSync(path.join(kiosk.dataDir, 'receipts', `${numbers[0]}.pdf`)) ? pdfText(path.join(kiosk.dataDir, 'receipts', `${numbers[0]}.pdf`)) : undefined,
    );
    for (const n of numbers) expect(text).toContain(n);
    expect(text).toContain('Житлова субсидія');
    expect(text).toContain('довідка ВПО');

    const cases = await casesFor(numbers);
    expect(cases.map((c) => c.serviceId).sort()).toEqual(['housing-subsidy', 'idp-registration']);
    expect(await eventually(async () => ((await outboxCounts(kiosk.server.db)).pending === 0 ? true : undefined))).toBe(true);
  });

  it('prints "what do I need?" as a checklist', async () => {
    const started = await request(client, 'visit:start', { lang: 'uk' });
    const sessionId = started.data.sessionId;
    expect(await request(client, 'services:info', { sessionId, serviceId: 'birth-assistance' })).toMatchObject({ ok: true, data: { screen: 'info' } });
    expect(await request(client, 'checklist:print', { sessionId, serviceId: 'birth-assistance' })).toEqual({ ok: true, data: { printed: true } });
    expect(await request(client, 'checklist:print', { sessionId, serviceId: 'nothing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('resumes a visit from another connection (a page reload) where the person was', async () => {
    const { sessionId, view } = await startVisit(client, ['one-time-aid']);
    expect(view.stepId).toBe('applicant-name');
    await request(client, 'step:answer', { sessionId, stepId: 'applicant-name', values: { surname: 'Шевченко', givenName: 'Тарас', patronymic: '' } });
    const reloaded = await connectClient(kiosk.server.url);
    try {
      const resumed = await request(reloaded, 'visit:resume', { sessionId });
      expect(resumed).toMatchObject({ ok: true, data: { lang: 'uk', view: { screen: 'question', stepId: 'date-of-birth' } } });
      await request(reloaded, 'visit:end', { sessionId });
      expect(await request(reloaded, 'visit:resume', { sessionId })).toMatchObject({ ok: false, error: { code: 'session_not_found' } });
    } finally {
      reloaded.disconnect();
    }
  });

  it('answers an invalid payload with an error ack and keeps serving', async () => {
    const invalid = [
      ['visit:start', { lang: 'de' }],
      ['visit:start', null],
      ['step:answer', { sessionId: 'short', stepId: 'x', values: {} }],
      ['step:answer', { sessionId: 'a'.repeat(32), stepId: 'x', values: { f: 42 } }],
      ['services:choose', { sessionId: 'a'.repeat(32), serviceIds: 'one-time-aid' }],
      ['group:edit', { sessionId: 'a'.repeat(32), stepId: 'family-members', index: -1 }],
    ] as const;
    for (const [event, payload] of invalid) {
      const ack = await request(client, event, payload);
      expect(ack, `${event} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_payload', message: { uk: expect.any(String), en: expect.any(String) } },
      });
    }
    expect(await request(client, 'step:back', { sessionId: 'b'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'session_not_found' } });
    expect(await request(client, 'visit:start', { lang: 'en' })).toMatchObject({ ok: true });
  });

  it('refuses an unknown service with a message', async () => {
    const started = await request(client, 'visit:start', { lang: 'uk' });
    const ack = await request(client, 'services:choose', { sessionId: started.data.sessionId, serviceIds: ['no-such-service'] });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('serves health and every service over HTTP, and JSON errors', async () => {
    expect(await (await fetch(`${kiosk.server.url}/healthz`)).json()).toEqual({
      status: 'ok',
      voices: { uk: 'fake (fake-uk)', en: 'fake (fake-en)' },
      wakeWord: 'none',
      printer: 'ready',
      forwarding: { pending: 0, forwarded: expect.any(Number), failing: 0, oldestPendingSince: null, staffError: null },
      backup: { state: 'off', lastSuccessAt: null, error: null, failingSince: null },
    });
    const services = (await (await fetch(`${kiosk.server.url}/api/services`)).json()) as { id: string; title: { uk: string; en: string } }[];
    expect(services).toHaveLength((await loadCatalogue()).services.length);
    expect(services).toContainEqual({ id: 'one-time-aid', title: { uk: 'Одноразова матеріальна допомога', en: 'One-time material aid' } });
    for (const s of services) expect(s.title.uk && s.title.en).toBeTruthy();
    const missing = await fetch(`${kiosk.server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: expect.stringContaining('/api/nothing') });
  });
});
