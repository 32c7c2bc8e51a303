import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InactivityController } from '../../kiosk-ui/app/inactivity-controller.ts';
import type { KioskView } from '../../protocol/views.ts';
import { fakeHost } from './fake-host.ts';

const timing = { idleSeconds: 3, warningSeconds: 4, confirmationSeconds: 2 };

function setUp() {
  const host = fakeHost();
  const deps = { endVisit: vi.fn(), forgetVisit: vi.fn(), speak: vi.fn(), doc: new EventTarget() as unknown as Document };
  const inactivity = new InactivityController(host, deps);
  inactivity.setTiming(timing as never);
  return { host, deps, inactivity };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('inactivity', () => {
  it('nobody at the kiosk: no timer', () => {
    const { host, deps, inactivity } = setUp();
    inactivity.rearm();
    vi.advanceTimersByTime(60_000);
    expect(host.visit.timeout.kind).toBe('quiet');
    expect(deps.endVisit).not.toHaveBeenCalled();
  });

  it('in a visit: the warning is shown and said, then the visit ends as timed out', () => {
    const { host, deps, inactivity } = setUp();
    host.patch({ view: { screen: 'question' } as unknown as KioskView });
    inactivity.rearm();
    vi.advanceTimersByTime(3_000);
    expect(host.visit.timeout).toMatchObject({ kind: 'warning', secondsLeft: 4 });
    expect(host.visit.timeoutAnnouncement).toContain('4');
    expect(deps.speak).toHaveBeenCalled();
    vi.advanceTimersByTime(4_000);
    expect(deps.endVisit).toHaveBeenCalledWith('timeout');
    expect(host.visit.timeoutAnnouncement).toBe('');
  });

  it('"more time" clears the announcement and starts again', () => {
    const { host, deps, inactivity } = setUp();
    host.patch({ view: { screen: 'question' } as unknown as KioskView });
    inactivity.rearm();
    vi.advanceTimersByTime(3_000);
    inactivity.extend();
    expect(host.visit).toMatchObject({ timeout: { kind: 'quiet' }, timeoutAnnouncement: '' });
    vi.advanceTimersByTime(5_000);
    expect(deps.endVisit).not.toHaveBeenCalled();
  });

  it('settings left on the welcome screen: back to a fresh start without a visit to end', () => {
    const { host, deps, inactivity } = setUp();
    host.patch({ settings: { ...host.visit.settings, textSize: '3' } });
    inactivity.rearm();
    vi.advanceTimersByTime(7_000);
    expect(deps.forgetVisit).toHaveBeenCalledOnce();
    expect(deps.endVisit).not.toHaveBeenCalled();
  });
});
