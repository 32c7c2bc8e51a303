import { describe, expect, it, vi } from 'vitest';
import { VisitSession } from '../../kiosk-ui/app/visit-session.ts';
import { freshVisit, SESSION_KEY } from '../../kiosk-ui/app/visit-state.ts';
import type { KioskView } from '../../protocol/views.ts';
import { fakeConnection, fakeHost, fakeStorage } from './fake-host.ts';

const servicesView = { screen: 'services' } as unknown as KioskView;

function setUp(answers: Record<string, unknown> = {}) {
  const host = fakeHost();
  const connection = fakeConnection(answers);
  const storage = fakeStorage();
  const deps = {
    forgotten: vi.fn(),
    reportSettings: vi.fn(),
    hello: vi.fn(),
    sayAfter: vi.fn(),
    speak: vi.fn(),
    activity: vi.fn(),
    connectionChanged: vi.fn(),
  };
  const session = new VisitSession(host, { connection: connection as never, storage, ...deps });
  session.hostConnected();
  return { host, connection, storage, deps, session };
}

describe('the visit session', () => {
  it('registers itself with the host', () => {
    const { host, session } = setUp();
    expect(host.controllers).toContain(session);
  });

  it('tells when the server goes away and when it is back, not of the first connection', () => {
    const { connection, deps, session } = setUp();
    connection.fire('connect');
    expect(deps.connectionChanged).not.toHaveBeenCalled();
    connection.fire('disconnect');
    expect(session.connected).toBe(false);
    expect(deps.connectionChanged).toHaveBeenLastCalledWith(false);
    connection.fire('connect');
    expect(session.connected).toBe(true);
    expect(deps.connectionChanged).toHaveBeenLastCalledWith(true);
    expect(deps.connectionChanged).toHaveBeenCalledTimes(2);
  });

  it('starts a visit: the session id kept for a reload, the language and the first screen shown', async () => {
    const { host, storage, session } = setUp({ 'visit:start': { ok: true, data: { sessionId: 's-1', view: servicesView } } });
    await session.start('en');
    expect(storage.getItem(SESSION_KEY)).toBe('s-1');
    expect(host.visit).toMatchObject({ sessionId: 's-1', language: 'en', view: servicesView, busy: false, focusRequest: 'heading' });
  });

  it('ending replaces the visit whole, forgets storage and tells the server', async () => {
    const { host, storage, connection, deps, session } = setUp();
    storage.setItem(SESSION_KEY, 's-1');
    storage.setItem('vikno.settings', '{"voiceMode":true}');
    host.patch({ sessionId: 's-1', language: 'en', staffMessage: 'hi', helpItem: 'x', settings: { ...host.visit.settings, volume: 9 } });
    const before = host.visit;
    await session.end('timeout');
    expect(host.visit).toEqual(freshVisit({ timedOut: true }));
    expect(host.visit).not.toBe(before);
    expect(storage.length).toBe(0);
    expect(deps.forgotten).toHaveBeenCalledWith(before.settings);
    expect(connection.sent('visit:end')).toEqual([{ sessionId: 's-1', reason: 'timeout' }]);
  });

  it('a second tap while the first is on its way sends nothing', () => {
    const { host, connection, session } = setUp();
    host.patch({ sessionId: 's-1', busy: true });
    session.send('step:back', {});
    expect(connection.sent('step:back')).toEqual([]);
  });

  it('a visit the server no longer has: a clean slate with the notice', async () => {
    const { host, session } = setUp({ 'step:back': { ok: false, error: { code: 'session_not_found', message: { uk: '', en: '' } } } });
    host.patch({ sessionId: 's-1', language: 'en', view: servicesView });
    session.send('step:back', {});
    await vi.waitFor(() => expect(host.visit.busy).toBe(false));
    expect(host.visit.view).toBeUndefined();
    expect(host.visit.sessionId).toBeUndefined();
    expect(host.visit.notice).not.toBe('');
  });

  it('an application the disk did not take: the notice is shown and said, with the call-staff button, the screen kept', async () => {
    const message = { uk: 'Заяву не вдалося зберегти', en: 'Your application could not be saved' };
    const { host, deps, session } = setUp({ 'application:submit': { ok: false, error: { code: 'not_saved', message } } });
    const check = { screen: 'check-answers' } as unknown as KioskView;
    host.patch({ sessionId: 's-1', language: 'en', view: check });
    session.send('application:submit', {});
    await vi.waitFor(() => expect(host.visit.busy).toBe(false));
    expect(host.visit).toMatchObject({ view: check, sessionId: 's-1', notice: message.en, noticeCallsStaff: true });
    expect(deps.speak).toHaveBeenCalledWith(message.en);
    // The next screen takes the notice and its button away.
    session.show(servicesView);
    expect(host.visit).toMatchObject({ notice: '', noticeCallsStaff: false });
  });

  it('a receipt printed on the confirmation is shown and said', () => {
    const { host, connection, deps } = setUp();
    const view = { screen: 'confirmation', applications: [{ applicationNumber: 'K01-1' }], receipt: 'printing' } as unknown as KioskView;
    host.patch({ view });
    connection.fire('receipt:status', { applicationNumbers: ['K01-1'], state: 'printed' });
    expect(host.visit.view).toMatchObject({ receipt: 'printed' });
    expect(deps.sayAfter).toHaveBeenCalledOnce();
  });

  it("connection state is the kiosk's, not the visit's", () => {
    const { host, connection, session } = setUp();
    connection.fire('disconnect');
    expect(session.connected).toBe(false);
    expect(host.updates).toBeGreaterThan(0);
  });
});
