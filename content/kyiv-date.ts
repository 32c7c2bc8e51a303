// The calendar date in Kyiv, for the server (what "in the past" means, the day of a visit) and the staff console alike.

/** The calendar date in Kyiv, YYYY-MM-DD. */
export function kyivToday(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
