import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApplicationByNumber } from '../../kiosk-server/store/applications.ts';
import { outboxCounts } from '../../kiosk-server/store/outbox.ts';
import { ONE_TIME_AID_ANSWERS } from '../support/answers.ts';
import { connectClient, eventually, request, startTestKiosk, type KioskClient, type TestKiosk } from '../support/kiosk.ts';
import { pdfText } from '../support/pdf.ts';

let kiosk: TestKiosk;
let client: KioskClient;

beforeAll(async () => {
  kiosk = await startTestKiosk();
  client = await connectClient(kiosk.server.url);
});

afterAll(async () => {
  client?.disconnect();
  await kiosk?.stop();
});

async function startVisit(socket: KioskClient): Promise<string> {
  const started = await request(socket, 'visit:start', { lang: 'uk' });
  expect(started.ok).toBe(true);
  const chosen = await request(socket, 'service:choose', { sessionId: started.data.sessionId, serviceId: 'one-time-aid' });
  expect(chosen).toMatchObject({ ok: true, data: { screen: 'question', stepId: 'applicant-name' } });
  return started.data.sessionId;
}

describe('a whole application over socket.io', () => {
  it('is answered, submitted, stored with its outbox row, printed and forwarded exactly once', async () => {
    const sessionId = await startVisit(client);
    let last;
    for (const [stepId, values] of ONE_TIME_AID_ANSWERS) {
      last = await request(client, 'step:answer', { sessionId, stepId, values });
      expect(last.ok, `answer to ${stepId}`).toBe(true);
      expect(last.data.errors ?? [], `errors on ${stepId}`).toEqual([]);
    }
    expect(last!.data.screen).toBe('check-answers');

    const receiptEvent = new Promise<{ applicationNumber: string; state: string }>((resolve) => client.once('receipt:status', resolve));
    const submitted = await request(client, 'application:submit', { sessionId });
    expect(submitted).toMatchObject({ ok: true, data: { screen: 'confirmation' } });
    const number: string = submitted.data.applicationNumber;
    expect(number).toMatch(/^K01-\d{4}-\d{6}$/);

    // Acknowledged only after the commit: the row and its outbox entry are there as soon as the ack is.
    const stored = await findApplicationByNumber(kiosk.server.db, number);
    expect(stored).toMatchObject({ serviceId: 'one-time-aid', answers: { rnokpp: '3652504575', phone: '+380501234567' } });
    expect(await outboxCounts(kiosk.server.db)).toMatchObject({ pending: expect.any(Number) });

    expect(await receiptEvent).toEqual({ applicationNumber: number, state: 'printed' });
    const receipt = path.join(kiosk.dataDir, 'receipts', `${number}.pdf`);
    expect(existsSync(receipt)).toBe(true);
    const text = await pdfText(receipt);
    expect(text).toContain(number);
    expect(text).toContain('Одноразова матеріальна допомога');
    expect(text).toContain('Довідка від лікаря');

    const cases = await eventually(async () => {
      const list = (await (await fetch(`${kiosk.simulator.url}/cases`)).json()) as { applicationNumber: string; idempotencyKey: string }[];
      return list.length ? list : undefined;
    });
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ applicationNumber: number, idempotencyKey: stored!.id });
    expect(await eventually(async () => ((await outboxCounts(kiosk.server.db)).forwarded === 1 ? true : undefined))).toBe(true);

    // A second tap on submit does not make a second application.
    const again = await request(client, 'application:submit', { sessionId });
    expect(again).toMatchObject({ ok: false, error: { code: 'stale_step' } });
  });

  it('resumes a visit from another connection (a page reload) where the person was', async () => {
    const sessionId = await startVisit(client);
    await request(client, 'step:answer', { sessionId, stepId: 'applicant-name', values: ONE_TIME_AID_ANSWERS[0]![1] });
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
      ['service:choose', 'one-time-aid'],
    ] as const;
    for (const [event, payload] of invalid) {
      const ack = await request(client, event, payload);
      expect(ack, `${event} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: { uk: expect.any(String), en: expect.any(String) } } });
    }
    expect(await request(client, 'step:back', { sessionId: 'b'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'session_not_found' } });
    expect(await request(client, 'visit:start', { lang: 'en' })).toMatchObject({ ok: true });
  });

  it('refuses an unknown service with a message', async () => {
    const started = await request(client, 'visit:start', { lang: 'uk' });
    const ack = await request(client, 'service:choose', { sessionId: started.data.sessionId, serviceId: 'no-such-service' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('serves health and the service list over HTTP, and JSON errors', async () => {
    expect(await (await fetch(`${kiosk.server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${kiosk.server.url}/api/services`)).json()).toEqual([
      { id: 'one-time-aid', title: { uk: 'Одноразова матеріальна допомога', en: 'One-time material aid' } },
    ]);
    const missing = await fetch(`${kiosk.server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: expect.stringContaining('/api/nothing') });
  });
});
