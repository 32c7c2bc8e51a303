// Dates and times in Kyiv, for the server, the printers, the kiosk and the staff console alike: the one place that knows
// the time zone. Formatters are made once: building an Intl formatter costs more than using it.

const ZONE = 'Europe/Kyiv';

const CALENDAR_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

function kyivParts(at: Date): Parts {
  const parts = Object.fromEntries(PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return parts as Parts;
}

const asDate = (at: Date | string) => (typeof at === 'string' ? new Date(at) : at);

/** The calendar date in Kyiv, YYYY-MM-DD: what "in the past" means for a date the person enters, the day of a visit. */
export function kyivToday(at: Date = new Date()): string {
  return CALENDAR_DAY.format(at);
}

/** The year in Kyiv, so a number issued on 31 December after 22:00 UTC still carries the right year. */
export function kyivYear(at: Date): number {
  return Number(kyivParts(at).year);
}

/** A date as people here write it, in Kyiv time: 22.11.2026. */
export function formatKyivDate(at: Date | string): string {
  const p = kyivParts(asDate(at));
  return `${p.day}.${p.month}.${p.year}`;
}

/** Date and time in Kyiv, as on Ukrainian documents: 22.11.2026 14:05. */
export function formatKyivDateTime(at: Date | string): string {
  const p = kyivParts(asDate(at));
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/** The time of day in Kyiv, to the second: 14:05:09. */
export function formatKyivTime(at: Date | string): string {
  const p = kyivParts(asDate(at));
  return `${p.hour}:${p.minute}:${p.second}`;
}

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
  const p = kyivParts(at);
  const local = Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`);
  return local - Math.floor(at.getTime() / 1000) * 1000;
}
