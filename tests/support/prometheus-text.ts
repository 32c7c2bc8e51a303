// Reads the Prometheus text format (0.0.4) strictly, as a scraper would: every line a HELP, a TYPE or a sample of a
// metric declared above it, label values quoted and escaped, values numbers. Throws on the first line that is not.

export interface PrometheusFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  samples: { name: string; labels: Record<string, string>; value: number }[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const HELP_LINE = new RegExp(`^# HELP (${NAME}) (.*)$`);
const TYPE_LINE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SAMPLE_LINE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?$`);
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\["\\n])*)"(,|$)/;
const SUFFIXES: Record<PrometheusFamily['type'], string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

function parseValue(text: string, line: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  // Go's ParseFloat, as Prometheus reads it, takes NaN in any case (prom-client writes `Nan`).
  if (/^nan$/i.test(text)) return Number.NaN;
  const value = Number(text);
  if (!/^-?[0-9.]+(e[-+]?\d+)?$/i.test(text) || Number.isNaN(value)) throw new Error(`not a number in: ${line}`);
  return value;
}

function parseLabels(text: string | undefined, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text ?? '';
  while (rest) {
    const match = LABEL.exec(rest);
    if (!match) throw new Error(`bad labels in: ${line}`);
    labels[match[1]!] = match[2]!.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
    rest = rest.slice(match[0].length);
  }
  return labels;
}

export function parsePrometheusText(text: string): Map<string, PrometheusFamily> {
  const families = new Map<string, PrometheusFamily>();
  const family = (name: string) => {
    let found = families.get(name);
    if (!found) families.set(name, (found = { name, help: '', type: 'untyped', samples: [] }));
    return found;
  };
  for (const line of text.split('\n')) {
    if (!line) continue;
    const help = HELP_LINE.exec(line);
    const type = TYPE_LINE.exec(line);
    if (help) family(help[1]!).help = help[2]!;
    else if (type) family(type[1]!).type = type[2] as PrometheusFamily['type'];
    else if (line.startsWith('#')) continue;
    else {
      const sample = SAMPLE_LINE.exec(line);
      if (!sample) throw new Error(`not a sample line: ${line}`);
      const [, name, labels, value] = sample as unknown as [string, string, string | undefined, string];
      const owner = [...families.values()].find((f) => SUFFIXES[f.type].some((suffix) => `${f.name}${suffix}` === name));
      if (!owner) throw new Error(`a sample of no declared metric: ${line}`);
      owner.samples.push({ name, labels: parseLabels(labels, line), value: parseValue(value, line) });
    }
  }
  return families;
}

/** The value of one sample (labels matched exactly, in any order); undefined when there is none. */
export function sampleValue(families: Map<string, PrometheusFamily>, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const family of families.values()) {
    for (const sample of family.samples) {
      if (sample.name !== name) continue;
      const keys = Object.keys(sample.labels);
      if (keys.length === Object.keys(labels).length && keys.every((key) => sample.labels[key] === labels[key])) return sample.value;
    }
  }
  return undefined;
}
