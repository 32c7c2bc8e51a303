// "Перевірити стан заяви" over socket.io: by number, forgiving how it was typed, nothing personal, rate-limited.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeCentralCaseSystem } from '../../kiosk-server/forwarding/fake-central.ts';
import { parseApplicationNumber } from '../../protocol/application-status.ts';
import { commitMany } from '../support/applications.ts';
import { connectClient, eventually, request, startTestKiosk, type KioskClient, type TestKiosk } from '../support/kiosk.ts';
import { TestClock } from '../support/test-clock.ts';

let kiosk: TestKiosk | undefined;
const clients: KioskClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.disconnect();
  await kiosk?.stop();
  kiosk = undefined;
});

async function client(): Promise<KioskClient> {
  const c = await connectClient(kiosk!.server.url);
  clients.push(c);
  return c;
}

describe('application numbers as typed or scanned', () => {
  it('forgives spaces, case, Cyrillic look-alikes and missing hyphens; finds the number in a scanned link', () => {
    expect(parseApplicationNumber('K01-2026-000123')).toBe('K01-2026-000123');
    expect(parseApplicationNumber(' к01 2026 000123 ')).toBe('K01-2026-000123');
    expect(parseApplicationNumber('k012026000123')).toBe('K01-2026-000123');
    expect(parseApplicationNumber('https://cnap.example/status?n=K01-2026-000123')).toBe('K01-2026-000123');
    expect(parseApplicationNumber('12345')).toBeUndefined();
    expect(parseApplicationNumber('')).toBeUndefined();
  });
});

describe('status lookup', () => {
  it('follows the application from submitted to its decision, and shows nothing personal', async () => {
    const central = new FakeCentralCaseSystem();
    central.failNext = 1;
    const clock = new TestClock();
    kiosk = await startTestKiosk({ clock, central, forwarding: { backoff: { baseMs: 50, maxMs: 100 }, statusPoll: { baseMs: 30, maxMs: 60 } } });
    await kiosk.server.worker.stop(); // held back, so the first look sees it still at the kiosk
    const [stored] = await commitMany(kiosk.server.store, 1);
    const screen = await client();

    const first = await request(screen, 'status:lookup', { text: stored!.number });
    expect(first).toEqual({
      ok: true,
      data: {
        applicationNumber: stored!.number,
        serviceTitle: { uk: 'Одноразова матеріальна допомога', en: expect.any(String) },
        status: 'submitted',
        submittedAt: stored!.submittedAt.toISOString(),
        statusChangedAt: stored!.submittedAt.toISOString(),
        reason: null,
      },
    });
    const text = JSON.stringify(first);
    for (const secret of ['Шевченко', '3652504575', 'UA903052992990004149123456789']) expect(text).not.toContain(secret);

    kiosk.server.worker.start();
    await eventually(async () => (await request(screen, 'status:lookup', { text: stored!.number })).data.status === 'received');
    const caseId = [...central.cases.values()][0]!.caseId;
    central.decide(caseId, { status: 'refused', reason: 'income_above_limit', changedAt: '2026-11-23T09:00:00.000Z' });
    const refused = await eventually(async () => {
      const ack = await request(screen, 'status:lookup', { text: stored!.number.toLowerCase() });
      return ack.data.status === 'refused' ? ack : undefined;
    });
    expect(refused.data).toMatchObject({ status: 'refused', reason: 'income_above_limit', statusChangedAt: '2026-11-23T09:00:00.000Z' });
    // Decided: no longer asked about, even hours later, when any check still to come would be due.
    const calls = central.statusCalls;
    clock.advance(7 * 60 * 60_000);
    await kiosk.server.statusSync.checkDue();
    expect(central.statusCalls).toBe(calls);
  });

  it('says clearly when a number is unknown or not a number', async () => {
    kiosk = await startTestKiosk();
    const screen = await client();
    expect(await request(screen, 'status:lookup', { text: 'K01-2026-999999' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_application', message: { uk: expect.stringContaining('Перевірте номер на квитанції') } },
    });
    expect(await request(screen, 'status:lookup', { text: 'привіт' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_number', message: { uk: expect.stringContaining('K01-2026-000123') } },
    });
    expect(await request(screen, 'status:lookup', { text: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('is rate-limited per screen and for the whole kiosk', async () => {
    kiosk = await startTestKiosk();
    const screens = await Promise.all([client(), client(), client(), client()]);
    const results: string[] = [];
    for (let i = 0; i < 11; i++) {
      const ack = await request(screens[0]!, 'status:lookup', { text: `K01-2026-${String(i).padStart(6, '0')}` });
      results.push(ack.ok ? 'ok' : ack.error!.code);
    }
    expect(results.slice(0, 10).every((r) => r === 'unknown_application')).toBe(true);
    expect(results[10]).toBe('rate_limited');
    expect((await request(screens[1]!, 'status:lookup', { text: 'K01-2026-000001' })).error!.code).toBe('unknown_application');
    // 30 a minute for the kiosk, whichever screen asks.
    for (let i = 0; i < 19; i++) await request(screens[1 + (i % 3)]!, 'status:lookup', { text: 'K01-2026-000001' });
    expect(await request(screens[3]!, 'status:lookup', { text: 'K01-2026-000001' })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', message: { uk: expect.stringContaining('Зачекайте хвилину') } },
    });
  });
});
