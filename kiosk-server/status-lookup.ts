// "Перевірити стан заяви": the status of an application by its number, for anyone at the kiosk. Shows nothing personal,
// and is rate-limited per screen and for the whole kiosk.
import type { Catalogue } from '../content/catalogue.ts';
import { parseApplicationNumber, type ApplicationStatusView } from '../protocol/application-status.ts';
import type { Clock } from './clock.ts';
import { RateLimiter } from './rate-limit.ts';
import { statusByNumber } from './store/application-status.ts';
import type { Database } from './store/database.ts';
import type { VisitResult } from './visits.ts';

/** A person who mistypes a few times is never stopped; a script walking through numbers is. */
export const LOOKUPS_PER_SCREEN = { limit: 10, windowMs: 60_000 };
export const LOOKUPS_PER_KIOSK = { limit: 30, windowMs: 60_000 };

export class StatusLookup {
  private readonly perScreen = new RateLimiter(LOOKUPS_PER_SCREEN.limit, LOOKUPS_PER_SCREEN.windowMs);
  private readonly perKiosk = new RateLimiter(LOOKUPS_PER_KIOSK.limit, LOOKUPS_PER_KIOSK.windowMs);

  constructor(private readonly options: { db: Database; catalogue: Catalogue; clock: Clock }) {}

  /** `text` is what was typed or scanned; `screen` names the kiosk screen asking (its socket). */
  async lookup(text: string, screen: string): Promise<VisitResult<ApplicationStatusView>> {
    const now = this.options.clock.now().getTime();
    if (!this.perScreen.allow(screen, now) || !this.perKiosk.allow('kiosk', now)) return { ok: false, code: 'rate_limited' };
    const applicationNumber = parseApplicationNumber(text);
    if (!applicationNumber) return { ok: false, code: 'invalid_number' };
    const found = await statusByNumber(this.options.db, applicationNumber);
    if (!found) return { ok: false, code: 'unknown_application' };
    const service = this.options.catalogue.get(found.serviceId);
    return {
      ok: true,
      data: {
        applicationNumber: found.applicationNumber,
        serviceTitle: service?.title ?? { uk: found.serviceId, en: found.serviceId },
        status: found.status,
        submittedAt: found.submittedAt,
        statusChangedAt: found.statusChangedAt,
        reason: found.reason,
        decision: found.decision,
      },
    };
  }
}
