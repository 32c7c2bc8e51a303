// Remote assistance and help calls without sockets: a real store and catalogue, and the domain events they emit.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { FakePrinter } from '../../printers/drivers/fake.ts';
import type { KioskView } from '../../protocol/views.ts';
import { systemClock } from '../../kiosk-server/clock.ts';
import { DomainEventBus, type DomainEvent, type DomainEvents } from '../../kiosk-server/events/domain-events.ts';
import { HelpDesk } from '../../kiosk-server/help-desk.ts';
import { PrintQueue } from '../../kiosk-server/printing/print-queue.ts';
import { Assistance } from '../../kiosk-server/staff/assistance.ts';
import { KioskPresence } from '../../kiosk-server/staff/kiosk-presence.ts';
import { openKioskStore } from '../../kiosk-server/store/kiosk-store.ts';
import type { KioskStore } from '../../kiosk-server/store/kiosk-store.ts';
import { Visits } from '../../kiosk-server/visits.ts';
import { DEFAULT_ACCEPTANCE } from '../../kiosk-server/desk/acceptance-settings.ts';
import { sampleValues } from '../support/answers.ts';

const RECORDED: DomainEvent[] = [
  'assist:asked',
  'assist:active',
  'assist:view',
  'assist:ended',
  'assist:moved-screen',
  'visit:moved',
  'help:called',
  'help:answered',
];
const OLENA = { login: 'olena.staff', socketId: 'console-1' };

let dir: string;
let store: KioskStore;
let catalogue: Catalogue;
let events: DomainEventBus;
let seen: { event: DomainEvent; payload: DomainEvents[DomainEvent] }[];
let visits: Visits;
let presence: KioskPresence;
let assistance: Assistance;
let helpDesk: HelpDesk;

const named = (event: DomainEvent) => seen.filter((e) => e.event === event).map((e) => e.payload);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-assist-'));
  ({ store } = await openKioskStore(dir, undefined));
  catalogue ??= await loadCatalogue();
  events = new DomainEventBus();
  seen = [];
  for (const event of RECORDED) events.on(event, (payload) => seen.push({ event, payload }));
  const logger = pino({ level: 'silent' });
  const { db } = store;
  const printer = new FakePrinter();
  const printQueue = new PrintQueue({ db, printer, logger, clock: systemClock, events, pollMs: 60_000 });
  visits = new Visits({
    catalogue,
    store,
    printer,
    printQueue,
    kioskId: 'K01',
    centre: { name: 'ЦНАП' },
    clock: systemClock,
    logger,
    events,
    acceptance: DEFAULT_ACCEPTANCE,
  });
  presence = new KioskPresence({ kioskIds: ['K01'], visits, clock: systemClock, events, printerStatus: () => undefined });
  assistance = new Assistance({ db, visits, presence, events, clock: systemClock, logger });
  helpDesk = new HelpDesk({ db, visits, clock: systemClock, logger, events });
});

afterEach(async () => {
  await store.db.close();
  await rm(dir, { recursive: true, force: true });
});

/** A visit on K01, on the first question of one-time aid. */
function startVisit(): { sessionId: string; view: KioskView } {
  const { sessionId } = visits.start('uk', 'K01');
  presence.visit('K01', sessionId);
  let result = visits.chooseServices(sessionId, ['one-time-aid']);
  if (result.ok && result.data.screen === 'suggest') result = visits.answerSuggestions(sessionId, []);
  if (!result.ok || result.data.screen !== 'question') throw new Error('not on a question');
  return { sessionId, view: result.data };
}

const stepOf = (id: string) => [...catalogue.services.flatMap((s) => s.steps), ...catalogue.modules.flatMap((m) => m.steps)].find((s) => s.id === id)!;

async function helpAllowed(): Promise<{ sessionId: string; view: KioskView }> {
  const visit = startVisit();
  expect((await assistance.request(OLENA, 'K01')).ok).toBe(true);
  expect((await assistance.consent(visit.sessionId, true)).ok).toBe(true);
  return visit;
}

