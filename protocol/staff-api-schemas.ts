// What the staff API accepts, validated by the server before it acts (zod: kept out of the console's bundle).
import { z } from 'zod';
import { DESK_REFUSALS, IDENTITY_CHECKS } from './acceptance.ts';

export const LoginRequest = z.strictObject({ login: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) });

/** «Підключити кіоск»: a one-time code for this kiosk id; «Відключити»: the paired screen's id. */
export const PairingCodeRequest = z.strictObject({ kioskId: z.string().regex(/^[A-Z0-9]{2,8}$/) });
export const PairedScreenParam = z.coerce.number().int().positive();

export const ApplicationNumberParam = z.string().regex(/^[A-Z0-9]{2,8}-\d{4}-\d{6}$/);

const Day = z.iso.date();
export const StatsQuery = z.strictObject({ from: Day.optional(), to: Day.optional(), lang: z.enum(['uk', 'en']).optional() });

export const AuditQuerySchema = z.strictObject({
  application: ApplicationNumberParam.optional(),
  login: z.string().max(40).optional(),
  before: z.coerce.number().int().positive().optional(),
});

export const ApplicationsQuery = z.strictObject({ day: Day.optional(), number: z.string().max(40).optional() });

/** What the acceptance page sends; the answers' own checks are the kiosk's (content/validators). */
export const OpenVisitRequest = z.strictObject({ code: z.string().trim().min(1).max(300) });
export const VisitIdParam = z.uuid();
export const CorrectionRequest = z.strictObject({
  fieldId: z.string().min(1).max(60),
  value: z.union([z.string().max(1000), z.strictObject({ day: z.string().max(4), month: z.string().max(4), year: z.string().max(6) })]),
  reason: z.string().trim().min(3).max(300),
});
export const AcceptRequest = z.strictObject({
  identity: z.array(z.enum(IDENTITY_CHECKS)).max(IDENTITY_CHECKS.length),
  documents: z.record(ApplicationNumberParam, z.record(z.string().max(80), z.enum(['seen', 'not_presented']))),
  signature: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('applicant') }),
    z.strictObject({ kind: z.literal('on_behalf'), signerName: z.string().trim().min(3).max(120) }),
  ]),
});
export const RefuseRequest = z.strictObject({ reason: z.enum(DESK_REFUSALS), note: z.string().trim().max(300).optional() });
