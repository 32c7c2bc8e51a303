// Anonymous statistics of the centre's visits: one row per visit with its day, how long it took (to 10 s), whether it
// ended in an application and where it stopped if not, the services, and whether the voice guide or large text were
// used. No answers, no application numbers, no kiosk, no time of day, and rows under a random key (kept in no order):
// a row cannot be matched with an application.
import { randomBytes } from 'node:crypto';
import type { Catalogue } from '../../content/catalogue.ts';
import { composeFlow } from '../../content/flow.ts';
import type { Language, Localized } from '../../content/localized.ts';
import { kyivDayBounds } from '../../content/kyiv-time.ts';
import { STAFF_TEXT } from '../../content/text/staff.ts';
import type { CentreStats } from '../../protocol/staff-api.ts';
import { stepHeading } from '../session/views.ts';
import type { Database, Sql } from '../store/database.ts';

export interface VisitRecord {
  /** The visit's day in Kyiv (YYYY-MM-DD). */
  day: string;
  durationMs: number;
  outcome: 'submitted' | 'left';
  /** Where a visit that did not end in an application stopped: a step id, or a screen (services, check-answers, …). */
  lastStep: string | null;
  services: string[];
  language: Language;
  voiceMode: boolean;
  largeText: boolean;
}

/** Durations are kept to this many seconds: enough for a median, too coarse to tie a row to a receipt's time. */
const DURATION_GRAIN_S = 10;

