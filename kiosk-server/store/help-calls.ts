// Help calls from the kiosk ("Покликати працівника"): stored so staff see them even if no console was open.
import type { Localized } from '../../content/localized.ts';
import type { HelpCall } from '../../protocol/staff-events.ts';
import type { Database } from './database.ts';

export interface NewHelpCall {
  kioskId: string;
  screen: string;
  stepId: string | null;
  stepTitle: Localized | null;
  calledAt: Date;
}

export async function recordHelpCall(db: Database, call: NewHelpCall): Promise<HelpCall> {
  const calledAt = call.calledAt.toISOString();
  const { lastID } = await db.run('INSERT INTO help_calls (kiosk_id, screen, step_id, step_title, called_at) VALUES (?, ?, ?, ?, ?)', [
    call.kioskId,
    call.screen,
    call.stepId,
    call.stepTitle ? JSON.stringify(call.stepTitle) : null,
    calledAt,
  ]);
  return { id: lastID, kioskId: call.kioskId, screen: call.screen, stepId: call.stepId, stepTitle: call.stepTitle, calledAt };
}

interface HelpCallRow {
  id: number;
  kioskId: string;
  screen: string;
  stepId: string | null;
  stepTitle: string | null;
  calledAt: string;
}

/** Calls nobody has answered yet, oldest first. */
export async function openHelpCalls(db: Database): Promise<HelpCall[]> {
  const rows = await db.all<HelpCallRow>(
    `SELECT id, kiosk_id AS kioskId, screen, step_id AS stepId, step_title AS stepTitle, called_at AS calledAt
     FROM help_calls WHERE answered_at IS NULL ORDER BY id`,
  );
  return rows.map((row) => ({ ...row, stepTitle: row.stepTitle ? (JSON.parse(row.stepTitle) as Localized) : null }));
}

/** Marks a call answered ("Іду"); undefined when there is no such call. A call answered already keeps its first answer. */
export async function answerHelpCall(
  db: Database,
  id: number,
  staffLogin: string,
  at: Date,
): Promise<{ kioskId: string; staffLogin: string; answeredAt: string; first: boolean } | undefined> {
  const { changes } = await db.run('UPDATE help_calls SET answered_at = ?, answered_by = ? WHERE id = ? AND answered_at IS NULL', [
    at.toISOString(),
    staffLogin,
    id,
  ]);
  const row = await db.get<{ kioskId: string; staffLogin: string; answeredAt: string }>(
    'SELECT kiosk_id AS kioskId, answered_by AS staffLogin, answered_at AS answeredAt FROM help_calls WHERE id = ?',
    [id],
  );
  return row && { ...row, first: changes === 1 };
}
