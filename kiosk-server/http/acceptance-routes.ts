// The staff API of «Прийом заяви» (/api/staff/acceptance/…), behind the staff login: validate, then let the desk act.
// A refusal answers with its status, the words to show ({error}, Ukrainian as the console is) and its code.
import express, { type Request, type Response, type Router } from 'express';
import { AcceptRequest, CorrectionRequest, OpenVisitRequest, RefuseRequest, VisitIdParam } from '../../protocol/staff-api-schemas.ts';
import type { StaffApiError } from '../../protocol/staff-api.ts';
import type { DeskAcceptance, DeskCode, DeskResult } from '../desk/desk-acceptance.ts';
import type { StaffLogin } from '../staff/logins.ts';
import { HttpError } from './errors.ts';

const STATUS: Record<DeskCode, number> = {
  invalid_code: 400,
  invalid_value: 400,
  identity_unchecked: 400,
  documents_unmarked: 400,
  not_correctable: 400,
  other_centre: 404,
  unknown: 404,
  held: 409,
  accepted: 409,
  refused: 409,
  expired: 409,
  not_desk: 409,
  not_open: 409,
  forms_not_printed: 409,
  forms_outdated: 409,
  personal_data_deleted: 410,
  print_failed: 503,
};

function parse<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown, message: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, message);
  return parsed.data;
}

function answer<T>(res: Response, result: DeskResult<T>): void {
  if (result.ok) res.json(result.data);
  else if ('message' in result) res.status(STATUS[result.code]).json({ error: result.message.uk, code: result.code } satisfies StaffApiError);
}

export function acceptanceRouter(desk: DeskAcceptance, staffOf: (req: Request) => StaffLogin): Router {
  const router = express.Router();
  const visitId = (req: Request) => parse(VisitIdParam, req.params['visitId'], 'not a visit id');

  router.get('/waiting', async (_req, res) => {
    res.json(await desk.waiting());
  });

  // A scanned receipt (the scanner's burst) or a typed number.
  router.post('/open', async (req, res) => {
    const { code } = parse(OpenVisitRequest, req.body, 'send {code}: the scanned or typed application number');
    answer(res, await desk.open(code, staffOf(req).login));
  });

  router.post('/:visitId/open', async (req, res) => {
    answer(res, await desk.openVisit(visitId(req), staffOf(req).login));
  });

  router.post('/:visitId/correct', async (req, res) => {
    const body = parse(CorrectionRequest, req.body, 'send {fieldId, value, reason}; the reason is at least 3 characters');
    answer(res, await desk.correct(visitId(req), staffOf(req).login, body.fieldId, body.value, body.reason));
  });

  router.post('/:visitId/forms', async (req, res) => {
    answer(res, await desk.printForms(visitId(req), staffOf(req).login));
  });

  router.post('/:visitId/accept', async (req, res) => {
    const body = parse(AcceptRequest, req.body, 'send {identity, documents, signature}; a signature on behalf names who signed');
    answer(res, await desk.accept(visitId(req), staffOf(req).login, body));
  });

  router.post('/:visitId/refuse', async (req, res) => {
    const body = parse(RefuseRequest, req.body, 'send {reason}: documents_missing, identity_mismatch or withdrawn');
    answer(res, await desk.refuse(visitId(req), staffOf(req).login, body.reason, body.note));
  });

  router.post('/:visitId/release', (req, res) => {
    desk.release(visitId(req), staffOf(req).login);
    res.status(204).end();
  });

  return router;
}