describe('remote assistance, by its events', () => {
  it('nothing of the visit reaches staff before the person says yes', async () => {
    expect(await assistance.request(OLENA, 'K01')).toEqual({ ok: false, code: 'no_visit' });
    const { sessionId, view } = startVisit();
    expect(await assistance.request(OLENA, 'K01')).toEqual({ ok: true, data: null });
    expect(named('assist:asked')).toEqual([{ sessionId }]);
    expect(presence.states()[0]!.assistance).toEqual({ staffLogin: OLENA.login, state: 'asked' });
    // Staff cannot answer, and the person's own moves are not shown, while only asked.
    if (view.screen !== 'question') throw new Error('not a question');
    expect(await assistance.answer(OLENA, 'K01', view.stepId, {})).toEqual({ ok: false, code: 'not_assisting' });
    events.emit('visit:moved', { sessionId, by: 'person' });
    expect(named('assist:view')).toEqual([]);

    expect((await assistance.consent(sessionId, true)).ok).toBe(true);
    expect(named('assist:active')).toEqual([{ sessionId }]);
    const [shown] = named('assist:view') as DomainEvents['assist:view'][];
    expect(shown!.staffSocketId).toBe(OLENA.socketId);
    expect(shown!.view.view).toMatchObject({ screen: 'question', stepId: view.stepId });
    expect(presence.states()[0]!.assistance).toEqual({ staffLogin: OLENA.login, state: 'active' });
  });

  it('a refusal ends it at once, and staff see nothing', async () => {
    const { sessionId } = startVisit();
    await assistance.request(OLENA, 'K01');
    await assistance.consent(sessionId, false);
    expect(named('assist:ended')).toEqual([{ kioskId: 'K01', sessionId, staffSocketId: OLENA.socketId, reason: 'declined' }]);
    expect(named('assist:view')).toEqual([]);
    expect(presence.states()[0]!.assistance).toBeNull();
  });

  it('staff answer for the person (the kiosk is sent the new screen) but never tick a consent for them', async () => {
    const { sessionId } = await helpAllowed();
    const known: Record<string, string> = {};
    for (let guard = 0; ; guard++) {
      const current = visits.currentView(sessionId)!.view;
      if (guard > 60) throw new Error(`no consent step reached: ${JSON.stringify(current).slice(0, 400)}`);
      if (current.screen === 'group') {
        if (!current.items.length) {
          visits.addItem(sessionId, current.stepId);
          visits.answer(sessionId, current.stepId, sampleValues(stepOf(current.stepId), known));
        }
        visits.answer(sessionId, current.stepId, {});
        continue;
      }
      if (current.screen !== 'question') throw new Error(`no consent step before ${current.screen}`);
      const values = sampleValues(stepOf(current.stepId), known);
      // Later steps check dates against earlier ones (a child born after the parent…).
      for (const [id, value] of Object.entries(values))
        if (typeof value === 'object') known[id] = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
      if (current.fields.some((field) => field.type === 'consent')) {
        expect(await assistance.answer(OLENA, 'K01', current.stepId, values)).toEqual({ ok: false, code: 'person_only' });
        return;
      }
      const moved = named('visit:moved').length;
      const answered = await assistance.answer(OLENA, 'K01', current.stepId, values);
      expect(answered.ok).toBe(true);
      if (!answered.ok) return;
      // One move, by staff, carrying the very screen the answer returned; and the helping screen sees it.
      expect(named('visit:moved').slice(moved)).toEqual([{ sessionId, by: 'staff', view: answered.data.view }]);
      expect((named('assist:view').at(-1) as DomainEvents['assist:view']).view).toEqual(answered.data);
    }
  });

  it('ends by the person, by staff, with the visit, and when the staff screen goes', async () => {
    const reasons = () => (named('assist:ended') as DomainEvents['assist:ended'][]).map((e) => e.reason);
    let { sessionId } = await helpAllowed();
    assistance.endByPerson(sessionId);
    expect(reasons()).toEqual(['ended-by-person']);

    expect(await assistance.endByStaff(OLENA, 'K01')).toEqual({ ok: false, code: 'not_assisting' });
    await assistance.request(OLENA, 'K01');
    await assistance.consent(sessionId, true);
    expect(await assistance.endByStaff({ login: 'someone.else', socketId: 'x' }, 'K01')).toEqual({ ok: false, code: 'not_assisting' });
    expect(await assistance.endByStaff(OLENA, 'K01')).toEqual({ ok: true, data: null });
    expect(reasons()).toEqual(['ended-by-person', 'ended-by-staff']);

    await assistance.request(OLENA, 'K01');
    await assistance.consent(sessionId, true);
    visits.end(sessionId);
    expect(reasons()).toEqual(['ended-by-person', 'ended-by-staff', 'visit-ended']);

    ({ sessionId } = await helpAllowed());
    assistance.staffLeft('another-console');
    expect(reasons()).toHaveLength(3);
    assistance.staffLeft(OLENA.socketId);
    expect(reasons()).toEqual(['ended-by-person', 'ended-by-staff', 'visit-ended', 'staff-left']);
    expect(presence.states()[0]!.assistance).toBeNull();
  });

  it('another member of staff is refused; the same one on a new screen takes over and the old screen is let go', async () => {
    await helpAllowed();
    expect(await assistance.request({ login: 'ivan.admin', socketId: 'console-2' }, 'K01')).toEqual({ ok: false, code: 'assist_busy' });
    expect(await assistance.request({ login: OLENA.login, socketId: 'console-3' }, 'K01')).toEqual({ ok: true, data: null });
    expect(named('assist:moved-screen')).toEqual([{ kioskId: 'K01', previousSocketId: OLENA.socketId }]);
    expect((named('assist:view').at(-1) as DomainEvents['assist:view']).staffSocketId).toBe('console-3');
  });
});

describe('help calls, by their events', () => {
  it('rings staff with where the person is, and only the first answer is told, to the visit that called', async () => {
    const { sessionId } = startVisit();
    const call = await helpDesk.call('K01', sessionId);
    expect(named('help:called')).toEqual([call]);
    expect(call).toMatchObject({ kioskId: 'K01', screen: 'question' });

    const answered = await helpDesk.answer(call.id, 'olena.staff');
    expect(answered).toMatchObject({ callId: call.id, kioskId: 'K01', staffLogin: 'olena.staff' });
    expect(await helpDesk.answer(call.id, 'ivan.admin')).toBe('already');
    expect(await helpDesk.answer(9999, 'ivan.admin')).toBeUndefined();
    expect(named('help:answered')).toEqual([{ answered, sessionId }]);
  });

  it('a call from the welcome screen is answered to the kiosk (no visit)', async () => {
    const call = await helpDesk.call('K01', undefined);
    await helpDesk.answer(call.id, 'olena.staff');
    expect((named('help:answered')[0] as DomainEvents['help:answered']).sessionId).toBeNull();
  });
});
