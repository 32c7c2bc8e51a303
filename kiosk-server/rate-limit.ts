// A sliding-window limit: at most `limit` events per `windowMs` for each key. Used so that nobody can walk through
// application numbers at the kiosk to learn the status of other people's applications.
export class RateLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; false when the key has used up its window (the attempt is not counted then). */
  allow(key: string, now: number): boolean {
    const recent = (this.seen.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.seen.set(key, recent);
      return false;
    }
    recent.push(now);
    this.seen.set(key, recent);
    // Old keys (sockets long gone) are dropped as they come round, so the map does not grow without end.
    if (this.seen.size > 1000) for (const [k, times] of this.seen) if (times.every((at) => at <= now - this.windowMs)) this.seen.delete(k);
    return true;
  }

  /** Forgets a key's attempts: what was allowed did not happen after all (it failed), so it may be tried again. */
  forget(key: string): void {
    this.seen.delete(key);
  }
}
