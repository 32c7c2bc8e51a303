/** Time and ids come from here, so tests can make them exact. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The calendar date in Kyiv, YYYY-MM-DD: what "in the past" means for a date the person enters. */
export { kyivToday } from '../content/kyiv-date.ts';

/** The instants a Kyiv calendar day starts and ends (ISO, UTC), daylight saving included: for "today's applications". */
export function kyivDayBounds(day: string): { start: string; end: string } {
  const startOf = (d: string) => {
    const utcMidnight = Date.parse(`${d}T00:00:00Z`);
    // Kyiv is UTC+2 or +3; the first guess's offset is corrected once (the change is at 03:00/04:00, never at midnight).
    let guess = utcMidnight - 2 * 3600_000;
    guess = utcMidnight - kyivOffsetMs(new Date(guess));
    return new Date(guess).toISOString();
  };
  const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { start: startOf(day), end: startOf(next) };
}

function kyivOffsetMs(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Kyiv',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.parse(`${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}Z`);
  return local - Math.floor(at.getTime() / 1000) * 1000;
}
