// Staff login sessions: the browser holds a random token in an httpOnly cookie; the database holds only its SHA-256,
// so a copy of the database does not log anyone in.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../store/database.ts';
import type { StaffMember } from './accounts.ts';

export const STAFF_COOKIE = 'vikno_staff';
/** A working day at most; and a console left alone for two hours asks for the password again. */
export const SESSION_MAX_MS = 12 * 60 * 60_000;
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
/** `seen_at` is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface StaffSession extends StaffMember {
  /** The token's hash: names the session (for logging out its sockets) without being able to log in. */
  id: string;
}

export async function openSession(db: Database, member: StaffMember, now: Date): Promise<{ token: string; session: StaffSession }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashOf(token);
  const at = now.toISOString();
  await db.run('INSERT INTO staff_sessions (token_hash, login, created_at, seen_at) VALUES (?, ?, ?, ?)', [id, member.login, at, at]);
  return { token, session: { ...member, id } };
}

/**
 * The session a token belongs to, if it is still valid; an expired one is deleted. `touch: false` checks without counting
 * as use (the console's periodic recheck must not keep an unattended console logged in).
 */
export async function sessionOf(
  db: Database,
  token: string | undefined,
  now: Date,
  { touch = true }: { touch?: boolean } = {},
): Promise<StaffSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = hashOf(token);
  const row = await db.get<{ login: string; role: StaffSession['role']; created_at: string; seen_at: string }>(
    `SELECT s.login, a.role, s.created_at, s.seen_at FROM staff_sessions s JOIN staff_accounts a ON a.login = s.login WHERE s.token_hash = ?`,
    [id],
  );
  if (!row) return undefined;
  const at = now.getTime();
  if (at - Date.parse(row.created_at) > SESSION_MAX_MS || at - Date.parse(row.seen_at) > SESSION_IDLE_MS) {
    await db.run('DELETE FROM staff_sessions WHERE token_hash = ?', [id]);
    return undefined;
  }
  if (touch && at - Date.parse(row.seen_at) > TOUCH_EVERY_MS)
    await db.run('UPDATE staff_sessions SET seen_at = ? WHERE token_hash = ?', [now.toISOString(), id]);
  return { id, login: row.login, role: row.role };
}

export async function closeSession(db: Database, id: string): Promise<void> {
  await db.run('DELETE FROM staff_sessions WHERE token_hash = ?', [id]);
}

/** Reads one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined; // not percent-encoded properly: no session, never a crash
    }
  }
  return undefined;
}
