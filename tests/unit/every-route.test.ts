import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { prepareSubmission } from '../../kiosk-server/session/engine.ts';
import { viewOf } from '../../kiosk-server/session/views.ts';
import { ORIGINAL_SERVICE_IDS, startVisit, TODAY, walkEveryRoute, walkToCheckAnswers } from '../support/walk.ts';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe('every route of every service', () => {
  it('the catalogue has the ЦНАП services, each in its life-situation groups', () => {
    const ids = catalogue.services.map((s) => s.id);
    for (const id of ORIGINAL_SERVICE_IDS) expect(ids).toContain(id);
    for (const service of catalogue.services) expect(service.categories.length, service.id).toBeGreaterThan(0);
  });

  it('reaches check answers and submits through the engine, on every route, for each service', () => {
    const report: Record<string, number> = {};
    for (const service of catalogue.services) {
      const routes = walkEveryRoute(catalogue, [service.id]);
      expect(routes.length, service.id).toBeGreaterThan(0);
      for (const { state, visited } of routes) {
        const prepared = prepareSubmission(catalogue, state, TODAY);
        expect('submissions' in prepared, `${service.id} via ${visited.join(' → ')}`).toBe(true);
        if (!('submissions' in prepared)) continue;
        expect(prepared.submissions).toHaveLength(1);
        expect(prepared.submissions[0]!.answers.consent).toBe('yes');
        // Check answers can be drawn for every route.
        expect(viewOf(catalogue, state).screen).toBe('check-answers');
      }
      report[service.id] = routes.length;
    }
    // Branching services really branch.
    expect(report['one-time-aid']).toBeGreaterThanOrEqual(4);
    expect(report['pension-info']).toBeGreaterThan(2);
  });

  it('every service in one visit asks the shared questions once and submits one application each', () => {
    const all = catalogue.services.map((s) => s.id);
    const { state, visited } = walkToCheckAnswers(catalogue, startVisit(catalogue, all));
    for (const shared of ['applicant-name', 'date-of-birth', 'phone', 'registered-address', 'family-members', 'consent']) {
      expect(
        visited.filter((id) => id === shared),
        shared,
      ).toHaveLength(1);
    }
    const prepared = prepareSubmission(catalogue, state, TODAY);
    if (!('submissions' in prepared)) throw new Error('not submitted');
    expect(prepared.submissions.map((s) => s.serviceId)).toEqual(all);
    // Each application gets the shared answers it needs and only its own service's questions.
    const pension = prepared.submissions.find((s) => s.serviceId === 'pension-info')!;
    expect(pension.answers).toHaveProperty('surname');
    expect(pension.answers).not.toHaveProperty('iban');
    expect(pension.answers).not.toHaveProperty('family-members');
    const aid = prepared.submissions.find((s) => s.serviceId === 'one-time-aid')!;
    expect(aid.answers).toHaveProperty('reason');
    expect(aid.answers).not.toHaveProperty('idpReason');
  });
});
