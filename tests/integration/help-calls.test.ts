import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHelpCalls } from '../../kiosk-server/store/help-calls.ts';
import type { KioskHello } from '../../protocol/events.ts';
import type { HelpCall } from '../../protocol/staff-events.ts';
import { DEFAULT_TIMING } from '../../protocol/timing.ts';
import { connectClient, connectStaff, request, startTestKiosk, type KioskClient, type StaffClient, type TestKiosk } from '../support/kiosk.ts';
import { nextEvent } from '../support/next-event.ts';

let kiosk: TestKiosk;
let client: KioskClient;
let staff: StaffClient;

beforeAll(async () => {
  kiosk = await startTestKiosk({ timing: { idleSeconds: 45 } });
  client = await connectClient(kiosk.server.url);
  staff = await connectStaff(kiosk.server.url);
});

afterAll(async () => {
  client?.disconnect();
  staff?.disconnect();
  await kiosk?.stop();
});

// Issue 4: the call reaches a staff listener within one second.
const nextCall = () => nextEvent<HelpCall>(staff, 'help:called', 1_000);

describe('help calls', () => {
  it('a kiosk that connects is told its id and its timing', async () => {
    const socket = io(kiosk.server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    const hello = await new Promise<KioskHello>((resolve) => socket.once('kiosk:hello', resolve));
    socket.disconnect();
    expect(hello).toEqual({ kioskId: 'K01', timing: { ...DEFAULT_TIMING, idleSeconds: 45 }, voices: { uk: true, en: true } });
  });

  it('from the welcome screen, without a visit: stored and told to staff with the kiosk id', async () => {
    const heard = nextCall();
    const ack = await request(client, 'help:call', {});
    expect(ack.ok).toBe(true);
    const call = await heard;
    expect(call).toMatchObject({ kioskId: 'K01', screen: 'welcome', stepId: null, stepTitle: null, calledAt: ack.data.calledAt });
  });

  it('during a visit: names the question the person is on, and nothing they answered', async () => {
    const started = await request(client, 'visit:start', { lang: 'uk' });
    const { sessionId } = started.data as { sessionId: string };
    await request(client, 'services:choose', { sessionId, serviceIds: ['pension-info'] });
    const named = await request(client, 'step:answer', {
      sessionId,
      stepId: 'applicant-name',
      values: { surname: 'Коваленко', givenName: 'Ганна', patronymic: '' },
    });
    expect(named.data.stepId).not.toBe('applicant-name');

    const heard = nextCall();
    expect((await request(client, 'help:call', { sessionId })).ok).toBe(true);
    const call = await heard;
    expect(call).toMatchObject({ kioskId: 'K01', screen: 'question', stepId: named.data.stepId, stepTitle: named.data.heading });
    expect(JSON.stringify(call)).not.toMatch(/Коваленко|Ганна/);

    const stored = await openHelpCalls(kiosk.server.db);
    expect(stored.at(-1)).toEqual(call);
    expect(JSON.stringify(stored)).not.toMatch(/Коваленко|Ганна/);
  });

  it('a visit that has ended is not revealed: the call says welcome', async () => {
    const started = await request(client, 'visit:start', { lang: 'uk' });
    const { sessionId } = started.data as { sessionId: string };
    await request(client, 'visit:end', { sessionId });
    const heard = nextCall();
    await request(client, 'help:call', { sessionId });
    expect((await heard).screen).toBe('welcome');
  });

  it('a bad payload gets a clear error and no call', async () => {
    const before = (await openHelpCalls(kiosk.server.db)).length;
    const ack = await request(client, 'help:call', { sessionId: 'x', extra: 1 });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect((await openHelpCalls(kiosk.server.db)).length).toBe(before);
  });
});

describe('inactivity time from the content', () => {
  it('a service with long questions asks for more time than the default; others carry none', async () => {
    const started = await request(client, 'visit:start', { lang: 'uk' });
    const { sessionId } = started.data as { sessionId: string };
    expect(started.data.view.idleSeconds).toBeUndefined();
    let chosen = await request(client, 'services:choose', { sessionId, serviceIds: ['housing-subsidy'] });
    if (chosen.data.screen === 'suggest') chosen = await request(client, 'services:suggested', { sessionId, accepted: [] });
    expect(chosen.data.idleSeconds).toBe(180);
    await request(client, 'visit:end', { sessionId });
  });
});