export async function recordVisit(db: Sql, visit: VisitRecord): Promise<void> {
  await db.run(
    `INSERT INTO visit_stats (id, day, duration_s, outcome, last_step, services, language, voice_mode, large_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomBytes(12).toString('base64url'),
      visit.day,
      Math.round(visit.durationMs / 1000 / DURATION_GRAIN_S) * DURATION_GRAIN_S,
      visit.outcome,
      visit.lastStep,
      JSON.stringify(visit.services),
      visit.language,
      visit.voiceMode ? 1 : 0,
      visit.largeText ? 1 : 0,
    ],
  );
}

const SCREEN_TITLES: Record<string, Localized> = STAFF_TEXT.stats.screens;

const titlesByCatalogue = new WeakMap<Catalogue, Map<string, Localized>>();

/** The heading of every step in the catalogue, for naming where people stop (worked out once per catalogue). */
function stepTitles(catalogue: Catalogue): Map<string, Localized> {
  const known = titlesByCatalogue.get(catalogue);
  if (known) return known;
  const titles = new Map<string, Localized>(Object.entries(SCREEN_TITLES));
  titlesByCatalogue.set(catalogue, titles);
  for (const service of catalogue.services) {
    for (const { step } of composeFlow(catalogue, [service.id]).steps.values()) if (!titles.has(step.id)) titles.set(step.id, stepHeading(step));
  }
  return titles;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface StatsRow {
  day: string;
  duration_s: number;
  outcome: VisitRecord['outcome'];
  last_step: string | null;
  services: string;
  voice_mode: number;
  large_text: number;
}

/** The statistics of the days from `from` to `to` (inclusive, YYYY-MM-DD in Kyiv). */
export async function centreStats(db: Database, catalogue: Catalogue, from: string, to: string): Promise<CentreStats> {
  const rows = await db.all<StatsRow>(
    'SELECT day, duration_s, outcome, last_step, services, voice_mode, large_text FROM visit_stats WHERE day BETWEEN ? AND ? ORDER BY day',
    [from, to],
  );
  const titles = stepTitles(catalogue);
  const serviceTitle = (id: string): Localized => catalogue.get(id)?.title ?? { uk: id, en: id };
  const acceptance = await acceptanceByService(db, from, to);
  const perService = new Map<string, number[]>();
  const leftAt = new Map<string, number>();
  const days = new Map<string, { visits: number; submitted: number }>();
  let submitted = 0;
  for (const row of rows) {
    const day = days.get(row.day) ?? { visits: 0, submitted: 0 };
    day.visits++;
    days.set(row.day, day);
    if (row.outcome === 'submitted') {
      submitted++;
      day.submitted++;
      for (const id of JSON.parse(row.services) as string[]) {
        const durations = perService.get(id);
        if (durations) durations.push(row.duration_s);
        else perService.set(id, [row.duration_s]);
      }
    } else {
      const step = row.last_step ?? 'services';
      leftAt.set(step, (leftAt.get(step) ?? 0) + 1);
    }
  }
  return {
    from,
    to,
    visits: rows.length,
    submittedVisits: submitted,
    completionRate: rows.length ? submitted / rows.length : 0,
    voiceModeVisits: rows.filter((r) => r.voice_mode).length,
    largeTextVisits: rows.filter((r) => r.large_text).length,
    services: [...perService]
      .map(([serviceId, durations]) => ({
        serviceId,
        title: serviceTitle(serviceId),
        applications: durations.length,
        medianSeconds: Math.round(median(durations)),
      }))
      .sort((a, b) => b.applications - a.applications),
    acceptance: acceptance.map((row) => ({ ...row, title: serviceTitle(row.serviceId) })),
    leftAt: [...leftAt].map(([step, visits]) => ({ step, title: titles.get(step) ?? { uk: step, en: step }, visits })).sort((a, b) => b.visits - a.visits),
    days: [...days].map(([day, counts]) => ({ day, ...counts })),
  };
}

/** Applications submitted in the period by service, and what became of them at the desk (counts only). */
async function acceptanceByService(db: Database, from: string, to: string): Promise<Omit<CentreStats['acceptance'][number], 'title'>[]> {
  const rows = await db.all<{ service_id: string; acceptance: string; n: number }>(
    `SELECT service_id, acceptance, COUNT(*) AS n FROM applications WHERE submitted_at >= ? AND submitted_at < ? GROUP BY service_id, acceptance`,
    [kyivDayBounds(from).start, kyivDayBounds(to).end],
  );
  const byService = new Map<string, Omit<CentreStats['acceptance'][number], 'title'>>();
  for (const row of rows) {
    const counts = byService.get(row.service_id) ?? { serviceId: row.service_id, submitted: 0, waiting: 0, accepted: 0, refused: 0, expired: 0 };
    counts.submitted += row.n;
    // `kiosk`: forwarded on submit, so accepted as far as the figures go.
    const key = row.acceptance === 'kiosk' ? 'accepted' : (row.acceptance as 'waiting' | 'accepted' | 'refused' | 'expired');
    counts[key] += row.n;
    byService.set(row.service_id, counts);
  }
  return [...byService.values()].sort((a, b) => b.submitted - a.submitted);
}

const csvCell = (value: string | number): string =>
  typeof value === 'number' ? String(value) : /[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The statistics as CSV: one table with a `section` column, so it opens in any spreadsheet. */
export function statsCsv(stats: CentreStats, lang: Language): string {
  const rows: (string | number)[][] = [['section', 'key', 'name', 'value', 'median_seconds']];
  rows.push(['period', 'from', '', stats.from, ''], ['period', 'to', '', stats.to, '']);
  rows.push(['totals', 'visits', '', stats.visits, ''], ['totals', 'submitted_visits', '', stats.submittedVisits, '']);
  rows.push(['totals', 'completion_rate', '', Number(stats.completionRate.toFixed(4)), '']);
  rows.push(['totals', 'voice_mode_visits', '', stats.voiceModeVisits, ''], ['totals', 'large_text_visits', '', stats.largeTextVisits, '']);
  for (const s of stats.services) rows.push(['applications_per_service', s.serviceId, s.title[lang], s.applications, s.medianSeconds]);
  for (const a of stats.acceptance) {
    for (const outcome of ['submitted', 'waiting', 'accepted', 'refused', 'expired'] as const)
      rows.push([`desk_${outcome}_per_service`, a.serviceId, a.title[lang], a[outcome], '']);
  }
  for (const l of stats.leftAt) rows.push(['left_at_step', l.step, l.title[lang], l.visits, '']);
  for (const d of stats.days) rows.push(['visits_per_day', d.day, '', d.visits, ''], ['submitted_per_day', d.day, '', d.submitted, '']);
  // A byte-order mark, so spreadsheet programs read the Cyrillic names as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
