// Visits: the kiosk's live sessions and what happens on each action. The engine decides; this keeps the state, stores,
// prints and wakes the forwarding worker.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Catalogue } from '../content/catalogue.ts';
import type { Language } from '../content/localized.ts';
import type { RawValue } from '../content/validators/fields.ts';
import type { ErrorCode } from '../protocol/events.ts';
import type { KioskView, ReceiptState } from '../protocol/views.ts';
import type { Printer } from '../printers/printer.ts';
import { kyivToday, type Clock } from './clock.ts';
import { receiptFor } from './receipts.ts';
import { answerStep, changeAnswer, chooseService, goBack, markSubmitted, prepareSubmission, type EngineResult } from './session/engine.ts';
import { newSession, type SessionState } from './session/state.ts';
import { viewOf } from './session/views.ts';
import { commitApplication, type StoredApplication } from './store/applications.ts';
import type { Database } from './store/database.ts';

export type VisitResult<T = KioskView> = { ok: true; data: T } | { ok: false; code: ErrorCode };

/** A visit nobody touched for this long is dropped from memory (the kiosk's own inactivity timeout is shorter). */
export const ABANDONED_VISIT_MS = 30 * 60_000;

interface LiveVisit {
  state: SessionState;
  lastActivity: number;
  /** A submit is being committed: a second tap or any other action waits its turn (stale_step). */
  submitting: boolean;
}

export interface VisitsOptions {
  catalogue: Catalogue;
  db: Database;
  printer: Printer;
  kioskId: string;
  centreName: string;
  clock: Clock;
  logger: Logger;
  /** Called after every commit, so forwarding starts at once. */
  onSubmitted?: (application: StoredApplication) => void;
  onReceiptStatus?: (sessionId: string, applicationNumber: string, state: ReceiptState) => void;
}

export class Visits {
  private readonly live = new Map<string, LiveVisit>();
  /** Receipts being printed, so shutdown can wait for them. */
  private readonly printing = new Set<Promise<void>>();

  constructor(private readonly options: VisitsOptions) {}

  get count(): number {
    return this.live.size;
  }

  start(lang: Language): { sessionId: string; view: KioskView } {
    const sessionId = randomBytes(24).toString('base64url');
    const state = newSession(lang);
    this.live.set(sessionId, { state, lastActivity: this.options.clock.now().getTime(), submitting: false });
    return { sessionId, view: viewOf(this.options.catalogue, state) };
  }

  resume(sessionId: string): VisitResult<{ lang: Language; view: KioskView }> {
    const result = this.act(sessionId, (state) => ({ ok: true, state }));
    return result.ok ? { ok: true, data: { lang: this.live.get(sessionId)!.state.lang, view: result.data } } : result;
  }

  setLanguage(sessionId: string, lang: Language): VisitResult {
    return this.act(sessionId, (state) => ({ ok: true, state: { ...state, lang } }));
  }

  /** Forgets everything of the visit: the next person starts from nothing. */
  end(sessionId: string): void {
    this.live.delete(sessionId);
  }

  chooseService(sessionId: string, serviceId: string): VisitResult {
    const service = this.options.catalogue.get(serviceId);
    if (!service) return { ok: false, code: 'not_found' };
    return this.act(sessionId, (state) => (state.position.kind === 'submitted' ? { ok: false, code: 'stale_step', state } : { ok: true, state: chooseService(service, state) }));
  }

  answer(sessionId: string, stepId: string, values: Record<string, RawValue>): VisitResult {
    return this.withService(sessionId, (service, state) => answerStep(service, state, stepId, values, kyivToday(this.options.clock.now())));
  }

  back(sessionId: string): VisitResult {
    return this.withService(sessionId, (service, state) => ({ ok: true, state: goBack(service, state) }), (state) => ({ ok: true, state }));
  }

  change(sessionId: string, stepId: string): VisitResult {
    return this.withService(sessionId, (service, state) => changeAnswer(service, state, stepId));
  }

