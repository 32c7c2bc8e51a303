import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskState } from '../../protocol/staff-api.ts';
import type { ForwardingState, HelpCall } from '../../protocol/staff-events.ts';
import type { KioskView } from '../../protocol/views.ts';
import { DomainEventBus } from '../../kiosk-server/events/domain-events.ts';
import { startBroadcaster, type KioskRooms, type StaffConsoles } from '../../kiosk-server/sockets/broadcaster.ts';

/** A stand-in for socket.io: records every `emit` and `to(room).emit`. */
function recorder() {
  const sent: { to: string | null; event: string; payload: unknown }[] = [];
  const disconnected: string[] = [];
  const target = (to: string | null) => ({ emit: (event: string, payload: unknown) => void sent.push({ to, event, payload }) });
  const sockets = new Map(['a', 'b'].map((id) => [id, { data: { staff: { id: `login-${id}` } }, disconnect: () => void disconnected.push(id) }]));
  const rooms = { to: (room: string) => target(room) } as unknown as KioskRooms;
  const staff = { ...target(null), to: (room: string) => target(`staff:${room}`), sockets } as unknown as StaffConsoles;
  return { sent, disconnected, rooms, staff };
}

const FORWARDING: ForwardingState = { kioskId: 'K01', pending: 0, failing: 0, forwarded: 3, stuck: 0, staffError: null } as unknown as ForwardingState;

