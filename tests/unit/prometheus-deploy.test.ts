// deploy/prometheus: the region's scrape config and alerts. promtool (Debian's `prometheus` package) checks both and runs
// the alerts' own unit tests when it is installed; without it, the alerts are at least checked to name real metrics.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DomainEventBus } from '../../kiosk-server/events/domain-events.ts';
import { createKioskMetrics } from '../../kiosk-server/metrics/metrics.ts';
import { parsePrometheusText } from '../support/prometheus-text.ts';

const DIR = fileURLToPath(new URL('../../deploy/prometheus/', import.meta.url));
const PROMTOOL = '/usr/bin/promtool';

const promtool = (...args: string[]) => {
  const run = spawnSync(PROMTOOL, args, { cwd: DIR, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

describe('deploy/prometheus', () => {
  it('alerts only on metrics the kiosk server exports (with backups and HTTPS on)', async () => {
    const metrics = createKioskMetrics({
      events: new DomainEventBus(),
      serviceIds: [],
      policy: 'desk',
      now: () => new Date(),
      forwardingState: async () => ({ kioskId: 'K01', pending: 0, forwarded: 0, failing: 0, oldestPendingSince: null, staffError: null }),
      printerStatus: () => undefined,
      helpCallsWaiting: async () => 0,
      activeVisits: () => 0,
      kioskScreens: () => [],
      backupStatus: () => ({ state: 'ok', lastSuccessAt: new Date() }),
      tlsCertificateExpiresAt: new Date(),
    });
    const exported = new Set(parsePrometheusText(await metrics.scrape()).keys());
    const named = [...readFileSync(`${DIR}vikno-alerts.yml`, 'utf8').matchAll(/\b((?:vikno|process)_[a-z_]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(8);
    for (const name of named) expect(exported, name).toContain(name);
  });

  it.skipIf(!existsSync(PROMTOOL))('passes promtool: the config, the rules, and the rules’ unit tests', () => {
    const config = promtool('check', 'config', 'vikno-scrape.yml');
    expect(config.status, config.output).toBe(0);
    const rules = promtool('check', 'rules', 'vikno-alerts.yml');
    expect(rules.status, rules.output).toBe(0);
    const tests = promtool('test', 'rules', 'vikno-alerts.test.yml');
    expect(tests.status, tests.output).toBe(0);
  });
});
