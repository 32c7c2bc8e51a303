import { randomUUID } from 'node:crypto';
import { commitApplications, type NewApplication, type StoredApplication } from '../../kiosk-server/store/applications.ts';
import type { KioskStore } from '../../kiosk-server/store/kiosk-store.ts';

/** An application as the kiosk stores one after a visit, with personal data that tests look for. */
export function sampleApplication(overrides: Partial<NewApplication> = {}): NewApplication {
  const id = randomUUID();
  return {
    id,
    visitId: `visit-${id}`,
    kioskId: 'K01',
    serviceId: 'one-time-aid',
    serviceVersion: 1,
    language: 'uk',
    answers: { surname: 'Шевченко', rnokpp: '3652504575', iban: 'UA903052992990004149123456789' },
    documentIds: ['identity'],
    submittedAt: new Date(),
    applicant: { kind: 'rnokpp', id: '3652504575' },
    ...overrides,
  };
}

/** Commits `count` applications, one visit each, as a busy kiosk would. */
export async function commitMany(store: KioskStore, count: number, at?: () => Date): Promise<StoredApplication[]> {
  const stored: StoredApplication[] = [];
  for (let i = 0; i < count; i++) stored.push(...(await commitApplications(store, [sampleApplication(at ? { submittedAt: at() } : {})], { policy: 'kiosk' })));
  return stored;
}
