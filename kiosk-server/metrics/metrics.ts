// The kiosk's Prometheus metrics: one registry per server (tests run many servers in one process), the counters fed by
// domain events, the latency histograms the parts report into, and the gauges read at scrape time (state-gauges.ts).
// No label ever carries what a person typed or an application number: only step kinds, event names, service ids and
// other values from small fixed sets.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AcceptancePolicy } from '../../protocol/acceptance.ts';
import type { ClientEvent } from '../../protocol/events.ts';
import type { DomainEventBus, VisitEndReason } from '../events/domain-events.ts';
import type { Position } from '../session/state.ts';
import { registerStateGauges, type StateReadings } from './state-gauges.ts';

/** What the parts that measure report; each is optional for them, so they are built without metrics in tests. */
export interface Metrics {
  /** A kiosk event was acked (or refused) this long after it came. */
  kioskEventAcked(event: ClientEvent, seconds: number): void;
  /** POST /api/speech answered an utterance, from the cache or rendered now. */
  speechServed(cached: boolean, seconds: number): void;
  /** A submit was committed (applications and their outbox rows) this long after it came. */
  submitCommitted(seconds: number): void;
  /** A submit could not be stored (a full or failing disk): nothing was acknowledged to the person. */
  submitFailed(): void;
}

export interface KioskMetrics extends Metrics {
  /** The Content-Type of `scrape()` (Prometheus text format 0.0.4). */
  readonly contentType: string;
  scrape(): Promise<string>;
}

export interface KioskMetricsOptions extends StateReadings {
  events: DomainEventBus;
  /** The catalogue's services, so every series of the submissions counter exists from the start. */
  serviceIds: readonly string[];
  policy: AcceptancePolicy;
}

/** Every kind of step a visit can be on (the session's position); a kind added there must be added here. */
export const STEP_KINDS = ['services', 'info', 'suggest', 'question', 'item', 'remove', 'check-answers', 'submitted'] as const;
type MissingStepKind = Exclude<Position['kind'], (typeof STEP_KINDS)[number]>;
const everyStepKind: MissingStepKind extends never ? true : never = true;
void everyStepKind;

const END_REASONS = ['left', 'timed-out', 'dropped'] as const satisfies readonly VisitEndReason[];

/** Kiosk events: most are answered in a few milliseconds; a receipt or checklist print can take a second or more. */
const STEP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Speech: a cached prompt is milliseconds; espeak-ng renders in tens of ms, RHVoice in hundreds. */
const SPEECH_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5];
/** Submit: one SQLite transaction (group-committed), slower on a busy or failing disk. */
const SUBMIT_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createKioskMetrics(options: KioskMetricsOptions): KioskMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const started = new Counter({ name: 'vikno_visits_started_total', help: 'Visits started (a language chosen).', registers });
  const completed = new Counter({ name: 'vikno_visits_completed_total', help: 'Visits whose applications were submitted.', registers });
  const abandoned = new Counter({
    name: 'vikno_visits_abandoned_total',
    help: 'Visits ended without a submit, by the kind of step they were on and why: left (or started again), timed-out on the kiosk, or dropped by the server after 30 minutes untouched.',
    labelNames: ['step_kind', 'reason'],
    registers,
  });
  const submissions = new Counter({
    name: 'vikno_submissions_total',
    help: 'Applications committed (one per service chosen in a visit), by service and acceptance policy.',
    labelNames: ['service', 'policy'],
    registers,
  });
  const submitFailures = new Counter({
    name: 'vikno_submit_failures_total',
    help: 'Submits that could not be stored (a full or failing disk); nothing was acknowledged to the person.',
    registers,
  });
  const helpCalls = new Counter({ name: 'vikno_help_calls_total', help: 'Help calls made from the kiosks («Покликати працівника»).', registers });
  for (const stepKind of STEP_KINDS) for (const reason of END_REASONS) abandoned.inc({ step_kind: stepKind, reason }, 0);
  for (const service of options.serviceIds) submissions.inc({ service, policy: options.policy }, 0);

  const step = new Histogram({
    name: 'vikno_step_duration_seconds',
    help: 'A kiosk event received → its ack sent (validated, acted on, answered), by event.',
    labelNames: ['event'],
    buckets: STEP_BUCKETS,
    registers,
  });
  const speech = new Histogram({
    name: 'vikno_speech_duration_seconds',
    help: 'POST /api/speech: request → audio ready, from the cache (hit) or rendered now (miss).',
    labelNames: ['cache'],
    buckets: SPEECH_BUCKETS,
    registers,
  });
  const submit = new Histogram({
    name: 'vikno_submit_duration_seconds',
    help: 'Submit → the applications and their outbox rows committed.',
    buckets: SUBMIT_BUCKETS,
    registers,
  });
  registerStateGauges(registry, options);

  const { events } = options;
  events.on('visit:started', () => started.inc());
  events.on('visit:ended', ({ stepKind, submitted, reason }) => {
    if (!submitted) abandoned.inc({ step_kind: stepKind, reason });
  });
  events.on('applications:submitted', ({ serviceIds, policy }) => {
    completed.inc();
    for (const service of serviceIds) submissions.inc({ service, policy });
  });
  events.on('help:called', () => helpCalls.inc());

  return {
    contentType: registry.contentType,
    scrape: () => registry.metrics(),
    kioskEventAcked: (event, seconds) => step.observe({ event }, seconds),
    speechServed: (cached, seconds) => speech.observe({ cache: cached ? 'hit' : 'miss' }, seconds),
    submitCommitted: (seconds) => submit.observe(seconds),
    submitFailed: () => submitFailures.inc(),
  };
}
