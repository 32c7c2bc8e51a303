// The sliding-window limit: so many attempts a key per window, and an attempt forgotten when it did not happen after all.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../kiosk-server/rate-limit.ts';

describe('a rate limit', () => {
  it('allows `limit` attempts a key per window, each key on its own, and again once the window has passed', () => {
    const limiter = new RateLimiter(2, 1_000);
    expect([limiter.allow('a', 0), limiter.allow('a', 10), limiter.allow('a', 20)]).toEqual([true, true, false]);
    expect(limiter.allow('b', 20)).toBe(true);
    expect(limiter.allow('a', 1_001)).toBe(true);
  });

  it('forgets a key: what was allowed and then failed may be tried again at once', () => {
    const limiter = new RateLimiter(1, 1_000);
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('a', 1)).toBe(false);
    limiter.forget('a');
    expect(limiter.allow('a', 2)).toBe(true);
  });
});
