// Staff logins: the browser holds a random token in an httpOnly cookie; the database holds only its SHA-256,
// so a copy of the database does not log anyone in.
import { newToken, tokenHash as hashOf } from '../tokens.ts';
import type { Database } from '../store/database.ts';
import type { StaffMember } from './accounts.ts';

export const STAFF_COOKIE = 'vikno_staff';
/** A working day at most; and a console left alone for two hours asks for the password again. */
export const LOGIN_MAX_MS = 12 * 60 * 60_000;
export const LOGIN_IDLE_MS = 2 * 60 * 60_000;
/** `seen_at` is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface StaffLogin extends StaffMember {
  /** The token's hash: names the login (for logging out its sockets) without being able to log in. */
  id: string;
}

// The table keeps its historical name, staff_sessions (a kiosk visit is the "session" everywhere else).
export async function openLogin(db: Database, member: StaffMember, now: Date): Promise<{ token: string; login: StaffLogin }> {
  const token = newToken();
  const id = hashOf(token);
  const at = now.toISOString();
  await db.run('INSERT INTO staff_sessions (token_hash, login, created_at, seen_at) VALUES (?, ?, ?, ?)', [id, member.login, at, at]);
  return { token, login: { ...member, id } };
}

/**
 * The login a token belongs to, if it is still valid; an expired one is deleted. `touch: false` checks without counting
 * as use (the console's periodic recheck must not keep an unattended console logged in).
 */
export async function loginOf(db: Database, token: string | undefined, now: Date, { touch = true }: { touch?: boolean } = {}): Promise<StaffLogin | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = hashOf(token);
  const row = await db.get<{ login: string; role: StaffLogin['role']; created_at: string; seen_at: string }>(
    `SELECT s.login, a.role, s.created_at, s.seen_at FROM staff_sessions s JOIN staff_accounts a ON a.login = s.login WHERE s.token_hash = ?`,
    [id],
  );
  if (!row) return undefined;
  const at = now.getTime();
  if (at - Date.parse(row.created_at) > LOGIN_MAX_MS || at - Date.parse(row.seen_at) > LOGIN_IDLE_MS) {
    await db.run('DELETE FROM staff_sessions WHERE token_hash = ?', [id]);
    return undefined;
  }
  if (touch && at - Date.parse(row.seen_at) > TOUCH_EVERY_MS)
    await db.run('UPDATE staff_sessions SET seen_at = ? WHERE token_hash = ?', [now.toISOString(), id]);
  return { id, login: row.login, role: row.role };
}

export async function closeLogin(db: Database, id: string): Promise<void> {
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
      return undefined; // not percent-encoded properly: no login, never a crash
    }
  }
  return undefined;
}
