// Visits in progress, kept so a server restart (a crash, an update) does not lose the person's answers: their state is
// sealed on every step and read back when the screen resumes. The row's key is a hash of the session id, so the table
// alone cannot be used to resume anyone's visit. A visit that ends or times out is deleted (secure_delete overwrites it).
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { SessionState } from '../session/state.ts';
import type { KioskStore } from './kiosk-store.ts';

/** What a restarted server needs to carry on with a visit. */
export interface KeptVisit {
  kioskId: string;
  startedAt: number;
  lastActivity: number;
  used: { voiceMode: boolean; largeText: boolean };
  counted: boolean;
  state: SessionState;
}

const keyOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');
const boundTo = (key: string) => `visits_in_progress:${key}`;

export class VisitsInProgress {
  constructor(
    private readonly store: KioskStore,
    private readonly logger: Logger,
  ) {}

  /** Saves without waiting (the step is acked meanwhile); a failure is logged, the visit goes on in memory. */
  keep(sessionId: string, visit: KeptVisit): void {
    this.save(sessionId, visit).catch((error: unknown) => this.logger.error({ err: error }, 'a visit in progress could not be kept'));
  }

  /** Deletes without waiting; a failure is logged (the row goes when it is found idle). */
  forget(sessionId: string): void {
    this.remove(sessionId).catch((error: unknown) => this.logger.error({ err: error }, 'an ended visit could not be deleted from the store'));
  }

  forgetIdle(before: number): void {
    this.removeIdle(before).catch((error: unknown) => this.logger.error({ err: error }, 'abandoned visits could not be deleted from the store'));
  }

  /** `load`, with a failure logged and taken as no visit. */
  async reload(sessionId: string, notBefore: number): Promise<KeptVisit | undefined> {
    return this.load(sessionId, notBefore).catch((error: unknown) => {
      this.logger.error({ err: error }, 'a kept visit could not be read');
      return undefined;
    });
  }

  /** Replaces the kept state of a visit with this one. */
  async save(sessionId: string, visit: KeptVisit): Promise<void> {
    const key = keyOf(sessionId);
    // Only what a restart needs: a live visit carries more (its receipt, whether a submit is under way).
    const { kioskId, startedAt, lastActivity, used, counted, state } = visit;
    const sealed = this.store.sealer.seal(JSON.stringify({ kioskId, startedAt, lastActivity, used, counted, state }), boundTo(key));
    await this.store.db.run('INSERT OR REPLACE INTO visits_in_progress (session_key, sealed, last_activity) VALUES (?, ?, ?)', [
      key,
      sealed,
      visit.lastActivity,
    ]);
  }

  /** The visit as last kept, unless it was last touched before `notBefore` (ms since the epoch). */
  async load(sessionId: string, notBefore: number): Promise<KeptVisit | undefined> {
    const key = keyOf(sessionId);
    const row = await this.store.db.get<{ sealed: string; lastActivity: number }>(
      'SELECT sealed, last_activity AS lastActivity FROM visits_in_progress WHERE session_key = ?',
      [key],
    );
    if (!row || row.lastActivity < notBefore) return undefined;
    return JSON.parse(this.store.sealer.open(row.sealed, boundTo(key))) as KeptVisit;
  }

  async remove(sessionId: string): Promise<void> {
    await this.store.db.run('DELETE FROM visits_in_progress WHERE session_key = ?', [keyOf(sessionId)]);
  }

  /** Deletes visits nobody touched since `before` (abandoned, or left behind by a server that stopped); returns how many. */
  async removeIdle(before: number): Promise<number> {
    return (await this.store.db.run('DELETE FROM visits_in_progress WHERE last_activity < ?', [before])).changes;
  }

  async count(): Promise<number> {
    return (await this.store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM visits_in_progress'))!.n;
  }
}
