// The staff console's server side, the records: today's applications, personal data only on the audit log, reprints,
// the forwarding queue and "retry now", and the statistics with their CSV export.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.ts';
import { needsRecheck } from '../../content/check.ts';
import { kyivToday } from '../../content/kyiv-time.ts';
import type { CatalogueServiceView, CentreStats } from '../../protocol/staff-api.ts';
import { commitMany } from '../support/applications.ts';
import { eventually, request, staffCookie, TEST_ADMIN, TEST_STAFF } from '../support/kiosk.ts';
import { api, clock, emit, kiosk, kioskScreen, staffScreen, url, useStaffConsoleKiosk, visitOnFirstQuestion } from '../support/staff-console.ts';

useStaffConsoleKiosk();

describe('applications, personal data and the audit log', () => {
  it("lists today's applications without answers; each look at the answers is written to the audit log", async () => {
    const [application] = await commitMany(kiosk.server.store, 1, () => clock.now());
    const cookie = await staffCookie(url);
    const list = (await (await api('/applications', { cookie })).json()) as { number: string }[];
    expect(list.map((a) => a.number)).toContain(application!.number);
    expect(JSON.stringify(list)).not.toContain('Шевченко');
    const found = (await (await api(`/applications?number=${application!.number.toLowerCase()}`, { cookie })).json()) as {
      number: string;
      forwarding: unknown;
    }[];
    expect(found).toHaveLength(1);

    const audited = () =>
      kiosk.server.db.all<{ staff_login: string; action: string; application_number: string }>("SELECT * FROM audit_log WHERE action = 'view-personal-data'");
    expect(await audited()).toEqual([]);
    const personal = await api(`/applications/${application!.number}/personal-data`, { cookie });
    expect(personal.status).toBe(200);
    expect(JSON.stringify(await personal.json())).toContain('Шевченко');
    expect(await audited()).toEqual([
      expect.objectContaining({ staff_login: TEST_STAFF.login, action: 'view-personal-data', application_number: application!.number }),
    ]);

    // Admins read the log; staff may not; and nobody can change it.
    expect((await api('/audit', { cookie })).status).toBe(403);
    const admin = await staffCookie(url, TEST_ADMIN);
    const log = (await (await api(`/audit?application=${application!.number}`, { cookie: admin })).json()) as {
      staffLogin: string;
      action: string;
      at: string;
    }[];
    expect(log).toEqual([expect.objectContaining({ staffLogin: TEST_STAFF.login, action: 'view-personal-data' })]);
    await expect(kiosk.server.db.run("UPDATE audit_log SET staff_login = 'someone.else'")).rejects.toThrow(/cannot be changed/);
    await expect(kiosk.server.db.run('DELETE FROM audit_log')).rejects.toThrow(/cannot be changed/);
    expect((await api('/applications/K01-2026-999999/personal-data', { cookie })).status).toBe(404);
    // After the retention period the answers are gone: 410, and nothing was looked at.
    await kiosk.server.db.run('UPDATE applications SET personal_data_deleted_at = ? WHERE number = ?', [clock.now().toISOString(), application!.number]);
    const gone = await api(`/applications/${application!.number}/personal-data`, { cookie });
    expect(gone.status).toBe(410);
    expect(await audited()).toHaveLength(1);
  });

  it('reprints a receipt on the kiosk printer or at the staff desk, each on the record', async () => {
    const [application] = await commitMany(kiosk.server.store, 1, () => clock.now());
    const staff = await staffScreen();
    const desk = await emit<{ ok: boolean; data: { jobId: number | null } }>(staff, 'receipt:reprint', {
      applicationNumber: application!.number,
      printer: 'desk',
    });
    expect(desk).toEqual({ ok: true, data: { jobId: null } });
    const atKiosk = await emit<{ ok: boolean; data: { jobId: number } }>(staff, 'receipt:reprint', {
      applicationNumber: application!.number,
      printer: 'kiosk',
    });
    expect(atKiosk.data.jobId).toBeGreaterThan(0);
    const actions = await kiosk.server.db.all<{ action: string }>('SELECT action FROM audit_log WHERE application_number = ? ORDER BY id', [
      application!.number,
    ]);
    expect(actions.map((a) => a.action)).toEqual(['reprint-desk', 'reprint-kiosk']);
    expect((await readdir(`${kiosk.dataDir}/desk-receipts`)).some((f) => f.includes(application!.number))).toBe(true);
  });
});

