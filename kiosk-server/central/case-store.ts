// The central simulator's cases, in its own SQLite file: one case per idempotency key, statuses that move on a clock.
import { createHash } from 'node:crypto';
import type { AcceptanceRecord } from '../../protocol/acceptance.ts';
import { kyivToday } from '../../content/kyiv-time.ts';
import { isoFromUtcDate } from '../../content/validators/dates.ts';
import { REFUSAL_REASONS, type CaseStatus, type RefusalReason } from '../../protocol/application-status.ts';
import type { DecisionFrequency, GrantDecision } from '../../protocol/decision.ts';
import { Database } from '../store/database.ts';

export interface SimulatedCase {
  caseId: string;
  idempotencyKey: string;
  applicationNumber: string;
  serviceId: string;
  receivedAt: string;
  status: CaseStatus;
  /** How many requests carried this idempotency key (the first included). */
  attempts: number;
  /** How the application was accepted (payload schema 2); null for schema 1. */
  acceptance: AcceptanceRecord | null;
}

export interface SimulatedCaseState {
  caseId: string;
  status: CaseStatus;
  reason: RefusalReason | null;
  changedAt: string;
  /** A grant of a service that pays money: the sum, how often, from and to. Absent otherwise, and for grants reported
   * without it (the decision letter has it). */
  decision?: GrantDecision;
}

/** How cases move: received → under review → granted or refused (the same case always gets the same decision). */
export interface StatusClock {
  reviewAfterMs: number;
  decisionAfterMs: number;
  /** The share of cases refused, 0–1. */
  refuseRate: number;
  /** The share of grants of a service that pays money reported without the sum and period, 0–1 (0.2 when absent). */
  noAmountRate?: number;
}

export const DEFAULT_STATUS_CLOCK: StatusClock = { reviewAfterMs: 60_000, decisionAfterMs: 5 * 60_000, refuseRate: 0.25, noAmountRate: 0.2 };

const REASONS = (Object.keys(REFUSAL_REASONS) as RefusalReason[]).filter((r) => r !== 'other');

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS cases (
    seq               INTEGER PRIMARY KEY,
    case_id           TEXT NOT NULL UNIQUE,
    idempotency_key   TEXT NOT NULL UNIQUE,
    application_number TEXT NOT NULL,
    service_id        TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    status            TEXT NOT NULL,
    reason            TEXT,
    status_changed_at TEXT NOT NULL,
    acceptance_json   TEXT
  );
  CREATE TABLE IF NOT EXISTS requests_seen (
    idempotency_key TEXT PRIMARY KEY,
    count           INTEGER NOT NULL
  );
