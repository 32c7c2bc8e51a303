// Staff accounts: a login, a role and an scrypt hash; failed logins counted, and the account locked for a while after
// too many (so a password cannot be guessed at the desk or over the network).
import type { Database } from '../store/database.ts';
import type { StaffMe, StaffRole } from '../../protocol/staff-api.ts';
import { DECOY_HASH, hashPassword, verifyPassword } from './passwords.ts';

export type StaffMember = StaffMe;

/** Logins are lower-case Latin letters, digits, dots, hyphens and underscores: easy to type on any keyboard layout. */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

/** OWASP: lock after a handful of failures, for long enough to make guessing pointless, short enough not to strand staff. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

/** Adds an account, or sets a new password and role for one that exists (and unlocks it). */
export async function saveStaffAccount(db: Database, login: string, password: string, role: StaffRole, now: Date): Promise<'added' | 'updated'> {
  return saveHashedStaffAccount(db, login, await hashPassword(password), role, now);
}

/** The same, with the password already hashed (`hashPassword`). */
export async function saveHashedStaffAccount(db: Database, login: string, passwordHash: string, role: StaffRole, now: Date): Promise<'added' | 'updated'> {
  const existing = await db.get<{ login: string }>('SELECT login FROM staff_accounts WHERE login = ?', [login]);
  await db.run(
    `INSERT INTO staff_accounts (login, password_hash, role, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (login) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role, failed_attempts = 0, locked_until = NULL`,
    [login, passwordHash, role, now.toISOString()],
  );
  // A new password ends every session of the old one.
  if (existing) await db.run('DELETE FROM staff_sessions WHERE login = ?', [login]);
  return existing ? 'updated' : 'added';
}

export type LoginCheck = { ok: true; member: StaffMember } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked'; lockedUntil: string };

interface AccountRow {
  login: string;
  password_hash: string;
  role: StaffRole;
  failed_attempts: number;
  locked_until: string | null;
}

/** Attempts for one login run one after another, so guesses sent at once are all counted before the next is checked. */
const attemptsInFlight = new Map<string, Promise<unknown>>();

/** Checks a login and password; failures are counted, and the account is locked after MAX_FAILED_LOGINS in a row. */
export function checkLogin(db: Database, login: string, password: string, now: () => Date): Promise<LoginCheck> {
  const previous = attemptsInFlight.get(login) ?? Promise.resolve();
  const attempt = previous.then(
    () => checkOne(db, login, password, now()),
    () => checkOne(db, login, password, now()),
  );
  attemptsInFlight.set(login, attempt);
  const forget = () => {
    if (attemptsInFlight.get(login) === attempt) attemptsInFlight.delete(login);
  };
  // Both ways: a failed check (the database away) is the caller's to report, never an unhandled rejection here.
  attempt.then(forget, forget);
  return attempt;
}

async function checkOne(db: Database, login: string, password: string, now: Date): Promise<LoginCheck> {
  const account = await db.get<AccountRow>('SELECT * FROM staff_accounts WHERE login = ?', [login]);
  // An unknown login costs the same scrypt as a known one: the answer's timing does not tell which logins exist.
  const matches = await verifyPassword(password, account?.password_hash ?? DECOY_HASH);
  if (!account) return { ok: false, reason: 'invalid' };
  const at = now.toISOString();
  const locked = account.locked_until !== null && account.locked_until > at;
  if (locked) return { ok: false, reason: 'locked', lockedUntil: account.locked_until! };
  if (matches) {
    await db.run('UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE login = ?', [login]);
    return { ok: true, member: { login: account.login, role: account.role } };
  }
  // A lock that has run out starts the count again.
  const failures = (account.locked_until ? 0 : account.failed_attempts) + 1;
  const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
  await db.run('UPDATE staff_accounts SET failed_attempts = ?, locked_until = ? WHERE login = ?', [lockedUntil ? 0 : failures, lockedUntil, login]);
  return lockedUntil ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'invalid' };
}
