// The metrics module on its own, with stand-in readings: backups, the printer, one registry per server, and who may
// read /metrics (METRICS_ALLOW).
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../kiosk-server/config.ts';
import { DomainEventBus } from '../../kiosk-server/events/domain-events.ts';
import { metricsAccess } from '../../kiosk-server/metrics/allow-list.ts';
import { createKioskMetrics } from '../../kiosk-server/metrics/metrics.ts';
import type { BackupStatusReading, StateReadings } from '../../kiosk-server/metrics/state-gauges.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text.ts';

const NOW = new Date('2026-03-02T10:00:00Z');

function readings(overrides: Partial<StateReadings> = {}): StateReadings {
  return {
    now: () => NOW,
    forwardingState: async () => ({ kioskId: 'K01', pending: 0, forwarded: 0, failing: 0, oldestPendingSince: null, staffError: null }),
    printerStatus: () => 'ready',
    helpCallsWaiting: async () => 0,
    activeVisits: () => 0,
    kioskScreens: () => [{ kioskId: 'K01', online: false }],
    ...overrides,
  };
}

const metricsWith = (overrides: Partial<StateReadings> = {}) =>
  createKioskMetrics({ events: new DomainEventBus(), serviceIds: ['one-time-aid'], policy: 'desk', ...readings(overrides) });

describe('backup metrics', () => {
  it('are absent when the server makes no backups', async () => {
    const text = await metricsWith().scrape();
    expect(text).not.toContain('vikno_backup');
  });

  it('give the age of the last backup that succeeded, and whether the last one failed', async () => {
    let status: BackupStatusReading = { state: 'ok', lastSuccessAt: new Date(NOW.getTime() - 120_000) };
    const metrics = metricsWith({ backupStatus: () => status });
    let families = parsePrometheusText(await metrics.scrape());
    expect(families.get('vikno_backup_age_seconds')?.type).toBe('gauge');
    expect(sampleValue(families, 'vikno_backup_age_seconds')).toBe(120);
    expect(sampleValue(families, 'vikno_backup_failing')).toBe(0);

    status = { state: 'failing', lastSuccessAt: new Date(NOW.getTime() - 3_600_000), lastError: 'ENOSPC: no space left on device' };
    families = parsePrometheusText(await metrics.scrape());
    expect(sampleValue(families, 'vikno_backup_age_seconds')).toBe(3600);
    expect(sampleValue(families, 'vikno_backup_failing')).toBe(1);
  });

  it('count from the start until the first backup succeeds, and say NaN when backups are off', async () => {
    let now = NOW;
    let status: BackupStatusReading = { state: 'failing', lastError: 'the folder is not there' };
    const metrics = metricsWith({ now: () => now, backupStatus: () => status });
    now = new Date(NOW.getTime() + 45_000);
    expect(sampleValue(parsePrometheusText(await metrics.scrape()), 'vikno_backup_age_seconds')).toBe(45);
    status = { state: 'off' };
    const families = parsePrometheusText(await metrics.scrape());
    expect(sampleValue(families, 'vikno_backup_age_seconds')).toBeNaN();
    expect(sampleValue(families, 'vikno_backup_failing')).toBe(0);
  });
});

describe('the HTTPS certificate', () => {
  it('gives when it expires, in Unix seconds, only when the server serves HTTPS', async () => {
    expect(await metricsWith().scrape()).not.toContain('vikno_tls');
    const expiresAt = new Date('2027-01-15T12:00:00Z');
    const families = parsePrometheusText(await metricsWith({ tlsCertificateExpiresAt: expiresAt }).scrape());
    expect(families.get('vikno_tls_certificate_expiry_timestamp_seconds')?.type).toBe('gauge');
    expect(sampleValue(families, 'vikno_tls_certificate_expiry_timestamp_seconds')).toBe(expiresAt.getTime() / 1000);
  });
});

