// The disk is full at the moment of submitting (a real 8 MB tmpfs as the data folder, filled to the last block): the
// person is told the application could not be saved and to call staff, nothing is saved or printed, staff get the
// alert; once space is back the same submit saves the application, once, and the alert clears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { FakePrinter } from '../../printers/drivers/fake.ts';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import type { HelpCall, StorageState } from '../../protocol/staff-events.ts';
import { nextEvent } from '../support/next-event.ts';
import { connectClient, connectStaff, eventually, request, startTestKiosk, type KioskClient, type StaffClient, type TestKiosk } from '../support/kiosk.ts';
import { mountSmallDisk, type SmallDisk } from '../support/small-disk.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';

const disk = await mountSmallDisk(8);
if ('reason' in disk) console.warn(`disk-full.test.ts skipped: ${disk.reason}`);

describe.skipIf('reason' in disk)('a full disk at submit', () => {
  const small = disk as SmallDisk;
  const printer = new FakePrinter();
  const storage: StorageState[] = [];
  let kiosk: TestKiosk;
  let client: KioskClient;
  let staff: StaffClient;
  let catalogue: Catalogue;

  beforeAll(async () => {
    catalogue = await loadCatalogue();
    kiosk = await startTestKiosk({ dataDir: small.dir, printer, printerPollMs: 50 });
    client = await connectClient(kiosk.server.url);
    staff = await connectStaff(kiosk.server.url, (listener) => listener.on('storage:status', (state) => storage.push(state)));
  });

  afterAll(async () => {
    client?.disconnect();
    staff?.disconnect();
    await small.free();
    await kiosk?.stop();
    await small.unmount();
  });

  const applications = async () => (await kiosk.server.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM applications'))!.n;

  it('says so, saves and prints nothing, alerts staff, and saves the same answers once space is back', { timeout: 60_000 }, async () => {
    const { sessionId, view } = await startVisit(client, ['one-time-aid']);
    const { view: check } = await answerUntilCheck(client, catalogue, sessionId, view);
    expect(check.screen).toBe('check-answers');
    await eventually(() => storage.length > 0 || undefined);
    expect(storage.at(-1)).toEqual({ kioskId: 'K01', failing: null });

    await small.fill();
    const refused = await request(client, 'application:submit', { sessionId });
    expect(refused).toEqual({ ok: false, error: { code: 'not_saved', message: ERROR_MESSAGES.not_saved } });
    expect(refused.error!.message.uk).toContain('покличте працівника');
    expect(await applications()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the print queue polls every 50 ms: it would have printed
    expect(printer.printed).toHaveLength(0);
    const alert = await eventually(() => storage.find((s) => s.failing));
    expect(alert).toEqual({ kioskId: 'K01', failing: { code: 'SQLITE_FULL', since: expect.any(String) } });
    // Only the code and the kiosk: nothing the person answered.
    expect(Object.keys(alert.failing!)).toEqual(['code', 'since']);
    // The answers are still in the visit: the screen is the check-answers page it was.
    const resumed = await request(client, 'visit:resume', { sessionId });
    expect(resumed.ok && resumed.data.view.screen).toBe('check-answers');
    // What the person is told to do works without the disk: the call rings, and «Іду» reaches their screen.
    const ringing = nextEvent<HelpCall>(staff, 'help:called');
    expect(await request(client, 'help:call', { sessionId })).toMatchObject({ ok: true });
    const call = await ringing;
    expect(call).toMatchObject({ kioskId: 'K01', screen: 'check-answers' });
    const coming = nextEvent(client, 'help:coming');
    // The answer is done, and said so to the member of staff, though its audit line can only go to the log.
    const answered = await new Promise<{ ok: boolean }>((resolve) => staff.emit('help:answer', { callId: call.id }, resolve));
    expect(answered).toMatchObject({ ok: true, data: { callId: call.id, kioskId: 'K01' } });
    expect(await coming).toEqual({ sessionId });
    // So is a message from staff: shown on the kiosk, and ok to the one who sent it.
    const shown = nextEvent(client, 'staff:message');
    const sent = await new Promise<{ ok: boolean }>((resolve) => staff.emit('kiosk:message', { kioskId: 'K01', text: 'Зачекайте хвилинку' }, resolve));
    expect(sent).toMatchObject({ ok: true });
    expect(await shown).toEqual({ sessionId, text: 'Зачекайте хвилинку' });

    await small.free();
    const saved = await request(client, 'application:submit', { sessionId });
    expect(saved.ok && saved.data.screen).toBe('confirmation');
    expect(await applications()).toBe(1);
    await eventually(() => printer.printed.length === 1 || undefined);
    await eventually(() => storage.at(-1)?.failing === null || undefined);
    expect(kiosk.server.storage.failure).toBeNull();
  });
});
