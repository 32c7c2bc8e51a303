// Visits: the kiosk's live sessions and what happens on each action. The engine decides; this keeps the state, stores
// (visit-submission.ts commits a submit), prints and wakes the forwarding worker.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Catalogue } from '../content/catalogue.ts';
import type { Language, Localized } from '../content/localized.ts';
import type { RawValue } from '../content/validators/fields.ts';
import type { ErrorCode } from '../protocol/events.ts';
import type { Result } from '../protocol/result.ts';
import type { AnswerSectionView, KioskView, ReceiptState } from '../protocol/views.ts';
import type { Printer, VisitReceipt } from '../printers/printer.ts';
import type { PrintQueue } from './printing/print-queue.ts';
import type { PrintOutcome } from './printing/print-outcome.ts';
import type { PrintJob } from './store/print-jobs.ts';
import { kyivToday } from '../content/kyiv-time.ts';
import type { Clock } from './clock.ts';
import type { AcceptanceSettings } from './desk/acceptance-settings.ts';
import type { DomainEventBus, VisitEndReason } from './events/domain-events.ts';
import type { Metrics } from './metrics/metrics.ts';
import { checklistFor, type Centre } from './receipts.ts';
import * as engine from './session/engine.ts';
import { newSession, type SessionState } from './session/state.ts';
import { answerSections, viewOf } from './session/views.ts';
import type { StoredApplication } from './store/applications.ts';
import type { KioskStore } from './store/kiosk-store.ts';
import type { VisitsInProgress } from './store/visits-in-progress.ts';
import { recordVisit } from './staff/visit-stats.ts';
import { commitVisit, deskOf } from './visit-submission.ts';

export interface VisitLocation {
  screen: string;
  stepId: string | null;
  stepTitle: Localized | null;
}

/** A kiosk action's result; most come to the screen the person sees next. */
export type VisitResult<T = KioskView> = Result<T, ErrorCode>;

/** A visit nobody touched for this long is dropped from memory (the kiosk's own inactivity timeout is shorter). */
export const ABANDONED_VISIT_MS = 30 * 60_000;

/** How a person set up the kiosk during a visit, for the anonymous statistics. */
export interface VisitSettings {
  voiceMode: boolean;
  largeText: boolean;
}

interface LiveVisit {
  state: SessionState;
  kioskId: string;
  startedAt: number;
  /** Used at any time in the visit. */
  used: VisitSettings;
  /** Counted in the statistics already (at the submit, or when it ended). */
  counted: boolean;
  lastActivity: number;
  /** A submit is being committed: a second tap or any other action waits its turn (stale_step). */
  submitting: boolean;
  /** After the submit: the visit's id and its receipt, for the print queue's news and a large-print copy. */
  submitted?: { visitId: string; receipt: VisitReceipt };
}

export interface VisitsOptions {
  catalogue: Catalogue;
  store: KioskStore;
  /** Prints checklists at once (they are not kept); receipts go through the print queue. */
  printer: Printer;
  printQueue: PrintQueue;
  kioskId: string;
  centre: Centre;
  clock: Clock;
  logger: Logger;
  /** Whether applications wait for the administrator at the desk, and the place the centre names for it. */
  acceptance: AcceptanceSettings;
  /** Called after every commit, so forwarding starts at once. */
  onSubmitted?: (applications: StoredApplication[]) => void;
  /** Hears the print queue's outcomes; tells of receipts printed (or not) and of visits ended. */
  events: DomainEventBus;
  /** Told how long each submit took to commit, and of those that failed (absent: not measured). */
  metrics?: Pick<Metrics, 'submitCommitted' | 'submitFailed'>;
  /** Where each visit's state is kept after every step, so a restarted server carries on with it (none: memory only). */
  inProgress?: VisitsInProgress;
}

export class Visits {
  private readonly live = new Map<string, LiveVisit>();
  /** Receipts being printed, so shutdown can wait for them. */
  private readonly printing = new Set<Promise<unknown>>();

  constructor(private readonly options: VisitsOptions) {
    options.events.on('print:outcome', ({ job, outcome }) => this.receiptOutcome(job, outcome));
  }

  /** How many visits are in memory (the staff console shows it; tests check that an ended visit is gone). */
  get activeCount(): number {
    return this.live.size;
  }

  private get catalogue(): Catalogue {
    return this.options.catalogue;
  }

  /** Where the person goes next, when the desk must accept their applications. */
  private get desk(): { place: string | null } | null {
    return deskOf(this.options.acceptance);
  }