  /** Commits the application and its outbox row; only then does the person see the confirmation. */
  async submit(sessionId: string): Promise<VisitResult> {
    const visit = this.live.get(sessionId);
    if (!visit) return { ok: false, code: 'session_not_found' };
    if (visit.submitting) return { ok: false, code: 'stale_step' };
    const { state } = visit;
    const service = state.serviceId ? this.options.catalogue.get(state.serviceId) : undefined;
    if (!service) return { ok: false, code: 'stale_step' };
    const now = this.options.clock.now();
    const prepared = prepareSubmission(service, state, kyivToday(now));
    if (!('submission' in prepared)) {
      const settled = this.settle(visit, prepared);
      // An answer that is missing or no longer holds: show that question with its message, as any other error.
      return !prepared.ok && prepared.code === 'not_ready' ? { ok: true, data: viewOf(this.options.catalogue, visit.state) } : settled;
    }

    // Set before the first await, so a second tap cannot commit the same answers twice.
    visit.submitting = true;
    let stored: StoredApplication;
    try {
      stored = await commitApplication(this.options.db, {
        id: randomUUID(),
        kioskId: this.options.kioskId,
        serviceId: service.id,
        serviceVersion: service.version,
        language: state.lang,
        answers: prepared.submission.answers,
        documentIds: prepared.submission.documentIds,
        submittedAt: now,
      });
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not store an application');
      return { ok: false, code: 'internal' };
    } finally {
      visit.submitting = false;
    }
    this.options.logger.info({ applicationNumber: stored.number, serviceId: stored.serviceId }, 'application committed');
    this.options.onSubmitted?.(stored);
    visit.state = markSubmitted(state, {
      applicationNumber: stored.number,
      submittedAt: stored.submittedAt.toISOString(),
      documentIds: stored.documentIds,
      receipt: 'printing',
    });
    visit.lastActivity = now.getTime();
    this.track(this.printReceipt(sessionId, stored));
    return { ok: true, data: viewOf(this.options.catalogue, visit.state) };
  }

  /** Drops visits abandoned without "start again" or a timeout (a kiosk that lost power mid-visit). */
  sweep(): number {
    const limit = this.options.clock.now().getTime() - ABANDONED_VISIT_MS;
    let dropped = 0;
    for (const [id, visit] of this.live) {
      if (visit.lastActivity < limit) {
        this.live.delete(id);
        dropped++;
      }
    }
    return dropped;
  }

  async idle(): Promise<void> {
    await Promise.all([...this.printing]);
  }

  private track(job: Promise<void>): void {
    this.printing.add(job);
    void job.finally(() => this.printing.delete(job));
  }

  private async printReceipt(sessionId: string, application: StoredApplication): Promise<void> {
    const service = this.options.catalogue.get(application.serviceId)!;
    let result: ReceiptState = 'printed';
    try {
      await this.options.printer.print(receiptFor(application, service, this.options.centreName));
    } catch (error) {
      result = 'failed';
      this.options.logger.error({ err: error, applicationNumber: application.number }, 'receipt not printed');
    }
    const visit = this.live.get(sessionId);
    if (visit?.state.position.kind === 'submitted' && visit.state.position.application.applicationNumber === application.number) {
      visit.state = markSubmitted(visit.state, { ...visit.state.position.application, receipt: result });
    }
    this.options.onReceiptStatus?.(sessionId, application.number, result);
  }

  private withService(
    sessionId: string,
    act: (service: NonNullable<ReturnType<Catalogue['get']>>, state: SessionState) => EngineResult,
    withoutService?: (state: SessionState) => EngineResult,
  ): VisitResult {
    return this.act(sessionId, (state) => {
      const service = state.serviceId ? this.options.catalogue.get(state.serviceId) : undefined;
      if (state.position.kind === 'submitted') return { ok: false, code: 'stale_step', state };
      if (!service || state.position.kind === 'services') return withoutService ? withoutService(state) : { ok: false, code: 'stale_step', state };
      return act(service, state);
    });
  }

  private act(sessionId: string, act: (state: SessionState) => EngineResult): VisitResult {
    const visit = this.live.get(sessionId);
    if (!visit) return { ok: false, code: 'session_not_found' };
    if (visit.submitting) return { ok: false, code: 'stale_step' };
    return this.settle(visit, act(visit.state));
  }

  private settle(visit: LiveVisit, result: EngineResult): VisitResult {
    visit.state = result.state;
    visit.lastActivity = this.options.clock.now().getTime();
    if (!result.ok) return { ok: false, code: result.code };
    return { ok: true, data: viewOf(this.options.catalogue, visit.state) };
  }
}
