// The audit log: every look at personal data and every action on an application, by whom and when. Only ever added to
// (triggers refuse UPDATE and DELETE); admins read it on the console.
import type { Logger } from 'pino';
import type { AuditRowView } from '../../protocol/staff-api.ts';
import type { Sql } from '../store/database.ts';

export const AUDIT_ACTIONS = {
  login: 'logged in',
  logout: 'logged out',
  'view-personal-data': "viewed an application's personal data",
  'reprint-kiosk': 'reprinted a receipt on the kiosk printer',
  'reprint-desk': 'reprinted a receipt on the staff desk printer',
  'assist-start': "saw a visit's answers (remote assistance, with consent)",
  'assist-answer': 'answered a question for a person (remote assistance)',
  'assist-submitted': 'the person submitted while staff were helping (remote assistance)',
  'assist-end': 'ended remote assistance',
  message: 'sent a message to a kiosk',
  'help-answer': 'answered a help call',
  'forwarding-retry': 'asked for failing applications to be sent again',
  'stats-export': 'exported the statistics',
  'desk-open': 'opened a visit at the desk to accept it (its personal data shown)',
  'desk-correct': 'corrected an answer at the desk, the identity document in hand',
  'desk-forms': 'printed the official forms for signature at the desk',
  'desk-accept': 'accepted an application at the desk (identity, documents, signature)',
  'desk-refuse': 'refused to accept an application at the desk',
  'desk-expired': 'an application not accepted in time expired (its personal data deleted)',
  'pairing-code': 'issued a one-time code to pair a kiosk screen',
  'pairing-paired': 'a kiosk screen was paired with a code this member of staff issued',
  'pairing-wrong-code': 'a wrong pairing code was typed on a kiosk screen',
  'pairing-too-many-codes': 'a kiosk screen was refused: too many pairing codes tried from its address (the first refusal of each 10 minutes)',
  'pairing-unpaired': 'unpaired a kiosk screen',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntry {
  staffLogin: string;
  action: AuditAction;
  applicationNumber?: string | null;
  kioskId?: string | null;
  /** What was done, without personal data (an answer's field id, never its value). */
  detail?: string | null;
}

export async function writeAudit(db: Sql, entry: AuditEntry, at: Date): Promise<void> {
  await db.run('INSERT INTO audit_log (at, staff_login, action, application_number, kiosk_id, detail) VALUES (?, ?, ?, ?, ?, ?)', [
    at.toISOString(),
    entry.staffLogin,
    entry.action,
    entry.applicationNumber ?? null,
    entry.kioskId ?? null,
    entry.detail ?? null,
  ]);
}

/**
 * The audit line of something already done (a person told «Іду», a message shown, a retry started): a disk that refuses
 * the line (full, failing) cannot undo it, so the line goes to the log whole instead of failing what was done. What
 * must not happen without its line (personal data shown, a reprint) is audited first, with writeAudit.
 */
export function auditDone(write: (entry: AuditEntry) => Promise<void>, entry: AuditEntry, logger: Pick<Logger, 'error'>): Promise<void> {
  return write(entry).catch((error: unknown) => logger.error({ err: error, audit: entry }, 'done, but not written to the audit log (the line is here)'));
}

export interface AuditQuery {
  applicationNumber?: string;
  staffLogin?: string;
  /** Rows before this id, for the next page. */
  before?: number;
  limit: number;
}

export async function readAudit(db: Sql, query: AuditQuery): Promise<AuditRowView[]> {
  const conditions: [string, string | number | undefined][] = [
    ['application_number = ?', query.applicationNumber],
    ['staff_login = ?', query.staffLogin],
    ['id < ?', query.before],
  ];
  const used = conditions.filter(([, value]) => value !== undefined && value !== '');
  const where = used.map(([sql]) => sql);
  const params = used.map(([, value]) => value!);
  return db.all<AuditRowView>(
    `SELECT id, at, staff_login AS staffLogin, action, application_number AS applicationNumber, kiosk_id AS kioskId, detail
     FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
    [...params, query.limit],
  );
}