  private today(): string {
    return kyivToday(this.options.clock.now());
  }

  /** A visit on one of the centre's kiosks (`kioskId` numbers its applications), set up as the person chose. */
  start(
    lang: Language,
    kioskId: string = this.options.kioskId,
    settings: VisitSettings = { voiceMode: false, largeText: false },
  ): { sessionId: string; view: KioskView } {
    const sessionId = randomBytes(24).toString('base64url');
    const state = newSession(lang);
    const now = this.options.clock.now().getTime();
    this.live.set(sessionId, { state, kioskId, startedAt: now, used: { ...settings }, counted: false, lastActivity: now, submitting: false });
    this.options.events.emit('visit:started', { sessionId });
    this.keep(sessionId);
    return { sessionId, view: viewOf(this.catalogue, state) };
  }

  /** The person turned the voice guide on or chose large text: counted for the visit (anonymously). */
  noteSettings(sessionId: string, settings: VisitSettings): void {
    const visit = this.live.get(sessionId);
    if (!visit) return;
    visit.used = { voiceMode: visit.used.voiceMode || settings.voiceMode, largeText: visit.used.largeText || settings.largeText };
  }

  /** The screen the visit is on, without counting as activity (staff looking, with the person's consent). */
  currentView(sessionId: string): { kioskId: string; lang: Language; view: KioskView; answers: AnswerSectionView[] } | undefined {
    const visit = this.live.get(sessionId);
    if (!visit) return undefined;
    return { kioskId: visit.kioskId, lang: visit.state.lang, view: viewOf(this.catalogue, visit.state), answers: answerSections(this.catalogue, visit.state) };
  }

  /** Where the visit is, even while a submit is being committed (a reload, or a restart of the server, never loses it). */
  async resume(sessionId: string): Promise<VisitResult<{ lang: Language; view: KioskView }>> {
    if (!this.live.has(sessionId)) {
      // One a previous run of the server was keeping, unless it was abandoned meanwhile (two resumes: the first wins).
      const kept = await this.options.inProgress?.reload(sessionId, this.options.clock.now().getTime() - ABANDONED_VISIT_MS);
      if (kept && !this.live.has(sessionId)) this.live.set(sessionId, { ...kept, submitting: false });
    }
    const visit = this.live.get(sessionId);
    if (!visit) return { ok: false, code: 'session_not_found' };
    visit.lastActivity = this.options.clock.now().getTime();
    return { ok: true, data: { lang: visit.state.lang, view: viewOf(this.catalogue, visit.state) } };
  }

  /** Where a person is, for a help call: the kind of screen and its heading, never what they answered. */
  whereIs(sessionId: string | undefined, { touch = true }: { touch?: boolean } = {}): VisitLocation {
    const visit = sessionId ? this.live.get(sessionId) : undefined;
    if (!visit) return { screen: 'welcome', stepId: null, stepTitle: null };
    if (touch) visit.lastActivity = this.options.clock.now().getTime();
    const view = viewOf(this.catalogue, visit.state);
    switch (view.screen) {
      case 'question':
      case 'group':
        return { screen: view.screen, stepId: view.stepId, stepTitle: view.heading };
      case 'info':
        return { screen: view.screen, stepId: null, stepTitle: view.title };
      case 'confirm-remove':
        return { screen: view.screen, stepId: view.stepId, stepTitle: null };
      default:
        return { screen: view.screen, stepId: null, stepTitle: null };
    }
  }

  setLanguage(sessionId: string, lang: Language): VisitResult {
    return this.act(sessionId, (state) => ({ ok: true, state: { ...state, lang } }));
  }

  /** Forgets everything of the visit: the next person starts from nothing. */
  end(sessionId: string, reason: VisitEndReason = 'left'): void {
    const visit = this.live.get(sessionId);
    if (!visit) return;
    this.live.delete(sessionId);
    this.options.inProgress?.forget(sessionId);
    this.count(visit, 'left');
    const submitted = visit.submitted !== undefined;
    this.options.events.emit('visit:ended', { sessionId, stepKind: visit.state.position.kind, submitted, reason });
  }

  /** Whether a visit is live (for the kiosk list). */
  has(sessionId: string): boolean {
    return this.live.has(sessionId);
  }

