import type { Database, Sql } from './database.ts';
import type { Sealer } from './sealed.ts';

export interface MigrationContext {
  /** Seals personal data (migration 5 seals what earlier versions stored in clear). */
  sealer: Sealer;
  /** Proves the key later: written by migration 5 in the same transaction that first seals anything. */
  keyCheck: string;
}

/** SQL, or a step that needs code (sealing what is already there). */
type Migration = string | ((tx: Sql, context: MigrationContext) => Promise<void>);

const statements = (sql: string): string[] =>
  sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** Schema changes in order. Never edit a released one: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  // 1: applications and the outbox that forwards them, written in one transaction at submit.
  `
  CREATE TABLE applications (
    id              TEXT PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    kiosk_id        TEXT NOT NULL,
    service_id      TEXT NOT NULL,
    service_version INTEGER NOT NULL,
    language        TEXT NOT NULL,
    answers_json    TEXT NOT NULL,
    documents_json  TEXT NOT NULL,
    submitted_at    TEXT NOT NULL
  );
  CREATE TABLE application_numbers (
    kiosk_id TEXT NOT NULL,
    year     INTEGER NOT NULL,
    last     INTEGER NOT NULL,
    PRIMARY KEY (kiosk_id, year)
  );
  CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id   TEXT NOT NULL UNIQUE REFERENCES applications(id),
    idempotency_key  TEXT NOT NULL UNIQUE,
    payload_json     TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    forwarded_at     TEXT,
    central_case_id  TEXT
  );
  CREATE INDEX outbox_due ON outbox (forwarded_at, next_attempt_at);
  `,
  // 2: one visit can submit several applications (one per service) under one receipt.
  `
  ALTER TABLE applications ADD COLUMN visit_id TEXT;
  CREATE INDEX applications_visit ON applications (visit_id);
  `,
  // 3: "Покликати працівника" calls: where the person was, never what they answered.
  `
  CREATE TABLE help_calls (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kiosk_id    TEXT NOT NULL,
    screen      TEXT NOT NULL,
    step_id     TEXT,
    step_title  TEXT,
    called_at   TEXT NOT NULL,
    answered_at TEXT
  );
  CREATE INDEX help_calls_called ON help_calls (called_at);
  `,
  // 4: the print queue: every receipt is a job, kept until it is on paper (a printer out of paper never loses one).
  `
  CREATE TABLE print_jobs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    visit_id         TEXT,
    reference        TEXT NOT NULL,
    document_json    TEXT NOT NULL,
    large_print      INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    printer_status   TEXT,
    printed_at       TEXT
  );
  CREATE INDEX print_jobs_pending ON print_jobs (printed_at, id);
  `,
  // 5: personal data sealed at rest (answers and the payload sent on), deleted after retention; the outbox claimed by one
  // worker at a time and alerting staff; the central system's status of each application.
  async (tx, { sealer, keyCheck }) => {
    for (const statement of statements(`
      CREATE TABLE kiosk_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      ALTER TABLE applications ADD COLUMN answers_sealed TEXT;
      ALTER TABLE applications ADD COLUMN personal_data_deleted_at TEXT;
      ALTER TABLE applications ADD COLUMN central_status TEXT;
      ALTER TABLE applications ADD COLUMN status_reason TEXT;
      ALTER TABLE applications ADD COLUMN status_changed_at TEXT;
      ALTER TABLE applications ADD COLUMN status_checked_at TEXT;
      ALTER TABLE applications ADD COLUMN status_next_check_at TEXT;
      ALTER TABLE applications ADD COLUMN status_unchanged_checks INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE outbox ADD COLUMN payload_sealed TEXT;
      ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
      ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
      ALTER TABLE outbox ADD COLUMN failing_since TEXT;
      ALTER TABLE outbox ADD COLUMN last_error_kind TEXT;
      ALTER TABLE outbox ADD COLUMN alerted_at TEXT
    `)) {
      await tx.run(statement);
    }
    await tx.run("INSERT INTO kiosk_meta (name, value) VALUES ('data_key_check', ?)", [keyCheck]);
    // What earlier versions kept in clear is sealed, then the clear columns are dropped (secure_delete zeroes their pages).
    for (const row of await tx.all<{ id: string; answers_json: string }>('SELECT id, answers_json FROM applications')) {
      // The shape `applications.ts` reads: the answers and who they are about (not known for these).
      const sealed = sealer.seal(JSON.stringify({ answers: JSON.parse(row.answers_json), applicant: null }), `applications:${row.id}`);
      await tx.run('UPDATE applications SET answers_sealed = ? WHERE id = ?', [sealed, row.id]);
    }
    for (const row of await tx.all<{ id: number; application_id: string; payload_json: string; forwarded_at: string | null }>(
      'SELECT id, application_id, payload_json, forwarded_at FROM outbox',
    )) {
      const sealed = row.forwarded_at ? null : sealer.seal(row.payload_json, `outbox:${row.application_id}`);
      await tx.run('UPDATE outbox SET payload_sealed = ? WHERE id = ?', [sealed, row.id]);
    }
    await tx.run('ALTER TABLE applications DROP COLUMN answers_json');
    await tx.run('ALTER TABLE outbox DROP COLUMN payload_json');
    // Applications forwarded before this version: received, and their status is asked for from now on.
    await tx.run(
      `UPDATE applications SET central_status = 'received', status_changed_at = outbox.forwarded_at, status_next_check_at = outbox.forwarded_at
       FROM outbox WHERE outbox.application_id = applications.id AND outbox.forwarded_at IS NOT NULL`,
    );
    await tx.run('CREATE INDEX applications_status_due ON applications (status_next_check_at)');
  },
  // 6: the staff console: accounts (scrypt), login sessions (only a hash of the token), an audit log nobody can change,
  // who answered a help call, and anonymous statistics of visits (a random key, so rows are stored in no order that
  // could be matched with the applications; durations to 10 s; no kiosk).
  async (tx) => {
    for (const statement of statements(`
  CREATE TABLE staff_accounts (
    login           TEXT PRIMARY KEY,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
    created_at      TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT
  );
  CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    login      TEXT NOT NULL REFERENCES staff_accounts(login) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    seen_at    TEXT NOT NULL
  );
  CREATE TABLE audit_log (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    at                 TEXT NOT NULL,
    staff_login        TEXT NOT NULL,
    action             TEXT NOT NULL,
    application_number TEXT,
    kiosk_id           TEXT,
    detail             TEXT
  );
  CREATE INDEX audit_log_application ON audit_log (application_number);
  ALTER TABLE help_calls ADD COLUMN answered_by TEXT;
  CREATE TABLE visit_stats (
    id           TEXT PRIMARY KEY,
    day          TEXT NOT NULL,
    duration_s   INTEGER NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('submitted', 'left')),
    last_step    TEXT,
    services     TEXT NOT NULL,
    language     TEXT NOT NULL,
    voice_mode   INTEGER NOT NULL,
    large_text   INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX visit_stats_day ON visit_stats (day);
  CREATE INDEX applications_submitted ON applications (submitted_at)
  `)) {
      await tx.run(statement);
    }
    // The log is append-only below the app too: a row cannot be changed or deleted, even by a mistaken query.
    for (const event of ['UPDATE', 'DELETE']) {
      await tx.run(
        `CREATE TRIGGER audit_log_no_${event.toLowerCase()} BEFORE ${event} ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END`,
      );
    }
  },
  // 7: acceptance at the desk. An application waits (no outbox row) until an administrator accepts it; the record of
  // that acceptance (identity, documents, signature, corrections) is sealed with it. Earlier applications needed none.
  `
  ALTER TABLE applications ADD COLUMN acceptance TEXT NOT NULL DEFAULT 'kiosk'
    CHECK (acceptance IN ('kiosk', 'waiting', 'accepted', 'refused', 'expired'));
  ALTER TABLE applications ADD COLUMN acceptance_changed_at TEXT;
  ALTER TABLE applications ADD COLUMN acceptance_by TEXT;
  ALTER TABLE applications ADD COLUMN acceptance_refusal TEXT;
  ALTER TABLE applications ADD COLUMN acceptance_sealed TEXT;
  ALTER TABLE applications ADD COLUMN forms_printed_at TEXT;
  CREATE INDEX applications_acceptance ON applications (acceptance, submitted_at)
  `,
  // 8: what a grant decided, as the central system said it (each part may be missing): the sum in hryvnias as a decimal
  // string ("3328.00"), how often, and the first and last day. In clear, as the status it belongs to.
  `
  ALTER TABLE applications ADD COLUMN decision_amount TEXT;
  ALTER TABLE applications ADD COLUMN decision_frequency TEXT CHECK (decision_frequency IN ('month', 'once'));
  ALTER TABLE applications ADD COLUMN decision_from TEXT;
  ALTER TABLE applications ADD COLUMN decision_to TEXT
  `,
  // 9: kiosk screens paired from other machines. A one-time code (its hash; dropped by 11) for a kiosk id, then the screen's long-lived
  // secret (its hash only: a copy of the database pairs nothing). Unpairing deletes the screen's row; the audit log keeps
  // the story.
  `
  CREATE TABLE pairing_codes (
    code_hash  TEXT PRIMARY KEY,
    kiosk_id   TEXT NOT NULL,
    issued_by  TEXT NOT NULL,
    issued_at  TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
  );
  CREATE TABLE paired_screens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    secret_hash  TEXT NOT NULL UNIQUE,
    kiosk_id     TEXT NOT NULL,
    paired_by    TEXT NOT NULL,
    paired_at    TEXT NOT NULL,
    last_seen_at TEXT
  )
  `,
  // 10: visits in progress, sealed, so a restart of the server
  // does not lose a person's answers. Keyed by a hash of the session id; deleted when the visit ends or times out.
  `
  CREATE TABLE visits_in_progress (
    session_key   TEXT PRIMARY KEY,
    sealed        TEXT NOT NULL,
    last_activity INTEGER NOT NULL
  );
  CREATE INDEX visits_in_progress_idle ON visits_in_progress (last_activity)
  `,
  // 11: pairing codes are kept in memory only (a hash of 8 digits, in every backup, is reversed in moments while the code
  // is still live): their table goes, with whatever codes it held.
  `DROP TABLE pairing_codes`,
];

export async function migrate(db: Database, context: MigrationContext): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = await db.get<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  const current = row?.version ?? 0;
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    await db.transaction(async (tx) => {
      const migration = MIGRATIONS[version - 1]!;
      if (typeof migration === 'string') for (const statement of statements(migration)) await tx.run(statement);
      else await migration(tx, context);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [version, new Date().toISOString()]);
    });
  }
  return MIGRATIONS.length;
}
