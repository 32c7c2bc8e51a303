// The bench's parts that can also run alone (`BENCH_ONLY=cold-load npm run bench`): each gives its rows of the table.
import { loadCatalogue, type Catalogue } from '../content/catalogue.ts';
import { measureColdLoad } from './cold-load.ts';
import { LOAD_KIOSKS, measureLoad } from './load.ts';
import { measureSoak } from './soak.ts';

export type Row = [string, string, string, string];

/** Loads of each page: the median of 20 still moved by a tenth between runs of one build here. */
const COLD_LOADS = 40;
const SOAK_VISITS = 10_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figureRow(label: string, samples: number[]): Row {
  const sorted = [...samples].sort((a, b) => a - b);
  return [label, `${percentile(sorted, 50).toFixed(2)} ms`, `${percentile(sorted, 95).toFixed(2)} ms`, String(samples.length)];
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export async function coldLoadRows(): Promise<Row[]> {
  const cold = await measureColdLoad(COLD_LOADS);
  const median = (samples: number[]) =>
    percentile(
      [...samples].sort((a, b) => a - b),
      50,
    );
  return [
    figureRow('cold load: blank page, navigation → first paint (fresh context)', cold.blank),
    figureRow('cold load: kiosk page, navigation → welcome screen painted', cold.kiosk),
    ['  … kiosk / blank (medians; issue 18 asks ≤ 1.5)', `${(median(cold.kiosk) / median(cold.blank)).toFixed(2)}×`, '', '-'],
    figureRow('cold load: kiosk page, navigation → the app took the welcome over', cold.tookOver),
  ];
}

export async function loadRows(catalogue: Catalogue): Promise<Row[]> {
  const load = await measureLoad(catalogue);
  return [
    [
      `${LOAD_KIOSKS} kiosks at once: applications submitted in ${load.seconds.toFixed(0)} s (walker errors)`,
      String(load.applications),
      String(load.walkerErrors),
      '-',
    ],
    figureRow(`  … step round trip under load (${LOAD_KIOSKS - 1} socket kiosks)`, load.roundTrips),
    figureRow('  … tap → next question painted, in Chromium meanwhile', load.taps),
    ['  … server process CPU (share of one core) / RSS at the end', `${(load.cpuShare * 100).toFixed(0)} %`, mib(load.rssAfter), '-'],
  ];
}

/** A leak shows as a live heap that climbs from one full collection to the next; RSS alone also grows with V8's room. */
function liveHeapRow(liveHeapMiB: number[]): Row {
  const label = '  … live heap after a full GC: first / last of the soak (highest)';
  if (!liveHeapMiB.length) return [label, 'no full GC', '', '0'];
  const [first, last] = [liveHeapMiB[0]!, liveHeapMiB.at(-1)!];
  return [label, `${first.toFixed(1)} MiB`, `${last.toFixed(1)} MiB (${Math.max(...liveHeapMiB).toFixed(1)})`, String(liveHeapMiB.length)];
}

export async function soakRows(catalogue: Catalogue, visits = SOAK_VISITS): Promise<Row[]> {
  const soak = await measureSoak(catalogue, visits);
  return [
    [
      `soak: ${soak.visits} visits in a row (${soak.submitted} submitted), time / per visit`,
      `${soak.seconds.toFixed(0)} s`,
      `${((soak.seconds * 1000) / soak.visits).toFixed(1)} ms`,
      String(soak.visits),
    ],
    ['  … server RSS before / after (growth)', mib(soak.rssBefore), `${mib(soak.rssAfter)} (${mib(soak.rssAfter - soak.rssBefore)})`, '-'],
    liveHeapRow(soak.liveHeapMiB),
  ];
}

export function printTable(rows: Row[]): void {
  const header: Row = ['measure', 'median (or raw)', 'p95 (or gzip)', 'n'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const PARTS: Record<string, (catalogue: Catalogue) => Promise<Row[]>> = {
  'cold-load': () => coldLoadRows(),
  load: loadRows,
  soak: (catalogue) => soakRows(catalogue, Number(process.env['SOAK_VISITS'] ?? SOAK_VISITS)),
};

/** Runs the named parts (comma-separated) alone, prints their table and exits. */
export async function runOnly(names: string): Promise<never> {
  const catalogue = await loadCatalogue();
  const rows: Row[] = [];
  for (const name of names.split(',')) {
    const part = PARTS[name];
    if (!part) throw new Error(`BENCH_ONLY: no part ${name} (there are ${Object.keys(PARTS).join(', ')})`);
    rows.push(...(await part(catalogue)));
  }
  printTable(rows);
  process.exit(0);
}