  /** One row of the anonymous statistics per visit: at the submit, or when a visit ends without one. */
  private count(visit: LiveVisit, outcome: 'submitted' | 'left'): void {
    if (visit.counted) return;
    visit.counted = true;
    const { position } = visit.state;
    const lastStep = outcome === 'submitted' ? null : 'stepId' in position ? position.stepId : position.kind;
    const now = this.options.clock.now();
    void recordVisit(this.options.store.db, {
      day: kyivToday(new Date(visit.startedAt)),
      durationMs: now.getTime() - visit.startedAt,
      outcome,
      lastStep,
      services: visit.state.serviceIds,
      language: visit.state.lang,
      voiceMode: visit.used.voiceMode,
      largeText: visit.used.largeText,
    }).catch((error: unknown) => this.options.logger.error({ err: error }, 'visit not counted in the statistics'));
  }

  chooseServices(sessionId: string, serviceIds: string[]): VisitResult {
    return this.act(sessionId, (state) => (state.position.kind === 'services' ? engine.chooseServices(this.catalogue, state, serviceIds) : stale(state)));
  }

  showInfo(sessionId: string, serviceId: string, ticked?: string[]): VisitResult {
    return this.act(sessionId, (state) => engine.showInfo(this.catalogue, state, serviceId, ticked));
  }

  applyFromInfo(sessionId: string, serviceId: string): VisitResult {
    return this.act(sessionId, (state) => engine.applyFromInfo(this.catalogue, state, serviceId));
  }

  answerSuggestions(sessionId: string, accepted: string[]): VisitResult {
    return this.act(sessionId, (state) => engine.answerSuggestions(this.catalogue, state, accepted));
  }

  answer(sessionId: string, stepId: string, values: Record<string, RawValue>): VisitResult {
    return this.act(sessionId, (state) => engine.answerStep(this.catalogue, state, stepId, values, this.today()));
  }

  back(sessionId: string): VisitResult {
    return this.act(sessionId, (state) => ({ ok: true, state: engine.goBack(this.catalogue, state) }));
  }

  change(sessionId: string, stepId: string, itemIndex?: number): VisitResult {
    return this.act(sessionId, (state) => engine.changeAnswer(this.catalogue, state, stepId, itemIndex));
  }

  addItem(sessionId: string, stepId: string): VisitResult {
    return this.act(sessionId, (state) => engine.openItem(this.catalogue, state, stepId));
  }

  editItem(sessionId: string, stepId: string, index: number): VisitResult {
    return this.act(sessionId, (state) => engine.openItem(this.catalogue, state, stepId, index));
  }

  removeItem(sessionId: string, stepId: string, index: number): VisitResult {
    return this.act(sessionId, (state) => engine.askRemoveItem(state, stepId, index));
  }

  confirmRemoveItem(sessionId: string, remove: boolean): VisitResult {
    return this.act(sessionId, (state) => engine.confirmRemoveItem(state, remove));
  }

  /** Prints "what do I need?" for a service on the kiosk printer; the answer says whether it came out. */
  async printChecklist(sessionId: string, serviceId: string): Promise<VisitResult<{ printed: boolean }>> {
    const visit = this.live.get(sessionId);
    if (!visit) return { ok: false, code: 'session_not_found' };
    if (!this.catalogue.get(serviceId)) return { ok: false, code: 'not_found' };
    visit.lastActivity = this.options.clock.now().getTime();
    const checklist = checklistFor(this.catalogue, serviceId, visit.state.lang, this.options.centre, visit.kioskId, this.options.clock.now());
    const job = this.options.printer.print(checklist).then(
      () => true,
      (error: unknown) => {
        this.options.logger.error({ err: error, serviceId }, 'checklist not printed');
        return false;
      },
    );
    this.track(job);
    return { ok: true, data: { printed: await job } };
  }

