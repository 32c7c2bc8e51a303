/** Time and ids come from here, so tests can make them exact. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