function start() {
  const events = new DomainEventBus();
  const io = recorder();
  const kioskStates = vi.fn((): KioskState[] => []);
  const forwardingState = vi.fn(async () => FORWARDING);
  const acceptanceState = vi.fn(async () => ({ waiting: 2, oldestSubmittedAt: '2026-12-02T08:00:00.000Z' }));
  const broadcaster = startBroadcaster({ events, kiosks: io.rooms, staff: io.staff, kioskId: 'K01', forwardingState, acceptanceState, kioskStates });
  return { events, ...io, kioskStates, forwardingState, acceptanceState, broadcaster };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the broadcaster', () => {
  it('sends visit news to the visit room, help news to staff and to the visit (or the kiosk)', () => {
    const { events, sent } = start();
    events.emit('receipt:outcome', { sessionId: 's1', applicationNumbers: ['K01-2026-000001'], state: 'printed' });
    events.emit('staff:message', { sessionId: 's1', text: 'Іду' });
    const call = { id: 7, kioskId: 'K01' } as HelpCall;
    events.emit('help:called', call);
    const answered = { callId: 7, kioskId: 'K01', staffLogin: 'olena', answeredAt: 'now' };
    events.emit('help:answered', { answered, sessionId: 's1' });
    events.emit('help:answered', { answered, sessionId: null });
    expect(sent).toEqual([
      { to: 'session:s1', event: 'receipt:status', payload: { applicationNumbers: ['K01-2026-000001'], state: 'printed' } },
      { to: 'session:s1', event: 'staff:message', payload: { sessionId: 's1', text: 'Іду' } },
      { to: null, event: 'help:called', payload: call },
      { to: null, event: 'help:answered', payload: answered },
      { to: 'session:s1', event: 'help:coming', payload: { sessionId: 's1' } },
      { to: null, event: 'help:answered', payload: answered },
      { to: 'kiosk:K01', event: 'help:coming', payload: { sessionId: null } },
    ]);
  });

  it('tells every console how many visits wait at the desk: a change at once, changes soon after it a second later, as one', async () => {
    const { events, sent, acceptanceState } = start();
    events.emit('acceptance:changed', {});
    events.emit('acceptance:changed', {});
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ to: null, event: 'acceptance:queue', payload: { waiting: 2, oldestSubmittedAt: '2026-12-02T08:00:00.000Z' } }]);
    await vi.advanceTimersByTimeAsync(100);
    events.emit('acceptance:changed', {});
    events.emit('acceptance:changed', {});
    await vi.advanceTimersByTimeAsync(800);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(acceptanceState).toHaveBeenCalledTimes(2);
    expect(sent).toHaveLength(2);
  });

  it('sends a staff answer to the kiosk screen, never the person’s own move', () => {
    const { events, sent } = start();
    const view = { screen: 'welcome' } as unknown as KioskView;
    events.emit('visit:moved', { sessionId: 's1', by: 'person' });
    events.emit('visit:moved', { sessionId: 's1', by: 'staff', view });
    expect(sent).toEqual([{ to: 'session:s1', event: 'visit:view', payload: { sessionId: 's1', view } }]);
  });

  it('sends assistance to the kiosk and to the one staff screen helping', () => {
    const { events, sent } = start();
    events.emit('assist:asked', { sessionId: 's1' });
    events.emit('assist:active', { sessionId: 's1' });
    const view = { kioskId: 'K01' } as never;
    events.emit('assist:view', { staffSocketId: 'a', view });
    events.emit('assist:moved-screen', { kioskId: 'K01', previousSocketId: 'a' });
    events.emit('assist:ended', { kioskId: 'K01', sessionId: 's1', staffSocketId: 'b', reason: 'ended-by-person' });
    expect(sent).toEqual([
      { to: 'session:s1', event: 'assist:asked', payload: { sessionId: 's1' } },
      { to: 'session:s1', event: 'assist:state', payload: { sessionId: 's1', active: true } },
      { to: 'staff:a', event: 'assist:view', payload: view },
      { to: 'staff:a', event: 'assist:ended', payload: { kioskId: 'K01', reason: 'staff-left' } },
      { to: 'staff:b', event: 'assist:ended', payload: { kioskId: 'K01', reason: 'ended-by-person' } },
      { to: 'session:s1', event: 'assist:state', payload: { sessionId: 's1', active: false } },
    ]);
  });

  it('tells staff of the printer, failed receipts and stuck applications, naming the kiosk', () => {
    const { events, sent } = start();
    events.emit('printer:status', { status: 'paper-out', pendingJobs: 2 });
    events.emit('receipt:print-failed', { applicationNumbers: ['K01-2026-000001'], printerStatus: 'paper-out' });
    events.emit('forwarding:stuck', { applications: [] });
    expect(sent).toEqual([
      { to: null, event: 'printer:status', payload: { kioskId: 'K01', status: 'paper-out', pendingJobs: 2 } },
      { to: null, event: 'print:failed', payload: { kioskId: 'K01', applicationNumbers: ['K01-2026-000001'], printerStatus: 'paper-out' } },
      { to: null, event: 'forwarding:alert', payload: { kioskId: 'K01', applications: [] } },
    ]);
  });

  it('logs out only the consoles of the login that ended', () => {
    const { events, disconnected } = start();
    events.emit('staff:logged-out', { loginId: 'login-b' });
    expect(disconnected).toEqual(['b']);
  });

  it('kiosks state: the first change on the next tick, then at most one per 200 ms', () => {
    const { events, sent, kioskStates } = start();
    events.emit('kiosks:changed', {});
    events.emit('kiosks:changed', {});
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(sent.map((s) => s.event)).toEqual(['kiosks:state']);
    for (let i = 0; i < 10; i++) events.emit('kiosks:changed', {});
    vi.advanceTimersByTime(199);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(2);
    expect(kioskStates).toHaveBeenCalledTimes(2);
  });

  it('forwarding status: a burst of queue changes is one status, a second later; stop drops what waits', async () => {
    const { events, sent, forwardingState, broadcaster } = start();
    for (let i = 0; i < 100; i++) events.emit('forwarding:changed', {});
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ to: null, event: 'forwarding:status', payload: FORWARDING }]);
    expect(forwardingState).toHaveBeenCalledTimes(1);
    events.emit('forwarding:changed', {});
    broadcaster.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
  });
});