  /** Commits one application per chosen service and their outbox rows; only then does the person see the confirmation. */
  async submit(sessionId: string): Promise<VisitResult> {
    const visit = this.live.get(sessionId);
    if (!visit) return { ok: false, code: 'session_not_found' };
    if (visit.submitting) return { ok: false, code: 'stale_step' };
    const { state } = visit;
    const now = this.options.clock.now();
    const prepared = engine.prepareSubmission(this.catalogue, state, kyivToday(now));
    if (!('submissions' in prepared)) {
      visit.state = prepared.state;
      this.keep(sessionId);
      // An answer that is missing or no longer holds: show that question with its message, as any other error.
      return prepared.ok || prepared.code === 'not_ready' ? { ok: true, data: viewOf(this.catalogue, visit.state) } : { ok: false, code: prepared.code };
    }

    // Set before the first await, so a second tap cannot commit the same answers twice.
    visit.submitting = true;
    const commitStart = performance.now();
    const { catalogue, store, centre, acceptance } = this.options;
    const committed = await commitVisit(
      { catalogue, store, centre, acceptance },
      { kioskId: visit.kioskId, lang: state.lang, submissions: prepared.submissions, submittedAt: now },
      (error) => this.options.logger.error({ err: error }, 'could not store the applications'),
    ).finally(() => (visit.submitting = false));
    if (!committed.ok) {
      this.options.metrics?.submitFailed();
      return committed;
    }
    const { visitId, stored, receipt } = committed.data;
    this.options.metrics?.submitCommitted((performance.now() - commitStart) / 1000);
    this.options.logger.info({ applicationNumbers: stored.map((a) => a.number) }, 'applications committed');
    this.options.events.emit('applications:submitted', { serviceIds: stored.map((a) => a.serviceId), policy: this.options.acceptance.policy });
    this.options.onSubmitted?.(stored);
    visit.state = engine.markSubmitted(
      state,
      now.toISOString(),
      stored.map((a) => ({ applicationNumber: a.number, serviceId: a.serviceId, documentIds: a.documentIds })),
      this.desk,
    );
    visit.lastActivity = now.getTime();
    visit.submitted = { visitId, receipt };
    this.count(visit, 'submitted');
    this.keep(sessionId);
    // The receipt's job was committed with the applications; printing it is the queue's business from here.
    this.track(this.options.printQueue.drain());
    return { ok: true, data: viewOf(this.catalogue, visit.state) };
  }

  /** Keeps the visit's state as it is now, so a restarted server can go on with it. */
  private keep(sessionId: string, visit = this.live.get(sessionId)): void {
    if (visit) this.options.inProgress?.keep(sessionId, visit);
  }

  /** Drops visits abandoned without "start again" or a timeout (a kiosk that lost power mid-visit). */
  sweep(): number {
    const limit = this.options.clock.now().getTime() - ABANDONED_VISIT_MS;
    let dropped = 0;
    for (const [id, visit] of this.live) {
      if (visit.lastActivity < limit && !visit.submitting) {
        this.end(id, 'dropped');
        dropped++;
      }
    }
    this.options.inProgress?.forgetIdle(limit); // and those a previous run of the server left
    return dropped;
  }

  async idle(): Promise<void> {
    await Promise.all([...this.printing]);
  }

  private track(job: Promise<unknown>): void {
    this.printing.add(job);
    void job.finally(() => this.printing.delete(job));
  }

  /** The print queue's news about a visit's receipt: the person's screen (if they are still there) is told. */
  private receiptOutcome(job: PrintJob, outcome: PrintOutcome): void {
    if (job.document.kind !== 'visit-receipt') return;
    const applicationNumbers = job.document.applications.map((a) => a.applicationNumber);
    const result: ReceiptState = outcome.printed ? 'printed' : 'failed';
    for (const [sessionId, visit] of this.live) {
      const { position } = visit.state;
      if (visit.submitted?.visitId !== job.visitId || position.kind !== 'submitted') continue;
      visit.state = { ...visit.state, position: { ...position, receipt: result } };
      this.options.events.emit('receipt:outcome', { sessionId, applicationNumbers, state: result });
    }
  }

  /** The person asked for their receipt in large print (on the confirmation screen). */
  async printLargeReceipt(sessionId: string): Promise<VisitResult<{ queued: boolean }>> {
    const visit = this.live.get(sessionId);
    if (!visit) return { ok: false, code: 'session_not_found' };
    if (!visit.submitted || visit.state.position.kind !== 'submitted') return { ok: false, code: 'not_ready' };
    visit.lastActivity = this.options.clock.now().getTime();
    const { position } = visit.state;
    visit.state = { ...visit.state, position: { ...position, receipt: 'printing' } };
    this.track(this.options.printQueue.add(visit.submitted.receipt, { visitId: visit.submitted.visitId, largePrint: true }));
    return { ok: true, data: { queued: true } };
  }

  private act(sessionId: string, act: (state: SessionState) => engine.EngineResult): VisitResult {
    const visit = this.live.get(sessionId);
    if (!visit) return { ok: false, code: 'session_not_found' };
    if (visit.submitting) return { ok: false, code: 'stale_step' };
    const result = act(visit.state);
    visit.state = result.state;
    visit.lastActivity = this.options.clock.now().getTime();
    this.keep(sessionId);
    if (!result.ok) return { ok: false, code: result.code };
    return { ok: true, data: viewOf(this.catalogue, visit.state) };
  }
}

const stale = (state: SessionState): engine.EngineResult => ({ ok: false, code: 'stale_step', state });
