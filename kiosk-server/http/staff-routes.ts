// The staff console's HTTP API under /api/staff: login and logout, then (only with a valid login cookie) the kiosks,
// applications, personal data (audited), the audit log (admins) and the statistics.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Catalogue } from '../../content/catalogue.ts';
import { parseApplicationNumber } from '../../protocol/application-status.ts';
import { ApplicationNumberParam, ApplicationsQuery, AuditQuerySchema, LoginRequest, StatsQuery } from '../../protocol/staff-api-schemas.ts';
import { STAFF_REQUEST_HEADER, type CatalogueServiceView, type KioskState, type StaffApiError, type StaffMe } from '../../protocol/staff-api.ts';
import { needsRecheck } from '../../content/check.ts';
import { formatKyivTime, kyivToday } from '../../content/kyiv-time.ts';
import { fill } from '../../content/text/fill.ts';
import { STAFF_TEXT } from '../../content/text/staff.ts';
import type { Clock } from '../clock.ts';
import { failingItems } from '../store/outbox.ts';
import type { KioskStore } from '../store/kiosk-store.ts';
import { checkLogin } from '../staff/accounts.ts';
import { readAudit, writeAudit } from '../staff/audit.ts';
import { closeLogin, cookieValue, openLogin, LOGIN_MAX_MS, STAFF_COOKIE, type StaffLogin } from '../staff/logins.ts';
import { applicationsOfDay, applicationSummary, personalData } from '../staff/staff-applications.ts';
import { centreStats, statsCsv } from '../staff/visit-stats.ts';
import { HttpError } from './errors.ts';
import { acceptanceRouter } from './acceptance-routes.ts';
import { pairingRouter } from './pairing-routes.ts';
import type { KioskPairing } from '../pairing/kiosk-pairing.ts';
import type { DeskAcceptance } from '../desk/desk-acceptance.ts';
import { RateLimiter } from '../rate-limit.ts';

export interface StaffRoutesOptions {
  store: KioskStore;
  catalogue: Catalogue;
  clock: Clock;
  login(token: string | undefined): Promise<StaffLogin | undefined>;
  kiosks(): KioskState[];
  /** The login logged out: its live consoles are disconnected. */
  loggedOut(loginId: string): void;
  /** Login attempts allowed per address (tests that log in often raise it). */
  loginRate?: { limit: number; windowMs: number };
  /** «Прийом заяви»: acceptance at the desk. */
  desk: DeskAcceptance;
  /** «Підключити кіоск»: kiosk screens on other machines. */
  pairing: KioskPairing;
}

const AUDIT_PAGE = 100;
/** Login attempts from one address: scrypt is costly on purpose, so a flood of made-up logins is cut off early. */
export const LOGINS_PER_ADDRESS = { limit: 30, windowMs: 60_000 };
const FAILING_LIST_LIMIT = 50;
/** The longest period the statistics cover at once. */
const MAX_STATS_DAYS = 366;

type StaffRequest = Request & { staff?: StaffLogin };

const staffOf = (req: Request): StaffLogin => (req as StaffRequest).staff!;

function parse<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown, message: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, message);
  return parsed.data;
}

