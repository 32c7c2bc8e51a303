// Gathers calls that come faster than a screen needs them into one send, a little later.

export interface ThrottleOptions {
  /** Two sends are at least this far apart. */
  everyMs: number;
  /** The first send of a burst goes at once (on the next tick); without it, every burst waits `everyMs` first. */
  leading: boolean;
}

export interface Throttled {
  /** Asks for a send; one already waiting covers this one. */
  (): void;
  /** Drops a waiting send (at shutdown). */
  cancel(): void;
}

export function throttle(send: () => void, { everyMs, leading }: ThrottleOptions): Throttled {
  let timer: NodeJS.Timeout | undefined;
  let lastSent = -Infinity;
  const throttled = () => {
    if (timer) return;
    // At the soonest on the next tick: the change that asked is complete by then.
    const wait = leading ? Math.max(0, lastSent + everyMs - Date.now()) : everyMs;
    timer = setTimeout(() => {
      timer = undefined;
      lastSent = Date.now();
      send();
    }, wait);
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
