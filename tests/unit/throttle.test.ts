import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../kiosk-server/sockets/throttle.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttle', () => {
  it('leading: the first send goes on the next tick, later ones at most once per period, gathered', () => {
    const send = vi.fn();
    const kiosks = throttle(send, { everyMs: 200, leading: true });
    kiosks();
    kiosks();
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(send).toHaveBeenCalledTimes(1);
    // Three changes inside the period become one send, 200 ms after the first.
    vi.advanceTimersByTime(50);
    kiosks();
    kiosks();
    kiosks();
    vi.advanceTimersByTime(149);
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(2);
    // Long after: at once again.
    vi.advanceTimersByTime(1000);
    kiosks();
    vi.advanceTimersByTime(0);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('trailing: every burst waits the whole period, and sends once', () => {
    const send = vi.fn();
    const forwarding = throttle(send, { everyMs: 1000, leading: false });
    forwarding();
    vi.advanceTimersByTime(500);
    forwarding();
    vi.advanceTimersByTime(499);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(1);
    forwarding();
    vi.advanceTimersByTime(999);
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('cancel drops a waiting send', () => {
    const send = vi.fn();
    const throttled = throttle(send, { everyMs: 1000, leading: false });
    throttled();
    throttled.cancel();
    vi.advanceTimersByTime(5000);
    expect(send).not.toHaveBeenCalled();
  });
});