`;

interface CaseRow {
  case_id: string;
  idempotency_key: string;
  application_number: string;
  service_id: string;
  received_at: string;
  status: CaseStatus;
  reason: RefusalReason | null;
  status_changed_at: string;
  acceptance_json: string | null;
  attempts?: number | null;
}

/** A number 0–1 fixed by the case id: the decision does not change between reads or restarts. */
function fraction(caseId: string, salt: string): number {
  return createHash('sha256').update(`${salt}:${caseId}`).digest().readUInt32BE(0) / 0x1_0000_0000;
}

/** Services that give a certificate, an extract or a registration, not money: their grants carry no sum. */
export const SERVICES_WITHOUT_AMOUNT: ReadonlySet<string> = new Set(['pension-info', 'insurance-record-extract', 'idp-registration', 'idp-status-cancel']);

/**
 * What a service pays in the simulator (plausible, not the law): how often, the sum between `min` and `max` kopiyky in
 * steps of `step`, and for how many months from the first of the month it was received in (none: no end given). A
 * one-off is paid from the day it is decided. Any other service that pays money: the `other` row.
 */
const PAYS: Record<string, { frequency: DecisionFrequency; min: number; max: number; step: number; months?: number }> = {
  'housing-subsidy': { frequency: 'month', min: 30_000, max: 350_000, step: 1, months: 6 },
  'low-income': { frequency: 'month', min: 150_000, max: 450_000, step: 50, months: 6 },
  'idp-allowance': { frequency: 'month', min: 200_000, max: 300_000, step: 100_000, months: 6 },
  'disability-childhood': { frequency: 'month', min: 250_000, max: 450_000, step: 100 },
  'birth-assistance': { frequency: 'once', min: 4_128_000, max: 4_128_000, step: 1 },
  'one-time-aid': { frequency: 'once', min: 100_000, max: 500_000, step: 10_000 },
  other: { frequency: 'month', min: 100_000, max: 400_000, step: 100, months: 12 },
};

/** The last day of the month `months` after the first of `day`'s month (YYYY-MM-DD). */
function lastDayOf(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return isoFromUtcDate(new Date(Date.UTC(y, m - 1 + months, 0)));
}

/**
 * What a grant decided, fixed by the case: the same sum and days on every read and after a restart. None for a service
 * that pays no money, and for a stable share (`noAmountRate`) of the rest, so the kiosk's "see the decision letter" is met.
 */
export function decisionOf(caseId: string, serviceId: string, receivedAt: Date, decidedAt: Date, clock: StatusClock): GrantDecision | undefined {
  if (SERVICES_WITHOUT_AMOUNT.has(serviceId)) return undefined;
  if (fraction(caseId, 'no-amount') < (clock.noAmountRate ?? DEFAULT_STATUS_CLOCK.noAmountRate!)) return undefined;
  const pays = PAYS[serviceId] ?? PAYS.other!;
  const kopiyky = pays.min + pays.step * Math.floor(fraction(caseId, 'amount') * (Math.floor((pays.max - pays.min) / pays.step) + 1));
  const amount = `${Math.floor(kopiyky / 100)}.${String(kopiyky % 100).padStart(2, '0')}`;
  if (pays.frequency === 'once') return { amount, frequency: 'once', from: kyivToday(decidedAt) };
  const from = `${kyivToday(receivedAt).slice(0, 7)}-01`;
  return { amount, frequency: 'month', from, ...(pays.months ? { to: lastDayOf(from, pays.months) } : {}) };
}

/** Where a case is at `now`, given when it was received. */
export function statusAt(caseId: string, receivedAt: Date, now: Date, clock: StatusClock): Omit<SimulatedCaseState, 'caseId'> {
  const age = now.getTime() - receivedAt.getTime();
  const at = (ms: number) => new Date(receivedAt.getTime() + ms).toISOString();
  if (age >= clock.decisionAfterMs) {
    const refused = fraction(caseId, 'decision') < clock.refuseRate;
    return refused
      ? { status: 'refused', reason: REASONS[Math.floor(fraction(caseId, 'reason') * REASONS.length)]!, changedAt: at(clock.decisionAfterMs) }
      : { status: 'granted', reason: null, changedAt: at(clock.decisionAfterMs) };
  }
  if (age >= clock.reviewAfterMs) return { status: 'under_review', reason: null, changedAt: at(clock.reviewAfterMs) };
  return { status: 'received', reason: null, changedAt: receivedAt.toISOString() };
}

export class CaseStore {
  private constructor(
    private readonly db: Database,
    private readonly clock: StatusClock,
    private readonly now: () => Date,
  ) {}

  /** synchronous=NORMAL: a stand-in may lose its last commits to a power cut; it must keep up with a kiosk draining. */
  static async open(file: string, clock: StatusClock, now: () => Date): Promise<CaseStore> {
    const db = await Database.open(file, { synchronous: 'NORMAL' });
    await db.exec(SCHEMA);
    // A simulator file from before payload schema 2 gains the acceptance column.
    const columns = await db.all<{ name: string }>('PRAGMA table_info(cases)');
    if (!columns.some((c) => c.name === 'acceptance_json')) await db.exec('ALTER TABLE cases ADD COLUMN acceptance_json TEXT');
    return new CaseStore(db, clock, now);
  }

  /** Counts a request that carried this key, whatever becomes of it. */
  async noteRequest(idempotencyKey: string): Promise<void> {
    await this.db.run('INSERT INTO requests_seen (idempotency_key, count) VALUES (?, 1) ON CONFLICT (idempotency_key) DO UPDATE SET count = count + 1', [
      idempotencyKey,
    ]);
  }

  /** The case for this key: the one already made (never a second), or a new one. One statement: atomic by itself. */
  async receive(
    idempotencyKey: string,
    application: { applicationNumber: string; serviceId: string; acceptance: AcceptanceRecord | null },
  ): Promise<{ caseId: string; created: boolean }> {
    const at = this.now().toISOString();
    const made = await this.db.get<{ case_id: string }>(
      `INSERT INTO cases (seq, case_id, idempotency_key, application_number, service_id, received_at, status, status_changed_at, acceptance_json)
       SELECT next, 'CASE-' || printf('%07d', next), ?, ?, ?, ?, 'received', ?, ? FROM (SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM cases)
       WHERE 1 ON CONFLICT (idempotency_key) DO NOTHING RETURNING case_id`,
      [idempotencyKey, application.applicationNumber, application.serviceId, at, at, application.acceptance ? JSON.stringify(application.acceptance) : null],
    );
    if (made) return { caseId: made.case_id, created: true };
    const existing = await this.db.get<{ case_id: string }>('SELECT case_id FROM cases WHERE idempotency_key = ?', [idempotencyKey]);
    return { caseId: existing!.case_id, created: false };
  }

  /** Moves the case on to where the clock says it is, and keeps that (a status never goes back). */
  private async advance(row: CaseRow): Promise<CaseRow> {
    const moved = statusAt(row.case_id, new Date(row.received_at), this.now(), this.clock);
    const order: CaseStatus[] = ['received', 'under_review', 'granted', 'refused'];
    if (Math.min(order.indexOf(moved.status), 2) <= Math.min(order.indexOf(row.status), 2)) return row;
    await this.db.run('UPDATE cases SET status = ?, reason = ?, status_changed_at = ? WHERE case_id = ?', [
      moved.status,
      moved.reason,
      moved.changedAt,
      row.case_id,
    ]);
    return { ...row, status: moved.status, reason: moved.reason, status_changed_at: moved.changedAt };
  }

  async state(caseId: string): Promise<SimulatedCaseState | undefined> {
    const row = await this.db.get<CaseRow>('SELECT * FROM cases WHERE case_id = ?', [caseId]);
    if (!row) return undefined;
    const now = await this.advance(row);
    const state = { caseId: now.case_id, status: now.status, reason: now.reason, changedAt: now.status_changed_at };
    const decision =
      now.status === 'granted' ? decisionOf(now.case_id, now.service_id, new Date(now.received_at), new Date(now.status_changed_at), this.clock) : undefined;
    return decision ? { ...state, decision } : state;
  }

  async list(): Promise<SimulatedCase[]> {
    const rows = await this.db.all<CaseRow>(
      `SELECT cases.*, requests_seen.count AS attempts FROM cases LEFT JOIN requests_seen USING (idempotency_key) ORDER BY seq`,
    );
    const current = [];
    for (const row of rows) current.push(await this.advance(row));
    return current.map((row) => ({
      caseId: row.case_id,
      idempotencyKey: row.idempotency_key,
      applicationNumber: row.application_number,
      serviceId: row.service_id,
      receivedAt: row.received_at,
      status: row.status,
      attempts: row.attempts ?? 1,
      acceptance: row.acceptance_json ? (JSON.parse(row.acceptance_json) as AcceptanceRecord) : null,
    }));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
