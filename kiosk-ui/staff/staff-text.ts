// The staff console's words, from the text catalogue: the console shows them in Ukrainian (the centre's staff work in
// it). Names for what the server sends, and how dates and times are shown.
import type { Localized } from '../../content/localized.ts';
import { formatKyivTime } from '../../content/kyiv-time.ts';
import { fill } from '../../content/text/fill.ts';
import { STAFF_TEXT } from '../../content/text/staff.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import { TEXT_SIZES } from '../settings/display.ts';

export const WORDS = STAFF_TEXT;

/** An entry as the console shows it, its {placeholders} filled in. */
export function say(entry: Localized, values?: Record<string, string | number>): string {
  return values ? fill(entry.uk, values) : entry.uk;
}

const shown = <K extends string>(entries: Record<K, Localized>): Record<K, string> =>
  Object.fromEntries(Object.entries<Localized>(entries).map(([key, entry]) => [key, entry.uk])) as Record<K, string>;

export const SCREEN_NAMES: Record<string, string> = shown(WORDS.names.screens);

export const PRINTER_NAMES: Record<PrinterStatus, string> = shown(WORDS.names.printer);

/** The text sizes as the kiosk's own display page names them. */
export const TEXT_SIZE_NAMES: Record<string, string> = Object.fromEntries(TEXT_SIZES.map((size) => [size.id, size.label.uk.toLowerCase()]));

export const FORWARDING_NAMES = shown(WORDS.names.forwarding);

export const AUDIT_ACTION_NAMES: Record<string, string> = shown(WORDS.names.auditActions);

/** Dates and times as the console shows them (in Kyiv). */
export { formatKyivDateTime as dateTime, formatKyivTime as time } from '../../content/kyiv-time.ts';

/** The hour and minute in Kyiv: 14:05. */
export const clockTime = (at: Date | string): string => formatKyivTime(at).slice(0, 5);
