/** Time and ids come from here, so tests can make them exact. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The calendar date in Kyiv, YYYY-MM-DD: what "in the past" means for a date the person enters. */
export function kyivToday(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
