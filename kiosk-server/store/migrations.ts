import type { Database } from './database.ts';

/** Schema changes in order. Never edit a released one: add the next. */
export const MIGRATIONS: readonly string[] = [
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
];

export async function migrate(db: Database): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = await db.get<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  const current = row?.version ?? 0;
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    await db.transaction(async (tx) => {
      for (const statement of MIGRATIONS[version - 1]!.split(';').map((s) => s.trim()).filter(Boolean)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [version, new Date().toISOString()]);
    });
  }
  return MIGRATIONS.length;
}