describe('the forwarding queue', () => {
  it('lists the applications failing now with their last error, and "retry now" sends them at once', async () => {
    const faults = (body: object) =>
      fetch(`${kiosk.simulator.url}/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await faults({ errorRate: 1 });
    const [application] = await commitMany(kiosk.server.store, 1, () => clock.now());
    kiosk.server.worker.wake();
    const cookie = await staffCookie(url);
    const failingNow = async () =>
      (await (await api('/forwarding/failing', { cookie })).json()) as { applicationNumber: string; attempts: number; lastError: string }[];
    const failing = await eventually(async () => (await failingNow()).find((a) => a.applicationNumber === application!.number));
    expect(failing.attempts).toBeGreaterThanOrEqual(1);
    expect(failing.lastError).toBeTruthy();
    expect((await api('/forwarding/failing')).status).toBe(401);

    await faults({});
    const staff = await staffScreen();
    const retried = await emit<{ ok: boolean; data: { due: number } }>(staff, 'forwarding:retry', {});
    expect(retried.data.due).toBeGreaterThanOrEqual(1);
    await eventually(async () => (await failingNow()).every((a) => a.applicationNumber !== application!.number) || undefined, 3_000);
    const [row] = await kiosk.server.db.all<{ action: string }>("SELECT action FROM audit_log WHERE action = 'forwarding-retry'");
    expect(row).toBeDefined();
  });
});

describe('statistics', () => {
  it('counts visits, completion, where people stop, voice and large text; exports CSV', async () => {
    const before = (await (await api('/stats', { cookie: await staffCookie(url) })).json()) as CentreStats;
    const client = await kioskScreen('K06');
    await request(client, 'kiosk:settings', { voiceMode: true, textSize: '3', language: 'uk' });
    const { sessionId, view } = await visitOnFirstQuestion(client);
    await request(client, 'visit:end', { sessionId });
    const cookie = await staffCookie(url);
    const stats = await eventually(async () => {
      const now = (await (await api('/stats', { cookie })).json()) as CentreStats;
      return now.visits > before.visits ? now : undefined;
    });
    expect(stats.visits).toBe(before.visits + 1);
    expect(stats.voiceModeVisits).toBe(before.voiceModeVisits + 1);
    expect(stats.largeTextVisits).toBe(before.largeTextVisits + 1);
    const stoppedAt = stats.leftAt.find((l) => l.step === (view as { stepId: string }).stepId);
    expect(stoppedAt?.visits).toBeGreaterThanOrEqual(1);
    // The visit ended without an application.
    expect(stats.submittedVisits).toBe(before.submittedVisits);
    expect(stats.completionRate).toBeCloseTo(stats.submittedVisits / stats.visits, 6);

    const csv = await api('/stats.csv', { cookie });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="vikno-stats-/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark first, so spreadsheets read the Cyrillic names as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('section,key,name,value,median_seconds');
    expect(text).toContain(`totals,visits,,${stats.visits},`);
    expect(text).toContain(`left_at_step,${stoppedAt!.step},`);
    expect((await api('/stats?from=2026-02-30', { cookie })).status).toBe(400);
  });
});

describe('the catalogue', () => {
  it('lists every service with its version, check date, deciding body and sources; a description over 12 months old is marked', async () => {
    expect((await api('/services')).status).toBe(401);
    const services = (await (await api('/services', { cookie: await staffCookie(url) })).json()) as CatalogueServiceView[];
    const catalogue = await loadCatalogue();
    expect(services.map((s) => s.id)).toEqual(catalogue.services.map((s) => s.id));
    for (const s of services) {
      const content = catalogue.get(s.id)!;
      expect(s).toMatchObject({ title: content.title.uk, version: content.version, checkedOn: content.checkedOn, decidingBody: content.decidingBody.uk });
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      // The test clock's today against the content's own date.
      expect(s.stale).toBe(needsRecheck(content.checkedOn!, kyivToday(clock.now())));
    }
  });
});