export function staffRouter(options: StaffRoutesOptions): Router {
  const { store, catalogue, clock } = options;
  const { db } = store;
  const router = express.Router();
  router.use((req, _res, next) =>
    next(req.get(STAFF_REQUEST_HEADER) === '1' ? undefined : new HttpError(403, `staff requests carry the ${STAFF_REQUEST_HEADER} header`)),
  );
  router.use(express.json({ limit: '10kb' }));
  // Staff data is never kept by a browser cache.
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  const rate = options.loginRate ?? LOGINS_PER_ADDRESS;
  const loginLimiter = new RateLimiter(rate.limit, rate.windowMs);
  router.post('/login', async (req, res) => {
    const { login, password } = parse(LoginRequest, req.body, 'send {login, password} as JSON');
    if (!loginLimiter.allow(req.ip ?? 'unknown', clock.now().getTime())) throw new HttpError(429, STAFF_TEXT.login.tooMany.uk);
    const result = await checkLogin(db, login, password, () => clock.now());
    const now = clock.now();
    if (!result.ok) {
      const body: StaffApiError =
        result.reason === 'locked'
          ? { error: fill(STAFF_TEXT.login.locked.uk, { time: formatKyivTime(result.lockedUntil).slice(0, 5) }), lockedUntil: result.lockedUntil }
          : { error: STAFF_TEXT.login.wrong.uk };
      res.status(result.reason === 'locked' ? 423 : 401).json(body);
      return;
    }
    const { token } = await openLogin(db, result.member, now);
    await writeAudit(db, { staffLogin: result.member.login, action: 'login' }, now);
    res.cookie(STAFF_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: LOGIN_MAX_MS });
    res.json(result.member satisfies StaffMe);
  });

  router.post('/logout', async (req, res) => {
    const current = await options.login(cookieValue(req.headers.cookie, STAFF_COOKIE));
    if (current) {
      await closeLogin(db, current.id);
      await writeAudit(db, { staffLogin: current.login, action: 'logout' }, clock.now());
      options.loggedOut(current.id);
    }
    res.clearCookie(STAFF_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
    res.status(204).end();
  });

  // Everything below needs a logged-in member of staff.
  router.use(async (req: Request, _res: Response, next: NextFunction) => {
    const current = await options.login(cookieValue(req.headers.cookie, STAFF_COOKIE));
    if (!current) return next(new HttpError(401, 'log in to the staff console first'));
    (req as StaffRequest).staff = current;
    next();
  });

  router.use('/acceptance', acceptanceRouter(options.desk, staffOf));
  router.use('/pairing', pairingRouter(options.pairing, staffOf));

  router.get('/me', (req, res) => {
    const { login, role } = staffOf(req);
    res.json({ login, role } satisfies StaffMe);
  });

  router.get('/kiosks', (_req, res) => {
    res.json(options.kiosks());
  });

  // Applications the kiosk cannot hand on now, with their last error (the dashboard asks when the queue changes).
  router.get('/forwarding/failing', async (_req, res) => {
    res.json(await failingItems(db, FAILING_LIST_LIMIT));
  });

  router.get('/applications', async (req, res) => {
    const query = parse(ApplicationsQuery, req.query, 'day is YYYY-MM-DD; number is an application number');
    if (query.number !== undefined) {
      const number = parseApplicationNumber(query.number);
      const found = number ? await applicationSummary(store, catalogue, number) : undefined;
      res.json(found ? [found] : []);
      return;
    }
    res.json(await applicationsOfDay(store, catalogue, query.day ?? kyivToday(clock.now())));
  });

  router.get('/applications/:number', async (req, res) => {
    const number = parse(ApplicationNumberParam, req.params['number'], 'not an application number');
    const found = await applicationSummary(store, catalogue, number);
    if (!found) throw new HttpError(404, 'no application has that number');
    res.json(found);
  });

  router.get('/applications/:number/personal-data', async (req, res) => {
    const number = parse(ApplicationNumberParam, req.params['number'], 'not an application number');
    const data = await personalData(store, catalogue, number, { login: staffOf(req).login, at: clock.now() });
    if (!data) throw new HttpError(404, 'no application has that number');
    if (data === 'gone') throw new HttpError(410, 'the personal data was deleted after the retention period');
    res.json(data);
  });

  router.get('/audit', async (req, res) => {
    if (staffOf(req).role !== 'admin') throw new HttpError(403, 'only admins read the audit log');
    const query = parse(AuditQuerySchema, req.query, 'application is an application number; before is a row id');
    res.json(await readAudit(db, { applicationNumber: query.application, staffLogin: query.login, before: query.before, limit: AUDIT_PAGE }));
  });

  const statsPeriod = (req: Request) => {
    const query = parse(StatsQuery, req.query, 'from and to are dates, YYYY-MM-DD');
    const today = kyivToday(clock.now());
    const to = query.to ?? today;
    const from = query.from ?? `${to.slice(0, 8)}01`;
    if (from > to) throw new HttpError(400, 'from must not be after to');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_STATS_DAYS) throw new HttpError(400, `at most ${MAX_STATS_DAYS} days at once`);
    return { from, to, lang: query.lang ?? 'uk' };
  };

  router.get('/services', (_req, res) => {
    const today = kyivToday(clock.now());
    const services: CatalogueServiceView[] = catalogue.services.map((s) => ({
      id: s.id,
      title: s.title.uk,
      version: s.version,
      checkedOn: s.checkedOn ?? '',
      stale: !s.checkedOn || needsRecheck(s.checkedOn, today),
      decidingBody: s.decidingBody.uk,
      sources: s.sources ?? [],
    }));
    res.json(services);
  });

  router.get('/stats', async (req, res) => {
    const { from, to } = statsPeriod(req);
    res.json(await centreStats(db, catalogue, from, to));
  });

  router.get('/stats.csv', async (req, res) => {
    const { from, to, lang } = statsPeriod(req);
    const csv = statsCsv(await centreStats(db, catalogue, from, to), lang);
    await writeAudit(db, { staffLogin: staffOf(req).login, action: 'stats-export', detail: `${from}…${to}` }, clock.now());
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="vikno-stats-${from}-${to}.csv"`);
    res.send(csv);
  });

  return router;
}
