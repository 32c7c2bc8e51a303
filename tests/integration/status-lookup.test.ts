// "Перевірити стан заяви" over socket.io: by number, forgiving how it was typed, nothing personal, rate-limited.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { caseState } from '../../kiosk-server/forwarding/case-answer.ts';
import type { CaseState } from '../../kiosk-server/forwarding/central-case-system.ts';
import { FakeCentralCaseSystem } from '../../kiosk-server/forwarding/fake-central.ts';
import { commitApplications } from '../../kiosk-server/store/applications.ts';
import { parseApplicationNumber } from '../../protocol/application-status.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import { commitMany, sampleApplication } from '../support/applications.ts';
import { connectClient, eventually, request, restCentral, staffCookie, startTestKiosk, type KioskClient, type TestKiosk } from '../support/kiosk.ts';
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
        decision: null,
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
    expect(refused.data).toMatchObject({ status: 'refused', reason: 'income_above_limit', statusChangedAt: '2026-11-23T09:00:00.000Z', decision: null });
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

/** A central system whose status answers are raw JSON, checked as both dialects check them. */
class RawStatusCentral extends FakeCentralCaseSystem {
  answer: ((caseId: string) => unknown) | undefined;

  override async status(caseId: string): Promise<CaseState> {
    const state = await super.status(caseId);
    return this.answer ? caseState(this.answer(caseId)) : state;
  }
}

describe('what a grant decided', () => {
  const staffApplication = async (number: string) => {
    const cookie = await staffCookie(kiosk!.server.url);
    const response = await fetch(`${kiosk!.server.url}${STAFF_API}/applications?number=${number}`, { headers: { cookie, [STAFF_REQUEST_HEADER]: '1' } });
    return ((await response.json()) as { status: string; decision: unknown }[])[0];
  };

  it("comes from the simulator with the grant; the status check and the staff console's application view carry it", async () => {
    kiosk = await startTestKiosk(
      { forwarding: { backoff: { baseMs: 20, maxMs: 100 }, statusPoll: { baseMs: 30, maxMs: 60 } } },
      { simulator: { statusClock: { reviewAfterMs: 0, decisionAfterMs: 100, refuseRate: 0, noAmountRate: 0 } } },
    );
    // A subsidy pays monthly; pension information is a certificate: no sum, the decision letter has what there is.
    const [subsidy, pension] = await commitApplications(
      kiosk.server.store,
      [sampleApplication({ serviceId: 'housing-subsidy' }), sampleApplication({ serviceId: 'pension-info' })],
      { policy: 'kiosk' },
    );
    kiosk.server.worker.wake();
    const screen = await client();
    const granted = async (number: string) =>
      eventually(async () => {
        const ack = await request(screen, 'status:lookup', { text: number });
        return ack.data?.status === 'granted' ? ack.data : undefined;
      });

    const shown = await granted(subsidy!.number);
    const [subsidyCase] = (await kiosk.simulator.cases()).filter((c) => c.applicationNumber === subsidy!.number);
    // Just what the simulator says of the case, asked on its own.
    const told = await restCentral(kiosk.simulator.url).status(subsidyCase!.caseId);
    expect(told.decision).toMatchObject({ amount: expect.stringMatching(/^\d+\.\d{2}$/), frequency: 'month', from: expect.stringMatching(/-01$/) });
    expect(told.decision!.to! > told.decision!.from!).toBe(true);
    expect(shown.decision).toEqual(told.decision);
    expect(await staffApplication(subsidy!.number)).toMatchObject({ status: 'granted', decision: told.decision });

    expect(await granted(pension!.number)).toMatchObject({ status: 'granted', decision: null });
    expect(await staffApplication(pension!.number)).toMatchObject({ status: 'granted', decision: null });
  });

  it('is not believed when it makes no sense: logged, and the grant shown without it', async () => {
    const central = new RawStatusCentral();
    const logged: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) });
    kiosk = await startTestKiosk({ central, logger, forwarding: { backoff: { baseMs: 20, maxMs: 100 }, statusPoll: { baseMs: 30, maxMs: 60 } } });
    const [stored] = await commitMany(kiosk.server.store, 1);
    kiosk.server.worker.wake();
    await eventually(() => (central.cases.size ? true : undefined));
    central.answer = (caseId) => ({
      caseId,
      status: 'granted',
      reason: null,
      changedAt: '2026-01-10T09:00:00Z',
      decision: { amount: 3328.5, frequency: 'month', from: '2026-01-01', to: '2026-06-30' },
    });
    const screen = await client();
    const shown = await eventually(async () => {
      const ack = await request(screen, 'status:lookup', { text: stored!.number });
      return ack.data?.status === 'granted' ? ack.data : undefined;
    });
    expect(shown).toMatchObject({ status: 'granted', statusChangedAt: '2026-01-10T09:00:00.000Z', decision: null });
    const warning = logged.map((line) => JSON.parse(line) as { msg: string; problem?: string }).find((line) => line.problem);
    expect(warning).toMatchObject({ msg: expect.stringContaining('not understood'), problem: expect.stringMatching(/^amount: /) });
  });
});
