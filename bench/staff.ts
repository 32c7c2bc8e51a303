// The staff console's figures for `npm run bench`: a login (scrypt), "Іду" reaching the kiosk, a kiosk's step reaching
// the dashboard, and the statistics of a busy year.
import { performance } from 'node:perf_hooks';
import { recordVisit } from '../kiosk-server/staff/visit-stats.ts';
import type { KioskServer } from '../kiosk-server/server.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../protocol/staff-api.ts';
import { connectStaff, staffCookie, TEST_STAFF, type KioskClient } from '../tests/support/kiosk.ts';
import { dataOf, request } from './acks.ts';

const LOGINS = 20;
const ANSWERS = 50;
const STEPS = 20;
export const STATS_VISITS = 20_000;
const STATS_QUERIES = 10;

export interface StaffFigures {
  login: number[];
  coming: number[];
  dashboard: number[];
  stats: number[];
}

export async function measureStaff(server: KioskServer, kiosk: KioskClient): Promise<StaffFigures> {
  const figures: StaffFigures = { login: [], coming: [], dashboard: [], stats: [] };
  for (let i = 0; i < LOGINS; i++) {
    const start = performance.now();
    await staffCookie(server.url, TEST_STAFF);
    figures.login.push(performance.now() - start);
  }

  // "Іду" on a console → the kiosk hears help is coming.
  const staff = await connectStaff(server.url);
  for (let i = 0; i < ANSWERS; i++) {
    const called = new Promise<{ id: number }>((resolve) => staff.once('help:called', resolve));
    await request(kiosk, 'help:call', {});
    const { id } = await called;
    const start = performance.now();
    const coming = new Promise<number>((resolve) => kiosk.once('help:coming', () => resolve(performance.now())));
    await new Promise((resolve) => staff.emit('help:answer', { callId: id }, resolve));
    figures.coming.push((await coming) - start);
  }

  // A step on the kiosk → the dashboard shows where the person is (the first change at once; then at most every 200 ms).
  const { sessionId } = dataOf(await request(kiosk, 'visit:start', { lang: 'uk' }), 'visit:start');
  for (let i = 0; i < STEPS; i++) {
    const screen = i % 2 ? 'services' : 'question';
    const shown = new Promise<number>((resolve) => {
      const listener = (kiosks: { inVisit: boolean; screen: string }[]) => {
        if (kiosks.some((k) => k.inVisit && k.screen === screen)) {
          staff.off('kiosks:state', listener);
          resolve(performance.now());
        }
      };
      staff.on('kiosks:state', listener);
    });
    const start = performance.now();
    if (screen === 'question') await request(kiosk, 'services:choose', { sessionId, serviceIds: ['pension-info'] });
    else await request(kiosk, 'step:back', { sessionId });
    figures.dashboard.push((await shown) - start);
    await new Promise((r) => setTimeout(r, 250));
  }
  await request(kiosk, 'visit:end', { sessionId });
  staff.disconnect();

  // A year of a busy centre's visits, then the statistics of all of it.
  const services = ['housing-subsidy', 'one-time-aid', 'pension-info', 'idp-allowance', 'low-income'];
  const steps = ['services', 'applicant-name', 'address', 'check-answers', 'payment-method'];
  await server.db.transaction(async (tx) => {
    for (let i = 0; i < STATS_VISITS; i++) {
      const day = new Date(Date.UTC(2026, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
      await recordVisit(tx, {
        day,
        durationMs: 200_000 + ((i * 7919) % 600_000),
        outcome: i % 4 ? 'submitted' : 'left',
        lastStep: i % 4 ? null : steps[i % steps.length]!,
        services: [services[i % services.length]!],
        language: i % 10 ? 'uk' : 'en',
        voiceMode: i % 25 === 0,
        largeText: i % 6 === 0,
      });
    }
  });
  const cookie = await staffCookie(server.url, TEST_STAFF);
  for (let i = 0; i < STATS_QUERIES; i++) {
    const start = performance.now();
    const response = await fetch(`${server.url}${STAFF_API}/stats?from=2026-01-01&to=2026-12-31`, { headers: { cookie, [STAFF_REQUEST_HEADER]: '1' } });
    await response.json();
    figures.stats.push(performance.now() - start);
  }
  return figures;
}