describe('metrics of one server', () => {
  it('mark the printer state with 1, unknown before the first reading', async () => {
    let printer: PrinterStatus | undefined = undefined;
    const metrics = metricsWith({ printerStatus: () => printer });
    let families = parsePrometheusText(await metrics.scrape());
    expect(sampleValue(families, 'vikno_printer_status', { status: 'unknown' })).toBe(1);
    expect(sampleValue(families, 'vikno_printer_status', { status: 'ready' })).toBe(0);
    printer = 'paper-out';
    families = parsePrometheusText(await metrics.scrape());
    expect(sampleValue(families, 'vikno_printer_status', { status: 'paper-out' })).toBe(1);
    expect(sampleValue(families, 'vikno_printer_status', { status: 'unknown' })).toBe(0);
  });

  it('read the forwarding queue once per scrape', async () => {
    let reads = 0;
    const metrics = metricsWith({
      forwardingState: async () => {
        reads++;
        return { kioskId: 'K01', pending: 4, forwarded: 10, failing: 2, oldestPendingSince: '2026-03-02T09:59:00.000Z', staffError: null };
      },
    });
    const families = parsePrometheusText(await metrics.scrape());
    expect(reads).toBe(1);
    expect(sampleValue(families, 'vikno_forwarding_waiting')).toBe(4);
    expect(sampleValue(families, 'vikno_forwarding_failing')).toBe(2);
    expect(sampleValue(families, 'vikno_forwarding_oldest_age_seconds')).toBe(60);
  });

  it('are kept apart when many servers run in one process', async () => {
    const events = new DomainEventBus();
    const first = createKioskMetrics({ events, serviceIds: [], policy: 'kiosk', ...readings() });
    const second = metricsWith();
    events.emit('visit:started', { sessionId: 'a' });
    events.emit('visit:ended', { sessionId: 'a', stepKind: 'check-answers', submitted: false, reason: 'timed-out' });
    expect(sampleValue(parsePrometheusText(await first.scrape()), 'vikno_visits_started_total')).toBe(1);
    expect(sampleValue(parsePrometheusText(await first.scrape()), 'vikno_visits_abandoned_total', { step_kind: 'check-answers', reason: 'timed-out' })).toBe(1);
    expect(sampleValue(parsePrometheusText(await second.scrape()), 'vikno_visits_started_total')).toBe(0);
    first.submitFailed();
    expect(sampleValue(parsePrometheusText(await first.scrape()), 'vikno_submit_failures_total')).toBe(1);
    expect(sampleValue(parsePrometheusText(await second.scrape()), 'vikno_submit_failures_total')).toBe(0);
  });
});

describe('METRICS_ALLOW', () => {
  it('lets this machine in always, and otherwise only the addresses and networks listed', () => {
    const allowed = metricsAccess(['10.20.0.5', '10.30.0.0/16', 'fd00:1::/32']);
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.20.0.5', '::ffff:10.20.0.5', '10.30.255.1', 'fd00:1:2::3'])
      expect(allowed(address), address).toBe(true);
    for (const address of ['10.20.0.6', '10.31.0.1', '::ffff:10.31.0.1', 'fd00:2::1', '192.0.2.2', 'not an address', undefined])
      expect(allowed(address), address).toBe(false);
    expect(metricsAccess([])('10.20.0.5')).toBe(false);
  });

  it('is read from the environment, and a bad entry stops the start with a message naming it', () => {
    expect(configFromEnv({ METRICS_ALLOW: ' 10.20.0.5 , 10.30.0.0/16 ' }).metricsAllow).toEqual(['10.20.0.5', '10.30.0.0/16']);
    expect(configFromEnv({}).metricsAllow).toEqual([]);
    expect(() => configFromEnv({ METRICS_ALLOW: '10.20.0.300' })).toThrow(
      'METRICS_ALLOW: "10.20.0.300" is not an IP address or CIDR (e.g. 10.20.0.5 or 10.20.0.0/24)',
    );
    expect(() => configFromEnv({ METRICS_ALLOW: '10.20.0.0/40' })).toThrow('METRICS_ALLOW: "10.20.0.0/40": the prefix after / is 0–32');
    expect(() => configFromEnv({ METRICS_ALLOW: 'prometheus.region.gov.ua' })).toThrow('is not an IP address or CIDR');
  });
});
